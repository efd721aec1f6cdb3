import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_smoke_ping } from './Migration20261128000000_smoke_ping';
import { Migration20261128010000_rule_set_version } from './Migration20261128010000_rule_set_version';
import { Migration20261128020000_users } from './Migration20261128020000_users';
import { Migration20261128030000_companies_contacts } from './Migration20261128030000_companies_contacts';
import { Migration20261128040000_products_documents } from './Migration20261128040000_products_documents';
import { Migration20261128050000_deals } from './Migration20261128050000_deals';
import { Migration20261128060000_activities } from './Migration20261128060000_activities';
import { Migration20261128070000_leads } from './Migration20261128070000_leads';
import { Migration20261128080000_list_indexes } from './Migration20261128080000_list_indexes';
import { Migration20261128090000_payments } from './Migration20261128090000_payments';
import { Migration20261128100000_automation } from './Migration20261128100000_automation';
import { Migration20261129000000_drop_smoke_ping } from './Migration20261129000000_drop_smoke_ping';
import { Migration20261203100000_sign_in } from './Migration20261203100000_sign_in';
import { Migration20261203110000_live_changes } from './Migration20261203110000_live_changes';
import { Migration20261203120000_idempotency } from './Migration20261203120000_idempotency';
import { Migration20261203160000_pending_automation } from './Migration20261203160000_pending_automation';
import { Migration20261203170000_record_input_log } from './Migration20261203170000_record_input_log';
import { Migration20261203190000_timeline_comments } from './Migration20261203190000_timeline_comments';
import { Migration20261203200000_webhooks } from './Migration20261203200000_webhooks';
import { Migration20261203210000_rules_migration_index } from './Migration20261203210000_rules_migration_index';
import { Migration20261203220000_report_counters } from './Migration20261203220000_report_counters';
import { Migration20261203230000_activity_rollup } from './Migration20261203230000_activity_rollup';
import { Migration20261204010000_lead_sources } from './Migration20261204010000_lead_sources';
import { Migration20261204020000_rules_migrations } from './Migration20261204020000_rules_migrations';
import { Migration20261204030000_loss_reasons } from './Migration20261204030000_loss_reasons';
import { Migration20261204040000_invoice_lifecycle } from './Migration20261204040000_invoice_lifecycle';
import { Migration20261204050000_duplicates } from './Migration20261204050000_duplicates';
import { Migration20261204060000_deal_products } from './Migration20261204060000_deal_products';
import { Migration20261204070000_migration_pace } from './Migration20261204070000_migration_pace';
import { Migration20261204080000_custom_fields } from './Migration20261204080000_custom_fields';
import { Migration20261204090000_record_imports } from './Migration20261204090000_record_imports';
import { Migration20261204100000_web_forms } from './Migration20261204100000_web_forms';
import { Migration20261204110000_activity_reminders } from './Migration20261204110000_activity_reminders';
import { Migration20261204120000_stage_facts } from './Migration20261204120000_stage_facts';
import { Migration20261204120100_record_plans } from './Migration20261204120100_record_plans';
import { Migration20261204120200_open_record_indexes } from './Migration20261204120200_open_record_indexes';
import { Migration20261204130000_sales_rollup } from './Migration20261204130000_sales_rollup';
import { Migration20261204140000_automation_facts } from './Migration20261204140000_automation_facts';
import { Migration20261204160000_deal_board_totals_index } from './Migration20261204160000_deal_board_totals_index';
import { Migration20261205090000_change_feed_commit_order } from './Migration20261205090000_change_feed_commit_order';
import { Migration20261205091000_automation_rollup_drop_empty } from './Migration20261205091000_automation_rollup_drop_empty';
import { Migration20261205100000_stage_reach_rollup } from './Migration20261205100000_stage_reach_rollup';

