import { Module } from '@nestjs/common';
import { ImpactModule } from '../../../libs/automation/impact/impact.module';
import { RulesMigrationsModule } from '../../../libs/crm/rules-migrations/rules-migrations.module';
import { RulesModule } from '../../../libs/rules/publishing/rules.module';
import { RulesMigrationsController } from './rules-migrations.controller';
import { RulesImpactController } from './rules-impact.controller';
import { RulesController } from './rules.controller';

@Module({
  imports: [RulesModule, ImpactModule, RulesMigrationsModule],
  controllers: [RulesController, RulesImpactController, RulesMigrationsController],
})
export class RulesApiModule {}
