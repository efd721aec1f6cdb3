import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import { ImpactPreviewService } from '../../../libs/automation/impact/impact-preview.service';
import { impactExamples, type RecordImpactItem } from '../../../libs/rules/impact/summary';
import { type TimerChange } from '../../../libs/rules/impact/impact';
import { type RuleSet } from '../../../libs/rules/language/rule-set';
import { RulesPublisher } from '../../../libs/rules/publishing/rules-publisher';
import { invalidField, InvalidFieldsError, NotFoundError } from '../../../libs/errors';
import { ok, Operation } from '../openapi/operation';
import { ImpactRequestDto } from './impact.dto';
import { type ImpactPreviewDto, type RecordImpactDto, type TimerChangeDto } from './impact.views';
import { ImpactPreviewDto as ImpactPreviewAnswer } from './impact.views';
import { checked, toSource } from './request-rules';

const iso = (ms: number) => new Date(ms).toISOString();

const timerView = (t: TimerChange): TimerChangeDto => ({
  kind: t.kind,
  stage: t.stage,
  description: t.description,
  at: iso(t.at),
  from: t.from !== undefined ? iso(t.from) : null,
});

const recordView = (i: RecordImpactItem): RecordImpactDto => ({
  recordKind: i.recordKind,
  recordId: i.recordId,
  title: i.title,
  responsibleId: i.responsibleId,
  kind: i.kind,
  stage: i.stage,
  version: i.version,
  stageAfter: i.stageAfter,
  closedAfter: i.closedAfter,
  timersAdded: i.timersAdded.map(timerView),
  timersRemoved: i.timersRemoved.map(timerView),
  timersRetimed: i.timersRetimed.map(timerView),
  triggered: i.triggered.map((a) => ({ rule: a.rule, action: a.action, key: a.key, what: a.what })),
  reason: i.reason,
});

/**
 * The impact preview of a rules change on the records running now (docs/rules.md#impact-preview):
 * for whoever may publish rules.
 */
@ApiTags('rules')
@ApiBearerAuth()
@Controller('api/v1/rules')
export class RulesImpactController {
  constructor(
    private readonly publisher: RulesPublisher,
    private readonly impact: ImpactPreviewService,
  ) {}

  @Post(':id/impact')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'previewRulesImpact',
    summary: 'What a rules version would do to every open record if migrated now',
    description:
      'Each open deal of the pipeline (or lead of the lead rules) has its own recorded inputs replayed through the interpreter, then is migrated to the candidate now: unaffected, changed (the stage it would be in, timers added, removed or re-timed, actions run at once), refused (its stage is gone), failed (the replay throws) or unknown (nothing logged yet). Counts per kind, stage and responsible, and a page of examples.',
    answer: ok(ImpactPreviewAnswer, 'the impact on the open records'),
    // 422 invalid-fields: the files are another rule set's.
    problems: ['invalid-rules', 'invalid-fields', 'not-found'],
  })
  @ApiParam({ name: 'id', description: 'the rule set’s id (`b2b`)', schema: { type: 'string' } })
  async preview(
    @Param('id') id: string,
    @Body() body: ImpactRequestDto,
  ): Promise<ImpactPreviewDto> {
    const candidate = await this.candidate(id, body);
    const preview = await this.impact.preview(candidate, body.at?.getTime());
    const offset = body.offset ?? 0;
    const limit = body.limit ?? 20;
    const examples = impactExamples(preview.items, { kinds: body.kinds, offset, limit });
    return {
      ruleSetId: preview.ruleSetId,
      version: preview.version,
      at: iso(preview.at),
      total: preview.summary.total,
      counts: preview.summary.counts,
      byStage: preview.summary.byStage,
      byResponsible: preview.summary.byResponsible,
      examples: { items: examples.items.map(recordView), total: examples.total, offset, limit },
      timings: {
        readMs: Math.round(preview.timings.readMs),
        replayMs: Math.round(preview.timings.replayMs),
      },
    };
  }

  private async candidate(id: string, body: ImpactRequestDto): Promise<RuleSet> {
    // Exactly one of the two: the request's shape, so a 400 like any other malformed body.
    if ((body.files === undefined) === (body.version === undefined))
      throw new InvalidFieldsError(
        [
          { field: 'files', problem: 'give the candidate as files or as a published version' },
          { field: 'version', problem: 'give the candidate as files or as a published version' },
        ],
        { malformed: true },
      );
    if (!(await this.publisher.latest(id)))
      throw new NotFoundError(`no rule set "${id}" is published`);
    if (body.version !== undefined) {
      const rules = await this.publisher.content(id, body.version);
      if (!rules) throw new NotFoundError(`version ${body.version} of "${id}" is not published`);
      return rules;
    }
    const rules = checked(toSource(body.files!));
    if (rules.id !== id)
      throw invalidField('files.rules.yaml', `the rules are "${rules.id}", not "${id}"`);
    return rules;
  }
}
