import { Module, type Type } from '@nestjs/common';
import { ActivitiesModule } from '../../crm/activities/activities.module';
import { DealsModule } from '../../crm/deals/deals.module';
import { DocumentsModule } from '../../crm/documents/documents.module';
import { LeadsModule } from '../../crm/leads/leads.module';
import { QuoteTemplatesModule } from '../../crm/quote-templates/quote-templates.module';
import { StagesModule } from '../../crm/stages/stages.module';
import { UpcomingModule } from '../../crm/upcoming/upcoming.module';
import { UsersModule } from '../../crm/users/users.module';
import { MailModule } from '../../mail/mail.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { AutomationModule } from '../client/automation.module';
import { InputLogModule } from '../input-log/input-log.module';
import { type EffectGroup, type EffectGroups } from '../contract/effects.contract';
import { ActivityReminderEffects } from './activity-reminder.effects';
import { AutomationReconciler } from './automation-reconciler';
import { DocumentEffects } from './document.effects';
import { EffectLedger } from './effect-ledger';
import { RecordEffects } from './record.effects';
import { RuleMailer } from './rule-mailer';
import { RulesMigrationEffects } from './rules-migration.effects';
import { RecordImportEffects } from './record-import.effects';
import { ImportsModule } from '../../crm/imports/imports.module';

/** The service that carries out each group of effects of the contract. */
export const EFFECT_SERVICES: { [G in EffectGroup]: Type<EffectGroups[G]> } = {
  records: RecordEffects,
  documents: DocumentEffects,
  migrations: RulesMigrationEffects,
  reminders: ActivityReminderEffects,
  imports: RecordImportEffects,
};

/** The worker's side: the effects of the lead and deal workflows, and the reconciler. */
@Module({
  imports: [
    AutomationModule,
    RulesModule,
    MailModule,
    UsersModule,
    StagesModule,
    ActivitiesModule,
    DealsModule,
    DocumentsModule,
    QuoteTemplatesModule,
    LeadsModule,
    UpcomingModule,
    InputLogModule,
    ImportsModule,
  ],
  providers: [EffectLedger, RuleMailer, ...Object.values(EFFECT_SERVICES), AutomationReconciler],
  // The action plug-ins' effects use these (their ports, given by apps/worker/action-effects.ts).
  exports: [
    ...Object.values(EFFECT_SERVICES),
    RuleMailer,
    ActivitiesModule,
    LeadsModule,
    AutomationModule,
  ],
})
export class AutomationEffectsModule {}
