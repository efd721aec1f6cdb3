import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { RulesMigrationsService } from './rules-migrations.service';

/** Bulk migrations of live records to another rules version (the API's side). */
@Module({
  imports: [AutomationModule, RulesModule],
  providers: [RulesMigrationsService],
  exports: [RulesMigrationsService],
})
export class RulesMigrationsModule {}
