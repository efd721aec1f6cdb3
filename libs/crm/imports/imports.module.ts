import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { StagesModule } from '../stages/stages.module';
import { ImportWriter } from './import-writer.service';
import { RecordImportsService } from './record-imports.service';

/** CSV imports of leads, contacts and companies: the API's side and the worker's writer. */
@Module({
  imports: [AutomationModule, RulesModule, StagesModule],
  providers: [RecordImportsService, ImportWriter],
  exports: [RecordImportsService, ImportWriter],
})
export class ImportsModule {}
