import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isTimeZone } from '../../../libs/crm/activities/day-bounds';
import { MAX_REMIND_BEFORE_MINUTES } from '../../../libs/crm/activities/reminder-time';
import { ACTIVITY_EMAIL_MAX_LENGTH } from '../../../libs/crm/activities/activity-emails.service';
import { IsDateTime } from '../../../libs/crm/lists/date-time';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import {
  ACTIVITY_STATUSES,
  MEETING_MODES,
  type MeetingMode,
} from '../../../libs/crm/activities/activity.entity';
import { ACTIVITY_TYPES, type ActivityType } from '../../../libs/rules/language/rule-set';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';
import { ACTIVITY_ORIGINS } from '../../../libs/crm/activities/activity-report-filters';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && isTimeZone(value);
  }
  defaultMessage() {
    return 'timeZone must be an IANA time zone, like Europe/Berlin';
  }
}

export class CreateActivityDto {
  @ApiProperty({ enum: ACTIVITY_TYPES })
  @IsIn(ACTIVITY_TYPES)
  type!: ActivityType;

  @ApiProperty({ example: 'Qualify ACME' })
  @IsString()
  @Length(1, 300)
  subject!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiProperty({ example: '2026-12-01T10:00:00Z' })
  @IsDateTime()
  dueAt!: Date;

  @ApiPropertyOptional({ minimum: 1, maximum: 10080 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10080)
  durationMinutes?: number | null;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_REMIND_BEFORE_MINUTES,
    nullable: true,
    description:
      'remind the responsible by email this many minutes before it is due (0: at the due time; null or absent: no reminder)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_REMIND_BEFORE_MINUTES)
  remindBeforeMinutes?: number | null;

  @ApiPropertyOptional({ enum: MEETING_MODES, description: 'meetings only' })
  @IsOptional()
  @IsIn(MEETING_MODES)
  meetingMode?: MeetingMode | null;

  @ApiPropertyOptional({
    description: 'bind to a deal (or a lead, a contact, or a company): exactly one',
  })
  @IsOmittable()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({
    maxLength: ACTIVITY_EMAIL_MAX_LENGTH,
    description:
      'an `email` activity’s text (plain): given, the email is sent at once to the contact of the record (the subject is the activity’s), and the activity is done once it went out; see `email` in the answer',
  })
  @IsOmittable()
  @IsString()
  @Length(1, ACTIVITY_EMAIL_MAX_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body?: string;
}

export class UpdateActivityDto extends PartialType(
  OmitType(CreateActivityDto, ['type', 'body'] as const),
  OMITTABLE,
) {}

export class CompleteActivityDto {
  @ApiPropertyOptional({ example: 'interested' })
  @IsOmittable()
  @IsString()
  @Length(1, 100)
  outcome?: string;
}

export class RescheduleActivityDto {
  @ApiProperty({ example: '2026-12-02T10:00:00Z' })
  @IsDateTime()
  dueAt!: Date;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_REMIND_BEFORE_MINUTES,
    nullable: true,
    description:
      'and remind the responsible this many minutes before the new time (null: no reminder; absent: as before)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_REMIND_BEFORE_MINUTES)
  remindBeforeMinutes?: number | null;
}

export class ListActivitiesQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_TYPES })
  @IsOmittable()
  @IsIn(ACTIVITY_TYPES)
  type?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES })
  @IsOmittable()
  @IsIn(ACTIVITY_STATUSES)
  status?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'due at or after' })
  @IsOmittable()
  @IsDateTime()
  dueFrom?: Date;

  @ApiPropertyOptional({ description: 'due before' })
  @IsOmittable()
  @IsDateTime()
  dueTo?: Date;

  @ApiPropertyOptional({ description: 'search in the subject' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsQueryBoolean('list archived activities instead')
  archived?: boolean;

  @ApiPropertyOptional({ description: "only the activities of this team's members" })
  @IsOmittable()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ example: 'b2b', description: 'only activities of deals in this pipeline' })
  @IsOmittable()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'pipelineId must be the id of a pipeline, like b2b',
  })
  pipelineId?: string;

  @ApiPropertyOptional({ description: 'completed at or after' })
  @IsOmittable()
  @IsDateTime()
  completedFrom?: Date;

  @ApiPropertyOptional({ description: 'completed before' })
  @IsOmittable()
  @IsDateTime()
  completedTo?: Date;

  @IsQueryBoolean('true: completed at or before due; false: completed after it')
  onTime?: boolean;

  @ApiPropertyOptional({
    enum: ACTIVITY_ORIGINS,
    description: 'rules: created by the automation; hand: by a person',
  })
  @IsOmittable()
  @IsIn(ACTIVITY_ORIGINS)
  origin?: 'rules' | 'hand';
}

export class AgendaQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'whose agenda (default: yours); within what you may see' })
  @IsOmittable()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    example: 'Europe/Berlin',
    description: 'the day of "today" (default UTC)',
  })
  @IsOmittable()
  @Validate(IsTimeZoneConstraint)
  timeZone?: string;
}
