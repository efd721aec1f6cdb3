import { ACTIVITY_STATUSES, MEETING_MODES } from '../../../libs/crm/activities/activity.entity';
import { ACTIVITY_TYPES } from '../../../libs/rules/language/rule-set';
import { OUTBOUND_EMAIL_STATUSES } from '../../../libs/mail/outbound-email.entity';
import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { OwnedRecordDto } from '../openapi/record.dto';

/** The email an `email` activity sent (or tried to). */
export class ActivityEmailDto {
  @TextField({ description: 'the address it went to' })
  to!: string;

  @EnumField(OUTBOUND_EMAIL_STATUSES, {
    name: 'EmailStatus',
    description: '`sending`, `sent`, or `failed` (see `error`; `POST …/send` retries it)',
  })
  status!: string;

  @TextField({ nullable: true, description: 'why it failed, as the mail server or transport said' })
  error!: string | null;

  @DateTimeField({ nullable: true })
  sentAt!: string | null;
}

/** An activity as the API answers it (activityView in libs/crm/activities). */
export class ActivityDto extends OwnedRecordDto {
  @EnumField(ACTIVITY_TYPES)
  type!: string;

  @TextField({ example: 'Call Anna about the rollout' })
  subject!: string;

  @TextField({ nullable: true })
  description!: string | null;

  @DateTimeField({ description: 'when it is due' })
  dueAt!: string;

  @IntField({ nullable: true, minimum: 1 })
  durationMinutes!: number | null;

  @IntField({
    nullable: true,
    minimum: 0,
    description: 'the responsible is reminded by email this many minutes before it is due',
  })
  remindBeforeMinutes!: number | null;

  @DateTimeField({
    nullable: true,
    description: 'when the reminder went out (for the current due time); null: not yet, or none',
  })
  remindedAt!: string | null;

  @EnumField(MEETING_MODES, { nullable: true, description: 'a meeting’s; null otherwise' })
  meetingMode!: string | null;

  @EnumField(ACTIVITY_STATUSES)
  status!: string;

  @BoolField({ description: 'planned and past its due time' })
  overdue!: boolean;

  @TextField({ nullable: true, description: 'set when done', example: 'interested' })
  outcome!: string | null;

  @DateTimeField({ nullable: true })
  completedAt!: string | null;

  @UuidField({ nullable: true, description: 'the deal it is bound to (one of four)' })
  dealId!: string | null;

  @UuidField({ nullable: true, description: 'the lead it is bound to' })
  leadId!: string | null;

  @UuidField({ nullable: true, description: 'the contact it is bound to' })
  contactId!: string | null;

  @UuidField({ nullable: true, description: 'the company it is bound to' })
  companyId!: string | null;

  @BoolField({ description: 'created by the rules (a follow-up)' })
  automated!: boolean;

  @NestedField(ActivityEmailDto, {
    nullable: true,
    description: 'an `email` activity created with a `body`: the email it sends; null otherwise',
  })
  email!: ActivityEmailDto | null;
}

/** The CRM's counters of planned activities. */
export class ActivityCountersDto {
  @IntField({ minimum: 0, description: 'due today (in the time zone asked)' })
  today!: number;

  @IntField({ minimum: 0, description: 'past their due time' })
  overdue!: number;

  @IntField({ minimum: 0, description: 'open deals and leads with no planned activity at all' })
  nothingPlanned!: number;
}
