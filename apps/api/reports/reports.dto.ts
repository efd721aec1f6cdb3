import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MAX_PERIOD_DAYS } from '../../../libs/crm/reports/report-period';
import { SALES_GROUPS, type SalesGroup } from '../../../libs/crm/reports/sales.service';
import { FORECAST_GROUPS, type ForecastGroup } from '../../../libs/crm/reports/forecast.service';
import {
  ACTIVITY_GROUPS,
  type ActivityGroup,
} from '../../../libs/crm/reports/activity-report.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What every report takes: the period in a time zone, and the filters that narrow the scope. */
export class ReportQueryDto {
  @ApiProperty({ example: '2026-01-01', description: 'first day of the period (in timeZone)' })
  @Matches(DATE, { message: 'from must be a calendar date like 2026-01-01' })
  from!: string;

  @ApiProperty({
    example: '2026-12-31',
    description: `last day of the period, included; at most ${MAX_PERIOD_DAYS} days after from`,
  })
  @Matches(DATE, { message: 'to must be a calendar date like 2026-12-31' })
  to!: string;

  @ApiPropertyOptional({
    example: 'Europe/Berlin',
    default: 'UTC',
    description: 'IANA time zone the days of the period (and months) are counted in',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ example: 'b2b', description: 'a published pipeline' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'pipelineId must be the id of a pipeline, like b2b',
  })
  pipelineId?: string;

  @ApiPropertyOptional({ description: "only the records of this team's members" })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ description: 'only the records this user is responsible for' })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ example: 'web', description: 'only records of this source' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv: the same figures as text/csv (or send Accept: text/csv)',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** The sales report's query: the period and filters, and what the figures are grouped by. */
export class SalesQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({
    enum: SALES_GROUPS,
    default: 'manager',
    description:
      "the groups' rows: per responsible, their team, pipeline, source or closing month; or per loss reason (`lossReason`: the lost deals by why they were lost, a group without a key for those lost without a reason; won deals and payments count in the total only)",
  })
  @IsOptional()
  @IsIn(SALES_GROUPS)
  groupBy?: SalesGroup;
}

/** The activity report's query: the period and filters, and what the figures are grouped by. */
export class ActivityQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({
    enum: ACTIVITY_GROUPS,
    default: 'manager',
    description: "the groups' rows: per responsible, their team, or activity type",
  })
  @IsOptional()
  @IsIn(ACTIVITY_GROUPS)
  groupBy?: ActivityGroup;
}

/** The forecast's query: the days of expected close, the filters, and the groups. */
export class ForecastQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({
    enum: FORECAST_GROUPS,
    default: 'manager',
    description: "the groups' rows: per responsible, their team, or pipeline",
  })
  @IsOptional()
  @IsIn(FORECAST_GROUPS)
  groupBy?: ForecastGroup;
}