/**
 * Every migration, in order. A new file from `npm run migration:create` is
 * added here; a unit test fails while a migration file is missing from this list.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128000000_smoke_ping', class: Migration20261128000000_smoke_ping },
  {
    name: 'Migration20261128010000_rule_set_version',
    class: Migration20261128010000_rule_set_version,
  },
  { name: 'Migration20261128020000_users', class: Migration20261128020000_users },
  {
    name: 'Migration20261128030000_companies_contacts',
    class: Migration20261128030000_companies_contacts,
  },
  {
    name: 'Migration20261128040000_products_documents',
    class: Migration20261128040000_products_documents,
  },
  { name: 'Migration20261128050000_deals', class: Migration20261128050000_deals },
  { name: 'Migration20261128060000_activities', class: Migration20261128060000_activities },
  { name: 'Migration20261128070000_leads', class: Migration20261128070000_leads },
  { name: 'Migration20261128080000_list_indexes', class: Migration20261128080000_list_indexes },
  { name: 'Migration20261128090000_payments', class: Migration20261128090000_payments },
  { name: 'Migration20261128100000_automation', class: Migration20261128100000_automation },
  {
    name: 'Migration20261129000000_drop_smoke_ping',
    class: Migration20261129000000_drop_smoke_ping,
  },
  { name: 'Migration20261203100000_sign_in', class: Migration20261203100000_sign_in },
  {
    name: 'Migration20261203110000_live_changes',
    class: Migration20261203110000_live_changes,
  },
  { name: 'Migration20261203120000_idempotency', class: Migration20261203120000_idempotency },
  {
    name: 'Migration20261203160000_pending_automation',
    class: Migration20261203160000_pending_automation,
  },
  {
    name: 'Migration20261203170000_record_input_log',
    class: Migration20261203170000_record_input_log,
  },
  {
    name: 'Migration20261203190000_timeline_comments',
    class: Migration20261203190000_timeline_comments,
  },
  { name: 'Migration20261203200000_webhooks', class: Migration20261203200000_webhooks },
  {
    name: 'Migration20261203210000_rules_migration_index',
    class: Migration20261203210000_rules_migration_index,
  },
  {
    name: 'Migration20261203220000_report_counters',
    class: Migration20261203220000_report_counters,
  },
  {
    name: 'Migration20261203230000_activity_rollup',
    class: Migration20261203230000_activity_rollup,
  },
  { name: 'Migration20261204010000_lead_sources', class: Migration20261204010000_lead_sources },
  {
    name: 'Migration20261204020000_rules_migrations',
    class: Migration20261204020000_rules_migrations,
  },
  { name: 'Migration20261204030000_loss_reasons', class: Migration20261204030000_loss_reasons },
  {
    name: 'Migration20261204040000_invoice_lifecycle',
    class: Migration20261204040000_invoice_lifecycle,
  },
  { name: 'Migration20261204050000_duplicates', class: Migration20261204050000_duplicates },
  { name: 'Migration20261204060000_deal_products', class: Migration20261204060000_deal_products },
  {
    name: 'Migration20261204070000_migration_pace',
    class: Migration20261204070000_migration_pace,
  },
  { name: 'Migration20261204080000_custom_fields', class: Migration20261204080000_custom_fields },
  { name: 'Migration20261204090000_record_imports', class: Migration20261204090000_record_imports },
  { name: 'Migration20261204100000_web_forms', class: Migration20261204100000_web_forms },
  {
    name: 'Migration20261204110000_activity_reminders',
    class: Migration20261204110000_activity_reminders,
  },
  { name: 'Migration20261204120000_stage_facts', class: Migration20261204120000_stage_facts },
  { name: 'Migration20261204120100_record_plans', class: Migration20261204120100_record_plans },
  {
    name: 'Migration20261204120200_open_record_indexes',
    class: Migration20261204120200_open_record_indexes,
  },
  { name: 'Migration20261204130000_sales_rollup', class: Migration20261204130000_sales_rollup },
  {
    name: 'Migration20261204140000_automation_facts',
    class: Migration20261204140000_automation_facts,
  },
  {
    name: 'Migration20261204160000_deal_board_totals_index',
    class: Migration20261204160000_deal_board_totals_index,
  },
  {
    name: 'Migration20261205090000_change_feed_commit_order',
    class: Migration20261205090000_change_feed_commit_order,
  },
  {
    name: 'Migration20261205091000_automation_rollup_drop_empty',
    class: Migration20261205091000_automation_rollup_drop_empty,
  },
  {
    name: 'Migration20261205100000_stage_reach_rollup',
    class: Migration20261205100000_stage_reach_rollup,
  },
];
