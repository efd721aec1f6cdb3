import { Activity } from '../crm/activities/activity.entity';
import { Company } from '../crm/companies/company.entity';
import { Contact } from '../crm/contacts/contact.entity';
import { ContactPoints } from '../crm/contact-points/contact-points.embeddable';
import { Deal } from '../crm/deals/deal.entity';
import { DocumentCounter } from '../crm/documents/document-counter.entity';
import { StageChange } from '../crm/stages/stage-change.entity';
import { Lead } from '../crm/leads/lead.entity';
import { Invoice, InvoiceRow } from '../crm/documents/invoice.entity';
import { Payment } from '../crm/payments/payment.entity';
import { EffectRun } from '../automation/effects/effect-run.entity';
import { RoundRobinTurn } from '../crm/users/round-robin-turn.entity';
import { OutboundEmail } from '../mail/outbound-email.entity';
import { Quote, QuoteRow } from '../crm/documents/quote.entity';
import { Product } from '../crm/products/product.entity';
import { DealProduct } from '../crm/deal-products/deal-product.entity';
import { QuoteTemplate } from '../crm/quote-templates/quote-template.entity';
import { LeadSource } from '../crm/lead-sources/lead-source.entity';
import { CustomField } from '../crm/custom-fields/custom-field.entity';
import { ApiKey } from '../crm/users/api-key.entity';
import { SignInThrottle } from '../crm/auth/sign-in-throttle.entity';
import { UserSession } from '../crm/auth/user-session.entity';
import { Team } from '../crm/users/team.entity';
import { User } from '../crm/users/user.entity';
import { RuleSetVersion } from '../rules/publishing/rule-set-version.entity';
import { ChangeFeedEntry } from './change-feed.entity';
import { IdempotentRequest } from '../idempotency/idempotent-request.entity';
import { PendingAutomation } from '../crm/upcoming/pending-automation.entity';
import { ActivityRollup } from '../crm/reports/activity-rollup.entity';
import { AutomationFact, AutomationRollup } from '../crm/reports/automation-fact.entity';
import { StageReach, StageReachRollup, StageStay } from '../crm/stages/stage-facts.entity';
import { RecordPlan } from '../crm/reports/record-plan.entity';
import { SalesRollup } from '../crm/reports/sales-rollup.entity';
import { RecordInputEntry } from '../automation/input-log/record-input.entity';
import {
  RulesMigration,
  RulesMigrationRecord,
} from '../crm/rules-migrations/rules-migration.entity';
import { Comment } from '../crm/comments/comment.entity';
import { RecordImport, RecordImportRow } from '../crm/imports/record-import.entity';
import { WebhookAttempt, WebhookDelivery } from '../crm/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../crm/webhooks/webhook-endpoint.entity';
import { WebForm } from '../crm/web-forms/web-form.entity';

/**
 * Every entity of the schema (and the embeddable ContactPoints, whose columns are its records'). The ORM, the migration generator and the
 * schema-drift test read this one list.
 */
export const ALL_ENTITIES = [
  RuleSetVersion,
  Team,
  User,
  ApiKey,
  UserSession,
  SignInThrottle,
  ContactPoints,
  Company,
  Contact,
  Product,
  Quote,
  QuoteRow,
  Invoice,
  InvoiceRow,
  Payment,
  EffectRun,
  RoundRobinTurn,
  OutboundEmail,
  DocumentCounter,
  Deal,
  StageChange,
  Activity,
  Lead,
  LeadSource,
  ChangeFeedEntry,
  IdempotentRequest,
  PendingAutomation,
  RecordInputEntry,
  RulesMigration,
  RulesMigrationRecord,
  Comment,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  ActivityRollup,
  AutomationFact,
  AutomationRollup,
  StageReach,
  StageReachRollup,
  StageStay,
  RecordPlan,
  SalesRollup,
  DealProduct,
  QuoteTemplate,
  CustomField,
  WebForm,
  RecordImport,
  RecordImportRow,
];
