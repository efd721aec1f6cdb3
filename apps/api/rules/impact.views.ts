import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { IMPACT_KINDS } from '../../../libs/rules/impact/impact';

const TIMER_KINDS = ['transition', 'follow_up', 'overdue'] as const;

/** A rule timer the migration adds, removes or moves. */
export class TimerChangeDto {
  @EnumField(TIMER_KINDS, { name: 'ImpactTimerKind' })
  kind!: string;

  @TextField()
  stage!: string;

  @TextField({ description: 'what the timer will do, in the rules’ words' })
  description!: string;

  @DateTimeField({ description: 'when it would fire (a re-timed one: the new time)' })
  at!: string;

  @DateTimeField({ nullable: true, description: 're-timed: when it fires today' })
  from!: string | null;
}

/** An action of the rules the migration would run at once. */
export class TriggeredActionDto {
  @TextField({ example: 'stages[3].follow_up[0].do[0]' })
  rule!: string;

  @TextField({ example: 'send_email' })
  action!: string;

  @TextField({ description: 'the key of its effect (run once per record and key)' })
  key!: string;

  @TextField({ example: 'email contact (template quote-reminder)' })
  what!: string;
}

/** What the candidate would do to one open record if it were migrated now. */
export class RecordImpactDto {
  @EnumField(['deal', 'lead'], { name: 'ImpactRecordKind' })
  recordKind!: string;

  @UuidField()
  recordId!: string;

  @TextField()
  title!: string;

  @UuidField()
  responsibleId!: string;

  @EnumField(IMPACT_KINDS, { name: 'ImpactKind' })
  kind!: string;

  @TextField({ description: 'the stage it is in now' })
  stage!: string;

  @IntField({ description: 'the rules version it runs now' })
  version!: number;

  @TextField({ description: 'the stage it would be in right after the migration' })
  stageAfter!: string;

  @EnumField(['won', 'lost', 'converted', 'junk'], { nullable: true, name: 'ImpactClosedKind' })
  closedAfter!: string | null;

  @NestedField([TimerChangeDto])
  timersAdded!: TimerChangeDto[];

  @NestedField([TimerChangeDto])
  timersRemoved!: TimerChangeDto[];

  @NestedField([TimerChangeDto])
  timersRetimed!: TimerChangeDto[];

  @NestedField([TriggeredActionDto], {
    description: 'follow-ups, emails, notifications… the migration would run at once',
  })
  triggered!: TriggeredActionDto[];

  @TextField({ nullable: true, description: 'refused, failed or unknown: why' })
  reason!: string | null;
}

export class ImpactCountsDto {
  @IntField({ minimum: 0 })
  unaffected!: number;

  @IntField({ minimum: 0 })
  changed!: number;

  @IntField({ minimum: 0, description: 'the migration would be refused: its stage is gone' })
  refused!: number;

  @IntField({ minimum: 0, description: 'the replay throws (publishing such a version is refused)' })
  failed!: number;

  @IntField({ minimum: 0, description: 'no inputs logged yet' })
  unknown!: number;
}

export class ImpactByStageDto extends ImpactCountsDto {
  @TextField()
  stage!: string;
}

export class ImpactByResponsibleDto extends ImpactCountsDto {
  @UuidField()
  responsibleId!: string;
}

export class ImpactExamplesDto {
  @NestedField([RecordImpactDto])
  items!: RecordImpactDto[];

  @IntField({ minimum: 0, description: 'how many records are of the kinds asked for' })
  total!: number;

  @IntField({ minimum: 0 })
  offset!: number;

  @IntField({ minimum: 1 })
  limit!: number;
}

export class ImpactTimingsDto {
  @IntField({ minimum: 0, description: 'reading the records and their inputs (ms)' })
  readMs!: number;

  @IntField({ minimum: 0, description: 'replaying them through the interpreter (ms)' })
  replayMs!: number;
}

/** The impact of a candidate version on every open record of the rule set. */
export class ImpactPreviewDto {
  @TextField({ example: 'b2b' })
  ruleSetId!: string;

  @IntField({ minimum: 1, description: 'the candidate’s version' })
  version!: number;

  @DateTimeField({ description: 'the instant the migration is previewed at (now)' })
  at!: string;

  @IntField({ minimum: 0, description: 'open records of the rule set' })
  total!: number;

  @NestedField(ImpactCountsDto)
  counts!: ImpactCountsDto;

  @NestedField([ImpactByStageDto], { description: 'by the stage the records are in now' })
  byStage!: ImpactByStageDto[];

  @NestedField([ImpactByResponsibleDto])
  byResponsible!: ImpactByResponsibleDto[];

  @NestedField(ImpactExamplesDto)
  examples!: ImpactExamplesDto;

  @NestedField(ImpactTimingsDto)
  timings!: ImpactTimingsDto;
}
