import { applyDecorators, Controller, Get, Headers, Query, Res, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { FunnelService, type FunnelReport } from '../../../libs/crm/reports/funnel.service';
import { reportPeriod } from '../../../libs/crm/reports/report-period';
import { SalesService, type SalesReport } from '../../../libs/crm/reports/sales.service';
import { type ReportFilters } from '../../../libs/crm/reports/report-scope';
import { type Principal } from '../../../libs/crm/users/role';
import { Problems } from '../openapi/operation';
import { FunnelReportDto } from './funnel.answers';
import { funnelCsv } from './funnel-csv';
import { ActivityQueryDto, ForecastQueryDto, ReportQueryDto, SalesQueryDto } from './reports.dto';
import { ForecastService, type ForecastReport } from '../../../libs/crm/reports/forecast.service';
import { ForecastReportDto } from './forecast.answers';
import {
  AutomationReportService,
  type AutomationReport,
} from '../../../libs/crm/reports/automation-report.service';
import { AutomationReportDto } from './automation.answers';
import { automationCsv } from './automation-csv';
import { forecastCsv } from './forecast-csv';
import {
  ActivityReportService,
  type ActivityReport,
} from '../../../libs/crm/reports/activity-report.service';
import { ActivityReportDto } from './activity.answers';
import { activityCsv } from './activity-csv';
import { salesCsv } from './sales-csv';
import { asksForCsv } from '../csv/csv';
import { SalesAnswerDto } from './sales.answers';

const filters = (q: ReportQueryDto): ReportFilters => ({
  pipelineId: q.pipelineId,
  teamId: q.teamId,
  responsibleId: q.responsibleId,
  source: q.source,
});

/** CSV when asked by `?format=csv` or `Accept: text/csv`; JSON otherwise. */
function answer<T>(
  res: Response,
  q: ReportQueryDto,
  accept: string | undefined,
  report: T,
  csv: (report: T) => string,
  name: string,
): T | string {
  if (!asksForCsv(q.format, accept)) return report;
  res.type('text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${name}-${q.from}-${q.to}.csv"`);
  return csv(report);
}

/** A report's operation: its id, and a 200 answer as JSON of `type` or as CSV. */
const ReportOperation = (id: string, summary: string, type: Type<unknown>, description: string) =>
  applyDecorators(
    ApiOperation({ operationId: id, summary }),
    Problems('operation', ['invalid-fields']),
    ApiExtraModels(type),
    ApiProduces('application/json', 'text/csv'),
    ApiResponse({
      status: 200,
      description: `${description}. As CSV with ?format=csv or Accept: text/csv (docs/reports.md)`,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
  );

/**
 * The funnel and the reports (issue 13), scoped as the lists are: a manager's own records, a
 * head's team, everyone's for admins and sales ops. Definitions in docs/reports.md.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly funnels: FunnelService,
    private readonly salesReports: SalesService,
    private readonly activityReports: ActivityReportService,
    private readonly forecasts: ForecastService,
    private readonly automationReports: AutomationReportService,
  ) {}

  @Get('deal-funnel')
  @ReportOperation(
    'dealFunnelReport',
    'The deal funnel of a pipeline',
    FunnelReportDto,
    'per stage of the pipeline: deals that reached it in the period, amounts, in it now, conversion, lost from it, time in it; won, lost, win rate',
  )
  async dealFunnel(
    @CurrentUser() p: Principal,
    @Query() q: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FunnelReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.funnels.dealFunnel(p, period, filters(q));
    return answer(res, q, accept, report, funnelCsv, `deal-funnel-${report.ruleSetId}`);
  }

  @Get('lead-funnel')
  @ReportOperation(
    'leadFunnelReport',
    'The lead funnel',
    FunnelReportDto,
    'per lead status: leads that reached it in the period, in it now, conversion, junk from it, time in it; converted (contacts, companies, deals) and junk',
  )
  async leadFunnel(
    @CurrentUser() p: Principal,
    @Query() q: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FunnelReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.funnels.leadFunnel(p, period, filters(q));
    return answer(res, q, accept, report, funnelCsv, 'lead-funnel');
  }

  @Get('sales')
  @ReportOperation(
    'salesReport',
    'Sales by manager, team, pipeline, source or month',
    SalesAnswerDto,
    'per group: deals won and lost, win rate, average deal size, average cycle, payments received, beside the previous period of equal length',
  )
  async sales(
    @CurrentUser() p: Principal,
    @Query() q: SalesQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SalesReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.salesReports.sales(p, period, filters(q), q.groupBy ?? 'manager');
    return answer(res, q, accept, report, salesCsv, `sales-${report.groupBy}`);
  }

  @Get('activity')
  @ReportOperation(
    'activityReport',
    'Activity by manager, team or activity type',
    ActivityReportDto,
    'per group: activities planned (due), done, done on time, overdue now, cancelled, created by the rules or by hand; the records with overdue activities and with nothing planned',
  )
  async activity(
    @CurrentUser() p: Principal,
    @Query() q: ActivityQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ActivityReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.activityReports.activity(
      p,
      period,
      filters(q),
      q.groupBy ?? 'manager',
    );
    return answer(res, q, accept, report, activityCsv, `activity-${report.groupBy}`);
  }

  @Get('forecast')
  @ReportOperation(
    'forecastReport',
    'The forecast: open deals by expected close month',
    ForecastReportDto,
    'per manager, team or pipeline and expected close month within the period: open deals, their amounts and probability-weighted amounts per currency; the deals with no expected close date',
  )
  async forecast(
    @CurrentUser() p: Principal,
    @Query() q: ForecastQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ForecastReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.forecasts.forecast(p, period, filters(q), q.groupBy ?? 'manager');
    return answer(res, q, accept, report, forecastCsv, `forecast-${report.groupBy}`);
  }

  @Get('automation')
  @ReportOperation(
    'automationReport',
    'What the rules did, per pipeline and rules version',
    AutomationReportDto,
    'per pipeline (and the lead rules) and rules version: follow-ups created and done, emails sent, escalations fired, quotes and invoices issued, stage moves by the rules, in the period; timers pending now',
  )
  async automation(
    @CurrentUser() p: Principal,
    @Query() q: ReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AutomationReport | string> {
    const period = reportPeriod(q.from, q.to, q.timeZone);
    const report = await this.automationReports.automation(p, period, filters(q));
    return answer(res, q, accept, report, automationCsv, 'automation');
  }
}
