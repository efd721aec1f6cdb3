import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM, ref } from '@mikro-orm/postgresql';
import { AccessError, NotFoundError } from '../../errors';
import { checkIfMatch } from '../concurrency/if-match';
import { type Principal } from '../users/role';
import { User } from '../users/user.entity';
import { Comment, type TimelineRecordType } from './comment.entity';
import { commentChange, linksIn, normaliseCommentBody } from './comment-rules';
import { readableRecord } from './commented-records';

/** A comment as the API answers it. */
export function commentView(c: Comment) {
  return {
    id: c.id,
    recordType: c.recordType,
    recordId: c.recordId,
    authorId: c.author.id,
    body: c.body,
    links: linksIn(c.body),
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    version: c.version,
  };
}

/**
 * Comments on leads, deals, contacts and companies: whoever works records (admins, heads,
 * managers: the routes' default writers) and may read the record may comment on it; the author
 * may edit or delete their comment within 24 hours, an admin may delete any (comment-rules.ts).
 */
@Injectable()
export class CommentsService {
  constructor(private readonly orm: MikroORM) {}

  async create(
    p: Principal,
    recordType: TimelineRecordType,
    recordId: string,
    body: string,
  ): Promise<Comment> {
    const em = this.orm.em.fork();
    await readableRecord(em, p, recordType, recordId);
    const comment = new Comment();
    comment.recordType = recordType;
    comment.recordId = recordId;
    comment.author = ref(em.getReference(User, p.userId));
    comment.body = normaliseCommentBody(body);
    await em.persist(comment).flush();
    return comment;
  }

  async update(
    p: Principal,
    recordType: TimelineRecordType,
    recordId: string,
    commentId: string,
    body: string,
    ifMatch: string | undefined,
  ): Promise<Comment> {
    const em = this.orm.em.fork();
    const comment = await this.find(em, p, recordType, recordId, commentId, 'edit');
    checkIfMatch(ifMatch, comment.version);
    comment.body = normaliseCommentBody(body);
    comment.editedAt = new Date();
    await em.flush();
    return comment;
  }

  async delete(
    p: Principal,
    recordType: TimelineRecordType,
    recordId: string,
    commentId: string,
    ifMatch: string | undefined,
  ): Promise<void> {
    const em = this.orm.em.fork();
    const comment = await this.find(em, p, recordType, recordId, commentId, 'delete');
    checkIfMatch(ifMatch, comment.version);
    await em.remove(comment).flush();
  }

  private async find(
    em: EntityManager,
    p: Principal,
    recordType: TimelineRecordType,
    recordId: string,
    commentId: string,
    change: 'edit' | 'delete',
  ): Promise<Comment> {
    await readableRecord(em, p, recordType, recordId);
    const comment = await em.findOne(Comment, { id: commentId, recordType, recordId });
    if (!comment) throw new NotFoundError(`no comment ${commentId} on ${recordType} ${recordId}`);
    const may = commentChange(
      p,
      { authorId: comment.author.id, createdAt: comment.createdAt },
      change,
    );
    if (!may.allowed) throw new AccessError('forbidden', may.reason);
    return comment;
  }
}
