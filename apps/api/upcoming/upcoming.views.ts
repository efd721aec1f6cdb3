import { ApiProperty } from '@nestjs/swagger';
import { TIMER_KINDS, RECORD_KINDS } from '../../../libs/crm/upcoming/pending-automation.entity';
import { ACTIVITY_TYPES } from '../../../libs/rules/language/rule-set';
import {
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';

/** The activity an escalation watches. */
export class WatchedActivityDto {
  @UuidField()
  id!: string;

  @EnumField(ACTIVITY_TYPES)
  type!: string;

  @TextField({ example: 'Qualify ACME rollout' })
  subject!: string;
}

/** One thing the automation will do on a record, and when. */
export class UpcomingAutomationDto {
  @EnumField(RECORD_KINDS)
  recordKind!: string;

  @UuidField()
  recordId!: string;

  @TextField({ example: 'ACME rollout', description: 'the deal’s or lead’s title' })
  recordTitle!: string;

  @UuidField({ description: 'the record’s responsible user' })
  responsibleId!: string;

  @TextField({ example: 'new', description: 'the stage the timer belongs to' })
  stage!: string;

  @DateTimeField({ description: 'when it fires' })
  at!: string;

  @EnumField(TIMER_KINDS, {
    description:
      '`transition`: the record moves to `moveTo`; `follow_up`: a repeated reminder; `overdue`: an escalation of an activity still open after its due time',
  })
  kind!: string;

  @TextField({ nullable: true, example: 'lost', description: 'the stage it moves the record to' })
  moveTo!: string | null;

  @ApiProperty({
    type: [String],
    example: ['send_email'],
    description: 'what it does: the rules’ action types (`move` for a move)',
  })
  actions!: string[];

  @IntField({ nullable: true, minimum: 1, description: 'follow-ups: which repetition' })
  occurrence!: number | null;

  @IntField({ nullable: true, minimum: 1, description: 'follow-ups: of how many (null: no limit)' })
  times!: number | null;

  @NestedField(WatchedActivityDto, {
    nullable: true,
    description: 'escalations: the activity they watch',
  })
  activity!: WatchedActivityDto | null;

  @TextField({
    example: 'move to lost after 14d in new',
    description: 'in the rules’ words',
  })
  description!: string;
}

/** The upcoming automation across the records of one person. */
export class UpcomingAutomationListDto {
  @NestedField([UpcomingAutomationDto], { description: 'soonest first' })
  items!: UpcomingAutomationDto[];
}
