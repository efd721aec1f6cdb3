import {
  DateField,
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
} from '../openapi/fields';
import { SALES_GROUPS } from '../../../libs/crm/reports/sales.service';
import { CurrencyAmountDto } from '../openapi/currency-amount.dto';
import { RatioField, ReportPeriodDto, SecondsField } from './funnel.answers';

export class SalesClosedDto {
  @IntField({ minimum: 0 })
  count!: number;

  @NestedField([CurrencyAmountDto], {
    description: 'won: what was won (payments received, else the amount); lost: the amounts',
  })
  amount!: CurrencyAmountDto[];

  @TextField({
    nullable: true,
    description:
      'drill-down: the deal list of exactly these deals; null for a group the list cannot select (no source, no team)',
  })
  drillDown!: string | null;
}

export class SalesPaymentsDto {
  @IntField({ minimum: 0 })
  count!: number;

  @NestedField([CurrencyAmountDto])
  amount!: CurrencyAmountDto[];
}

export class SalesFiguresDto {
  @NestedField(SalesClosedDto, { description: 'deals closed as won in the period' })
  won!: SalesClosedDto;

  @NestedField(SalesClosedDto, { description: 'deals closed as lost in the period' })
  lost!: SalesClosedDto;

  @RatioField('won / (won + lost), 4 decimals; null when none closed')
  winRate!: number | null;

  @NestedField([CurrencyAmountDto], { description: 'what was won / deals won, per currency' })
  averageDealSize!: CurrencyAmountDto[];

  @SecondsField('mean seconds from created to closed of the deals won; null when none')
  averageCycleSeconds!: number | null;

  @NestedField(SalesPaymentsDto, {
    description: "payments applied to these deals' invoices, paid in the period",
  })
  payments!: SalesPaymentsDto;
}

export class SalesGroupDto {
  @TextField({
    nullable: true,
    description:
      'a user id, team id, pipeline id, source, month YYYY-MM or loss reason code; null: none',
  })
  key!: string | null;

  @TextField({
    nullable: true,
    description:
      "the user's or team's name, the loss reason's label (as the latest pipeline version naming it says); the key otherwise",
  })
  label!: string | null;

  @NestedField(SalesFiguresDto)
  current!: SalesFiguresDto;

  @NestedField(SalesFiguresDto, {
    nullable: true,
    description: 'the previous period of equal length; null when grouped by month',
  })
  previous!: SalesFiguresDto | null;
}

export class PreviousPeriodDto {
  @DateField()
  from!: string;

  @DateField()
  to!: string;

  @DateTimeField()
  start!: string;

  @DateTimeField()
  end!: string;
}

export class SalesTotalDto {
  @NestedField(SalesFiguresDto)
  current!: SalesFiguresDto;

  @NestedField(SalesFiguresDto)
  previous!: SalesFiguresDto;
}

export class SalesAnswerDto {
  @EnumField(['sales'])
  report!: string;

  @EnumField(SALES_GROUPS)
  groupBy!: string;

  @NestedField(ReportPeriodDto)
  period!: ReportPeriodDto;

  @NestedField(PreviousPeriodDto, { description: 'the days just before, as many' })
  previousPeriod!: PreviousPeriodDto;

  @NestedField([SalesGroupDto], { description: 'groups with any figure in the period' })
  groups!: SalesGroupDto[];

  @NestedField(SalesTotalDto, { description: 'every group together' })
  total!: SalesTotalDto;
}
