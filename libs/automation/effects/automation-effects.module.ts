import { Module, type Type } from '@nestjs/common';
import { ActivitiesModule } from '../../crm/activities/activities.module';
import { DealsModule } from '../../crm/deals/deals.module';
import { DocumentsModule } from '../../crm/documents/documents.module';
import { LeadsModule } from '../../crm/leads/leads.module';
import { StagesModule } from '../../crm/stages/stages.module';
import { UsersModule } from '../../crm/users/users.module';
import { MailModule } from '../../mail/mail.module';
import { RulesModule } from '../../rules/publishing/rules.module';
import { AutomationModule } from '../client/automation.module';
import { type EffectGroup, type EffectGroups } from '../contract/effects.contract';
import { AutomationReconciler } from './automation-reconciler';
import { DocumentEffects } from './document.effects';
import { EffectLedger } from './effect-ledger';
import { LeadEffects } from './lead.effects';
import { MailEffects } from './mail.effects';
import { RecordEffects } from './record.effects';
import { RuleMailer } from './rule-mailer';

/** The service that carries out each group of effects of the contract. */
export const EFFECT_SERVICES: { [G in EffectGroup]: Type<EffectGroups[G]> } = {
  records: RecordEffects,
  mail: MailEffects,
  documents: DocumentEffects,
  leads: LeadEffects,
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
    LeadsModule,
  ],
  providers: [EffectLedger, RuleMailer, ...Object.values(EFFECT_SERVICES), AutomationReconciler],
  exports: [...Object.values(EFFECT_SERVICES)],
})
export class AutomationEffectsModule {}
