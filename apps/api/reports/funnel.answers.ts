import {
  DateField,
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
} from '../openapi/fields';
import { CurrencyAmountDto } from '../openapi/currency-amount.dto';
import { ApiProperty } from '@nestjs/swagger';

export const RatioField = (description: string) =>
  ApiProperty({ type: Number, nullable: true, required: true, description });
export const SecondsField = (description: string) =>
  ApiProperty({ type: Number, nullable: true, required: true, description });

export class ReportPeriodDto {
  @DateField({ description: 'first day, in timeZone' })
  from!: string;

  @DateField({ description: 'last day, included' })
  to!: string;

  @TextField({ example: 'Europe/Berlin' })
  timeZone!: string;

  @DateTimeField({ description: '00:00 of from in timeZone' })
  start!: string;

  @DateTimeField({ description: '00:00 of the day after to in timeZone (exclusive)' })
  end!: string;
}

export class TimeInStageDto {
  @IntField({ minimum: 0, description: 'stays in the stage that ended in the period' })
  stays!: number;

  @SecondsField('median of those stays, seconds; null when none')
  medianSeconds!: number | null;

  @SecondsField('90th percentile of those stays, seconds; null when none')
  p90Seconds!: number | null;
}

export class FunnelStageLinksDto {
  @TextField({ description: 'the list of the records that reached the stage in the period' })
  entered!: string;

  @TextField({ description: 'the list of the records in the stage now' })
  now!: string;

  @TextField({ description: 'the list of the records lost from the stage in the period' })
  lost!: string;
}

export class FunnelStageDto {
  @TextField({ example: 'quote' })
  stage!: string;

  @TextField({ example: 'Quote' })
  name!: string;

  @IntField({ minimum: 0, description: 'records that reached the stage in the period' })
  entered!: number;

  @NestedField([CurrencyAmountDto], { description: 'their amounts, per currency (deals)' })
  amount!: CurrencyAmountDto[];

  @IntField({ minimum: 0, description: 'open records in the stage now' })
  now!: number;

  @IntField({
    minimum: 0,
    description: 'of those that entered, how many reached the next stage in the period',
  })
  reachedNext!: number;

  @RatioField('reachedNext / entered, 4 decimals; null when none entered')
  conversionToNext!: number | null;

  @IntField({
    minimum: 0,
    description:
      'of those that entered the first stage in the period, how many reached this one in it',
  })
  reachedFromFirst!: number;

  @RatioField('reachedFromFirst / entered of the first stage; null when none entered it')
  conversionFromFirst!: number | null;

  @IntField({ minimum: 0, description: 'records lost (junk) from this stage in the period' })
  lost!: number;

  @NestedField([CurrencyAmountDto])
  lostAmount!: CurrencyAmountDto[];

  @NestedField(TimeInStageDto)
  timeInStage!: TimeInStageDto;

  @NestedField(FunnelStageLinksDto, {
    description: 'drill-down: list queries of exactly the records counted',
  })
  drillDown!: FunnelStageLinksDto;
}

export class FunnelCloseDto {
  @TextField({ example: 'won' })
  stage!: string;

  @IntField({ minimum: 0 })
  count!: number;

  @NestedField([CurrencyAmountDto], {
    description: 'won: what was won; lost: the deals’ amounts',
  })
  amount!: CurrencyAmountDto[];

  @TextField({ description: 'drill-down: the list of exactly these records' })
  drillDown!: string;
}

export class LeadFunnelConversionDto {
  @IntField({ minimum: 0 })
  contacts!: number;

  @IntField({ minimum: 0 })
  companies!: number;

  @IntField({ minimum: 0 })
  deals!: number;

  @SecondsField('average time from the lead’s creation to its conversion, seconds')
  averageSeconds!: number | null;
}

export class FunnelReportDto {
  @EnumField(['deal-funnel', 'lead-funnel'])
  report!: string;

  @TextField({ example: 'b2b', description: 'the pipeline (or the lead rules)' })
  ruleSetId!: string;

  @IntField({ minimum: 1, description: 'the version whose stages and order the funnel uses' })
  rulesVersion!: number;

  @NestedField(ReportPeriodDto)
  period!: ReportPeriodDto;

  @NestedField([FunnelStageDto], { description: 'the open stages, in order' })
  stages!: FunnelStageDto[];

  @NestedField(FunnelCloseDto, { description: 'won (converted) in the period' })
  won!: FunnelCloseDto;

  @NestedField(FunnelCloseDto, { description: 'lost (junk) in the period' })
  lost!: FunnelCloseDto;

  @RatioField('won / (won + lost); null when none closed')
  winRate!: number | null;

  @NestedField(LeadFunnelConversionDto, { optional: true, description: 'lead funnel only' })
  converted?: LeadFunnelConversionDto;
}
