import { ACTIVITY_STATUSES } from '../../../libs/crm/activities/activity.entity';
import { TIMELINE_RECORD_TYPES } from '../../../libs/crm/comments/comment.entity';
import { INVOICE_STATUSES } from '../../../libs/crm/documents/invoice.entity';
import { QUOTE_STATUSES } from '../../../libs/crm/documents/quote.entity';
import { TIMELINE_KINDS } from '../../../libs/crm/timeline/timeline-query';
import { OUTBOUND_EMAIL_STATUSES } from '../../../libs/mail/outbound-email.entity';
import { ACTIVITY_TYPES } from '../../../libs/rules/language/rule-set';
import {
  BoolField,
  CurrencyField,
  DateField,
  DateTimeField,
  DecimalField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';

/** A comment as the API answers it (commentView in libs/crm/comments). */
export class CommentDto {
  @UuidField()
  id!: string;

  @EnumField(TIMELINE_RECORD_TYPES, { description: 'the kind of record it is on' })
  recordType!: string;

  @UuidField({ description: 'the record it is on' })
  recordId!: string;

  @UuidField({ description: 'who wrote it' })
  authorId!: string;

  @TextField({ description: 'plain text, as written', example: 'Too expensive for them this year' })
  body!: string;

  @NestedField([String], { description: 'the http(s) links in the text, in order' })
  links!: string[];

  @DateTimeField()
  createdAt!: string;

  @DateTimeField({ nullable: true, description: 'when its author last changed the text' })
  editedAt!: string | null;

  @IntField({ minimum: 1, description: 'its version, also its ETag' })
  version!: number;
}

export class TimelineStageChangeDto {
  @TextField({ nullable: true, description: 'null for the first stage' })
  from!: string | null;

  @TextField()
  to!: string;

  @TextField({ description: 'the rule that moved it, or `manual`, `created`, `converted`' })
  cause!: string;

  @TextField()
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

export class TimelineActivityDto {
  @EnumField(ACTIVITY_TYPES)
  type!: string;

  @TextField()
  subject!: string;

  @TextField({ nullable: true })
  description!: string | null;

  @EnumField(ACTIVITY_STATUSES)
  status!: string;

  @DateTimeField()
  dueAt!: string;

  @TextField({ nullable: true })
  outcome!: string | null;

  @DateTimeField({ nullable: true })
  completedAt!: string | null;

  @BoolField({ description: 'created by the rules' })
  automated!: boolean;
}

export class TimelineEmailDto {
  @TextField({ description: 'the address it was sent to' })
  to!: string;

  @TextField()
  subject!: string;

  @TextField({
    nullable: true,
    description: 'its text (plain); null for mail sent before it was kept',
  })
  body!: string | null;

  @EnumField(OUTBOUND_EMAIL_STATUSES, {
    name: 'EmailStatus',
    description: '`sending` while the mail server has it, `sent`, or `failed` (see `error`)',
  })
  status!: string;

  @TextField({ nullable: true, description: 'why it failed' })
  error!: string | null;

  @DateTimeField({ nullable: true })
  sentAt!: string | null;
}

export class TimelineQuoteDto {
  @TextField({ example: 'Q-2026-00042' })
  number!: string;

  @EnumField(QUOTE_STATUSES)
  status!: string;

  @DecimalField({ description: 'at the currency’s minor units' })
  total!: string;

  @CurrencyField()
  currency!: string;

  @DateField({ nullable: true })
  validUntil!: string | null;
}

export class TimelineInvoiceDto {
  @TextField({ example: 'INV-2026-00042' })
  number!: string;

  @EnumField(INVOICE_STATUSES)
  status!: string;

  @DecimalField({ description: 'at the currency’s minor units' })
  total!: string;

  @DecimalField({ description: 'at the currency’s minor units' })
  amountPaid!: string;

  @CurrencyField()
  currency!: string;

  @DateField()
  dueDate!: string;
}

export class TimelinePaymentDto {
  @DecimalField({ description: 'at the currency’s minor units' })
  amount!: string;

  @CurrencyField()
  currency!: string;

  @DateTimeField()
  paidAt!: string;

  @UuidField()
  invoiceId!: string;

  @TextField()
  invoiceNumber!: string;
}

export class TimelineCommentDto {
  @TextField()
  body!: string;

  @NestedField([String], { description: 'the http(s) links in the text, in order' })
  links!: string[];

  @DateTimeField({ nullable: true })
  editedAt!: string | null;

  @IntField({ minimum: 1, description: 'send it in If-Match to change or delete the comment' })
  version!: number;
}

/**
 * One item of a record's timeline: the fields every item has, and the part of its kind (the
 * property named after the kind; the other parts are null).
 */
export class TimelineItemDto {
  @UuidField({
    description: 'the id of the stage change, activity, email, document, payment or comment',
  })
  id!: string;

  @EnumField(TIMELINE_KINDS, { name: 'TimelineKind' })
  kind!: string;

  @DateTimeField({
    description:
      'when it happened: a stage change’s time, when an activity, email, document or comment was created, when a payment was received',
  })
  at!: string;

  @UuidField({
    nullable: true,
    description:
      'who did it: the mover, the activity’s or document’s responsible, a comment’s author; null for the rules, emails and payments',
  })
  actorId!: string | null;

  @NestedField(TimelineStageChangeDto, { nullable: true, description: 'kind `stage_change`' })
  stageChange!: TimelineStageChangeDto | null;

  @NestedField(TimelineActivityDto, { nullable: true, description: 'kind `activity`' })
  activity!: TimelineActivityDto | null;

  @NestedField(TimelineEmailDto, { nullable: true, description: 'kind `email`' })
  email!: TimelineEmailDto | null;

  @NestedField(TimelineQuoteDto, { nullable: true, description: 'kind `quote`' })
  quote!: TimelineQuoteDto | null;

  @NestedField(TimelineInvoiceDto, { nullable: true, description: 'kind `invoice`' })
  invoice!: TimelineInvoiceDto | null;

  @NestedField(TimelinePaymentDto, { nullable: true, description: 'kind `payment`' })
  payment!: TimelinePaymentDto | null;

  @NestedField(TimelineCommentDto, { nullable: true, description: 'kind `comment`' })
  comment!: TimelineCommentDto | null;
}
