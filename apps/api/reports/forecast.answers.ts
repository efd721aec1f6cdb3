import { FORECAST_GROUPS } from '../../../libs/crm/reports/forecast.service';
import { CurrencyAmountDto } from '../openapi/currency-amount.dto';
import { EnumField, IntField, NestedField, TextField } from '../openapi/fields';
import { ReportPeriodDto } from './funnel.answers';

export class ForecastFiguresDto {
  @IntField({ minimum: 0, description: 'open deals' })
  count!: number;

  @NestedField([CurrencyAmountDto], { description: 'their amounts, per currency' })
  amount!: CurrencyAmountDto[];

  @NestedField([CurrencyAmountDto], {
    description: 'Σ amount × probability / 100 per currency; a deal without a probability weighs 0',
  })
  weighted!: CurrencyAmountDto[];

  @IntField({ minimum: 0, description: 'of them, the deals without a probability' })
  withoutProbability!: number;

  @TextField({
    nullable: true,
    description:
      'drill-down: the deal list of exactly these deals; null for a group the list cannot select (no team)',
  })
  drillDown!: string | null;
}

export class ForecastMonthDto extends ForecastFiguresDto {
  @TextField({ example: '2026-03', description: 'the expected close month' })
  month!: string;
}

export class ForecastGroupDto {
  @TextField({
    nullable: true,
    description: 'a user id, team id or pipeline id; null: responsibles without a team',
  })
  key!: string | null;

  @TextField({ nullable: true, description: "the user's or team's name; the key otherwise" })
  label!: string | null;

  @NestedField([ForecastMonthDto], { description: 'the months with any of these deals' })
  months!: ForecastMonthDto[];

  @NestedField(ForecastFiguresDto)
  total!: ForecastFiguresDto;
}

export class ForecastTotalDto {
  @NestedField([ForecastMonthDto])
  months!: ForecastMonthDto[];

  @NestedField(ForecastFiguresDto)
  total!: ForecastFiguresDto;
}

export class ForecastReportDto {
  @EnumField(['forecast'])
  report!: string;

  @EnumField(FORECAST_GROUPS)
  groupBy!: string;

  @NestedField(ReportPeriodDto)
  period!: ReportPeriodDto;

  @NestedField([ForecastGroupDto], {
    description: 'groups with open deals expected to close in the period',
  })
  groups!: ForecastGroupDto[];

  @NestedField(ForecastTotalDto, { description: 'every group together' })
  total!: ForecastTotalDto;

  @NestedField(ForecastFiguresDto, {
    description: 'open deals in scope with no expected close date',
  })
  undated!: ForecastFiguresDto;
}
