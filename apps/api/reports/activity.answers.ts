import { ACTIVITY_GROUPS } from '../../../libs/crm/reports/activity-report.service';
import { DateTimeField, EnumField, IntField, NestedField, TextField } from '../openapi/fields';
import { ReportPeriodDto } from './funnel.answers';

export class CountedActivitiesDto {
  @IntField({ minimum: 0 })
  count!: number;

  @TextField({
    nullable: true,
    description:
      'drill-down: the activity list of exactly these activities; null for a group the list cannot select (a responsible without a team)',
  })
  drillDown!: string | null;
}

export class ActivityFiguresDto {
  @NestedField(CountedActivitiesDto, { description: 'due in the period, whatever became of them' })
  planned!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, { description: 'completed in the period' })
  done!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, {
    description: 'completed in the period at or before their due time',
  })
  doneOnTime!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, {
    description: 'due in the period and before now, still planned',
  })
  overdueNow!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, { description: 'due in the period, cancelled' })
  cancelled!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, { description: 'created in the period by the rules' })
  createdByRules!: CountedActivitiesDto;

  @NestedField(CountedActivitiesDto, { description: 'created in the period by a person' })
  createdByHand!: CountedActivitiesDto;
}

export class ActivityGroupDto {
  @TextField({
    nullable: true,
    description: 'a user id, team id or activity type; null: responsibles without a team',
  })
  key!: string | null;

  @TextField({ nullable: true, description: "the user's or team's name; the type otherwise" })
  label!: string | null;

  @NestedField(ActivityFiguresDto)
  figures!: ActivityFiguresDto;
}

export class RecordCountsDto {
  @IntField({ minimum: 0 })
  deals!: number;

  @IntField({ minimum: 0, description: '0 when the report is of one pipeline' })
  leads!: number;
}

export class SupervisorCountersDto {
  @NestedField(RecordCountsDto, {
    description: 'open deals and leads in scope with a planned activity overdue now',
  })
  recordsWithOverdue!: RecordCountsDto;

  @NestedField(RecordCountsDto, {
    description: 'open deals and leads in scope with no planned activity at all',
  })
  recordsWithNothingPlanned!: RecordCountsDto;
}

export class ActivityReportDto {
  @EnumField(['activity'])
  report!: string;

  @EnumField(ACTIVITY_GROUPS)
  groupBy!: string;

  @NestedField(ReportPeriodDto)
  period!: ReportPeriodDto;

  @DateTimeField({ description: 'the instant of overdueNow and the counters' })
  now!: string;

  @NestedField([ActivityGroupDto], { description: 'groups with any figure in the period' })
  groups!: ActivityGroupDto[];

  @NestedField(ActivityFiguresDto, { description: 'every group together' })
  total!: ActivityFiguresDto;

  @NestedField(SupervisorCountersDto, { description: 'now, whatever the period' })
  counters!: SupervisorCountersDto;
}
