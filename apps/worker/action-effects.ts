import { MikroORM } from '@mikro-orm/postgresql';
import { type ModuleRef } from '@nestjs/core';
import { AutomationClient } from '../../libs/automation/client/automation-client';
import { DocumentEffects } from '../../libs/automation/effects/document.effects';
import { RecordEffects } from '../../libs/automation/effects/record.effects';
import { RuleMailer } from '../../libs/automation/effects/rule-mailer';
import { recordOf, snapshotOf } from '../../libs/automation/effects/records-by-kind';
import { ActivitiesService } from '../../libs/crm/activities/activities.service';
import { LeadConversionService } from '../../libs/crm/leads/lead-conversion.service';
import { WebhooksService } from '../../libs/crm/webhooks/webhooks.service';
import { assignEffects } from '../../libs/rules/actions/assign/assign.effect';
import { convertEffects } from '../../libs/rules/actions/convert/convert.effect';
import { createActivityEffects } from '../../libs/rules/actions/create-activity/create-activity.effect';
import { issueInvoiceEffects } from '../../libs/rules/actions/issue-invoice/issue-invoice.effect';
import { notifyEffects } from '../../libs/rules/actions/notify/notify.effect';
import { postWebhookEffects } from '../../libs/rules/actions/post-webhook/post-webhook.effect';
import { sendEmailEffects } from '../../libs/rules/actions/send-email/send-email.effect';
import { sendQuoteEffects } from '../../libs/rules/actions/send-quote/send-quote.effect';
import { setFieldEffects } from '../../libs/rules/actions/set-field/set-field.effect';

/**
 * The effects of the actions (libs/rules/actions/<action>/<action>.effect.ts), each given the
 * services it needs (its ports) from the Nest container: one entry per action.
 */
export function actionEffects(moduleRef: ModuleRef): object[] {
  const get = <T>(type: new (...args: never[]) => T): T => moduleRef.get(type, { strict: false });
  const orm = get(MikroORM);
  const mailer = get(RuleMailer);
  const records = get(RecordEffects);
  const documents = get(DocumentEffects);
  return [
    createActivityEffects({ records }),
    sendQuoteEffects({ documents }),
    issueInvoiceEffects({ documents }),
    assignEffects({ records }),
    setFieldEffects({ records }),
    convertEffects({ leads: get(LeadConversionService), automation: get(AutomationClient) }),
    sendEmailEffects({ mailer }),
    notifyEffects({
      mailer,
      automatedActivity: (key) => get(ActivitiesService).findAutomated(orm.em.fork(), key),
    }),
    postWebhookEffects({
      snapshot: async (kind, id) => snapshotOf(await recordOf(orm.em.fork(), kind, id)),
      webhooks: get(WebhooksService),
    }),
  ];
}
