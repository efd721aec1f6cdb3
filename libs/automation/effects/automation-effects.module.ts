import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DocumentsModule } from '../../crm/documents/documents.module';
import { LeadsModule } from '../../crm/leads/leads.module';
import { MailModule } from '../../mail/mail.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { AutomationModule } from '../client/automation.module';
import { AutomationEffects } from './automation.effects';
import { AutomationReconciler } from './automation-reconciler';
import { EffectRun } from './effect-run.entity';

/** The worker's side: the effects of the lead and deal workflows, and the reconciler. */
@Module({
  imports: [
    MikroOrmModule.forFeature([EffectRun]),
    AutomationModule,
    RulesModule,
    MailModule,
    DocumentsModule,
    LeadsModule,
  ],
  providers: [AutomationEffects, AutomationReconciler],
  exports: [AutomationEffects],
})
export class AutomationEffectsModule {}
