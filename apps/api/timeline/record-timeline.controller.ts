import { Body, Controller, Delete, Get, Patch, Post, Query, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { type TimelineRecordType } from '../../../libs/crm/comments/comment.entity';
import { commentView, CommentsService } from '../../../libs/crm/comments/comments.service';
import { TimelineService } from '../../../libs/crm/timeline/timeline.service';
import { type Principal } from '../../../libs/crm/users/role';
import {
  created,
  IfMatch,
  listOrCsv,
  noContent,
  ok,
  Operation,
  UuidParam,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import { CommentBodyDto, TimelineQueryDto } from './timeline.dto';
import { CommentDto, TimelineItemDto } from './timeline.views';
import { IdempotentCreate } from '../idempotency/idempotent-create';

const PATHS: Record<TimelineRecordType, { path: string; tag: string; name: string }> = {
  lead: { path: 'leads', tag: 'leads', name: 'Lead' },
  deal: { path: 'deals', tag: 'deals', name: 'Deal' },
  contact: { path: 'contacts', tag: 'contacts', name: 'Contact' },
  company: { path: 'companies', tag: 'companies', name: 'Company' },
};

const COMMENT_ID = ['commentId', 'the comment’s id'] as const;

/**
 * The timeline and comments of one kind of record, at `/api/v1/<records>/:id/timeline` and
 * `…/comments`: the same routes for leads, deals, contacts and companies, each with its own
 * operation ids (`listDealTimeline`, `createDealComment`, …).
 */
function recordTimelineController(type: TimelineRecordType): Type<unknown> {
  const { path, tag, name } = PATHS[type];

  @ApiTags(tag)
  @ApiBearerAuth()
  @Controller(`api/v1/${path}`)
  class RecordTimelineController {
    constructor(
      readonly timeline: TimelineService,
      readonly comments: CommentsService,
      readonly exports: ListExport,
    ) {}

    @Get(':id/timeline')
    @Operation({
      id: `list${name}Timeline`,
      summary: `The timeline of a ${type}`,
      description:
        type === 'lead'
          ? 'Stage changes, activities, emails sent (with their text) and comments, newest first.'
          : type === 'deal'
            ? 'Stage changes, activities, emails sent (with their text), quotes, invoices, their payments and comments, newest first.'
            : `Activities, emails sent (with their text), the ${type}’s quotes, invoices, their payments and comments, newest first.`,
      answer: listOrCsv(
        PageOf(TimelineItemDto),
        'a page of items, newest first; whoever may read the record sees them',
      ),
    })
    list(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @Query() query: TimelineQueryDto,
      @AcceptHeader() accept?: string,
    ) {
      const ask = { query, accept, name: `${type}-timeline`, item: TimelineItemDto };
      return this.exports.answer(ask, (q) => this.timeline.page(p, type, id, q));
    }

    @Post(':id/comments')
    @IdempotentCreate()
    @Operation({
      id: `create${name}Comment`,
      summary: `Comment on a ${type}`,
      description:
        'Plain text; it shows in the timeline. Its author may edit or delete it within 24 hours.',
      answer: created(CommentDto, 'the comment'),
    })
    async create(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @Body() body: CommentBodyDto,
    ) {
      return commentView(await this.comments.create(p, type, id, body.body));
    }

    @Patch(':id/comments/:commentId')
    @Operation({
      id: `update${name}Comment`,
      summary: `Change a comment on a ${type}`,
      description: 'Its author only, within 24 hours of writing it (403 otherwise).',
      answer: ok(CommentDto, 'the comment as changed'),
    })
    async update(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @UuidParam(...COMMENT_ID) commentId: string,
      @Body() body: CommentBodyDto,
      @IfMatch() ifMatch: string | undefined,
    ) {
      return commentView(await this.comments.update(p, type, id, commentId, body.body, ifMatch));
    }

    @Delete(':id/comments/:commentId')
    @Operation({
      id: `delete${name}Comment`,
      summary: `Delete a comment on a ${type}`,
      description: 'Its author within 24 hours of writing it; an admin at any time.',
      answer: noContent('deleted'),
    })
    async delete(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @UuidParam(...COMMENT_ID) commentId: string,
      @IfMatch() ifMatch: string | undefined,
    ) {
      await this.comments.delete(p, type, id, commentId, ifMatch);
    }
  }
  Object.defineProperty(RecordTimelineController, 'name', { value: `${name}TimelineController` });
  return RecordTimelineController;
}

export const TIMELINE_CONTROLLERS = (Object.keys(PATHS) as TimelineRecordType[]).map(
  recordTimelineController,
);
