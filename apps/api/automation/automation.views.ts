import { ApiSchema } from '@nestjs/swagger';
import { ACTIVITY_TYPES } from '../../../libs/rules/language/rule-set';
import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';

const STAGE_KINDS = ['open', 'won', 'lost', 'converted', 'junk'] as const;

/** A row of a lead's or deal's stage history. */
@ApiSchema({ description: 'One stage change of a lead or deal.' })
export class StageChangeDto {
  @TextField({
    nullable: true,
    description: 'the stage before; null for the first',
    example: 'new',
  })
  from!: string | null;

  @TextField({ example: 'qualified' })
  to!: string;

  @DateTimeField()
  at!: string;

  @UuidField({ nullable: true, description: 'who moved it; null when a rule did' })
  byUserId!: string | null;

  @TextField({
    description: 'what caused it: `manual`, a rule’s path, an event',
    example: 'manual',
  })
  cause!: string;

  @TextField({ description: 'the rule set (pipeline id, or `leads`)', example: 'b2b' })
  ruleSetId!: string;

  @IntField({ minimum: 1 })
  rulesVersion!: number;

  @TextField({
    nullable: true,
    example: 'price',
    description: 'a move to a lost stage: why (the code of one of the rules’ loss reasons)',
  })
  lossReason!: string | null;

  @TextField({ nullable: true, description: 'the note of the person who gave the loss reason' })
  lossNote!: string | null;
}

class AutomationClosedDto {
  @EnumField(STAGE_KINDS, { description: 'the kind of the closing stage' })
  kind!: string;

  @DateTimeField()
  at!: string;
}

class PendingTimerDto {
  @TextField()
  id!: string;

  @DateTimeField({ description: 'when it fires' })
  at!: string;

  @EnumField(['transition', 'follow_up', 'overdue'])
  kind!: string;

  @TextField({ description: 'what it will do, for people' })
  description!: string;
}

class DocumentDeadlineDto {
  @EnumField(['invoice', 'quote'])
  document!: string;

  @UuidField({ description: 'the invoice or quote' })
  documentId!: string;

  @DateTimeField({
    description:
      'when it lapses: the end of its due (validity) date, UTC; the invoice becomes overdue, the quote expires',
  })
  at!: string;
}

class OpenFollowUpDto {
  @TextField({ description: 'the rules’ key of the follow-up' })
  key!: string;

  @UuidField({ nullable: true, description: 'the CRM activity, once created' })
  activityId!: string | null;

  @EnumField(ACTIVITY_TYPES)
  activity!: string;

  @TextField()
  subject!: string;

  @DateTimeField()
  dueAt!: string;
}

class CausedStepDto {
  @TextField({
    description:
      'the rule that fired (a move: `stages[0].transitions[0]`) or the action it ran (`stages[1].on_enter[0]`)',
    example: 'stages[1].on_enter[0]',
  })
  rule!: string;

  @TextField({ description: 'what it did, for people', example: 'send quote (template standard)' })
  what!: string;

  @TextField({
    nullable: true,
    description: 'the action’s type; null for a rule that moved the record',
    example: 'send_quote',
  })
  action!: string | null;

  @TextField({
    nullable: true,
    description: 'the key of the action’s effect, unique within the record; null for a move',
    example: 'quote#2/enter/0',
  })
  key!: string | null;
}

class AutomationEventDto {
  @DateTimeField()
  at!: string;

  @TextField({
    description:
      'the event that arrived (`event:<type>`), a rule that fired on its own (a timer’s path in the rules, `start`, `manual`, `migration`), or an effect’s note (`effect:<type>`)',
    example: 'event:activity_completed',
  })
  rule!: string;

  @TextField({ description: 'what happened, for people' })
  what!: string;

  @NestedField([CausedStepDto], {
    description: 'what it caused, in order: the rules that fired and the actions they ran',
  })
  caused!: CausedStepDto[];
}

/** What the automation (the record's workflow) is doing with a lead or a deal. */
@ApiSchema({
  description:
    'What the automation does with the record: its stage, rules version, pending timers, open follow-ups and last events, read from its workflow.',
})
export class AutomationDto {
  @TextField({ example: 'deal-5f0c…' })
  workflowId!: string;

  @EnumField(['deal', 'lead'])
  kind!: string;

  @UuidField()
  recordId!: string;

  @TextField()
  ruleSetId!: string;

  @IntField({ minimum: 1 })
  rulesVersion!: number;

  @TextField({ nullable: true, description: 'null while the record is starting' })
  stage!: string | null;

  @DateTimeField({
    nullable: true,
    description: 'when the record entered its stage; null while the record is starting',
  })
  enteredAt!: string | null;

  @NestedField(AutomationClosedDto, {
    nullable: true,
    description: 'null while the record is open',
  })
  closed!: AutomationClosedDto | null;

  @NestedField([PendingTimerDto])
  pendingTimers!: PendingTimerDto[];

  @NestedField([OpenFollowUpDto])
  openFollowUps!: OpenFollowUpDto[];

  @NestedField([DocumentDeadlineDto], {
    description:
      'deals: when each unpaid invoice becomes overdue and each unanswered quote expires, earliest first (empty until the workflow knows them)',
  })
  documentDeadlines!: DocumentDeadlineDto[];

  @NestedField([AutomationEventDto], { description: 'the last 50 events, newest first' })
  lastEvents!: AutomationEventDto[];

  @IntField({
    nullable: true,
    description: 'a rules version the record moves to at its next safe point',
  })
  pendingMigration!: number | null;

  @TextField({
    nullable: true,
    description: 'the workflow in the Temporal Web UI, when configured',
  })
  temporalUiUrl!: string | null;
}
