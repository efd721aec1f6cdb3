import { Module } from '@nestjs/common';
import { RulesModule } from '../../rules/publishing/rules.module';
import { FunnelService } from './funnel.service';
import { ReportFiltersCheck } from './report-filters';
import { SalesService } from './sales.service';
import { ActivityReportService } from './activity-report.service';
import { ForecastService } from './forecast.service';
import { AutomationReportService } from './automation-report.service';

@Module({
  imports: [RulesModule],
  providers: [
    FunnelService,
    SalesService,
    ActivityReportService,
    ForecastService,
    AutomationReportService,
    ReportFiltersCheck,
  ],
  exports: [
    FunnelService,
    SalesService,
    ActivityReportService,
    ForecastService,
    AutomationReportService,
    ReportFiltersCheck,
  ],
})
export class ReportsModule {}
