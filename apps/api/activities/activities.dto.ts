import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { isTimeZone } from '../../../libs/crm/activities/day-bounds';
import { IsDateTime } from '../../../libs/crm/lists/date-time';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import {
  ACTIVITY_STATUSES,
  MEETING_MODES,
  type MeetingMode,
} from '../../../libs/crm/activities/activity.entity';
import { ACTIVITY_TYPES, type ActivityType } from '../../../libs/rules/language/rule-set';

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

  @ApiPropertyOptional({ enum: MEETING_MODES, description: 'meetings only' })
  @IsOptional()
  @IsIn(MEETING_MODES)
  meetingMode?: MeetingMode | null;

  @ApiPropertyOptional({
    description: 'bind to a deal (or a lead, a contact, or a company): exactly one',
  })
  @IsOptional()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;
}

export class UpdateActivityDto extends PartialType(
  OmitType(CreateActivityDto, ['type'] as const),
) {}

export class CompleteActivityDto {
  @ApiPropertyOptional({ example: 'interested' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  outcome?: string;
}

export class RescheduleActivityDto {
  @ApiProperty({ example: '2026-12-02T10:00:00Z' })
  @IsDateTime()
  dueAt!: Date;
}

export class ListActivitiesQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_TYPES })
  @IsOptional()
  @IsIn(ACTIVITY_TYPES)
  type?: string;

  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES)
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  leadId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'due at or after' })
  @IsOptional()
  @IsDateTime()
  dueFrom?: Date;

  @ApiPropertyOptional({ description: 'due before' })
  @IsOptional()
  @IsDateTime()
  dueTo?: Date;

  @ApiPropertyOptional({ description: 'search in the subject' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'list archived activities instead' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  archived?: boolean;
}

export class AgendaQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'whose agenda (default: yours); within what you may see' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    example: 'Europe/Berlin',
    description: 'the day of "today" (default UTC)',
  })
  @IsOptional()
  @Validate(IsTimeZoneConstraint)
  timeZone?: string;
}
