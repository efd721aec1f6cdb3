import { type EntityManager } from '@mikro-orm/postgresql';
import { shippedTeamNames } from '../../rules/publishing/rule-teams';
import { hashApiKey } from '../users/api-keys.service';
import { demoUuid } from './demo-ids';
import { historySql } from './seed-histories';

export interface SeedOptions {
  deals: number;
  /** Activities per deal on average (500,000 activities for 100,000 deals by default). */
  activitiesPerDeal: number;
  /** Managers per team. */
  managersPerTeam: number;
  /**
   * The teams, by name: by default those the shipped rules assign to in turn (`inbound`,
   * `services-team`), so that their round robin has members. Made if missing.
   */
  teams?: string[];
}

export interface SeedResult {
  teams: number;
  users: number;
  companies: number;
  contacts: number;
  leads: number;
  deals: number;
  activities: number;
  products: number;
  /** API keys of the demo users, by email: `vk_demo_<role>_<n>`. */
  keys: Record<string, string>;
  seconds: number;
}

const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Dana',
  'Emil',
  'Fatima',
  'Gleb',
  'Hana',
  'Ivan',
  'Julia',
  'Karim',
  'Lena',
  'Marco',
  'Nina',
  'Oleg',
  'Priya',
];
const LAST = [
  'Ivanova',
  'Schmidt',
  'Li',
  'Kowalski',
  'Novak',
  'Haddad',
  'Petrov',
  'Sato',
  'Rossi',
  'Berg',
  'Dubois',
  'Costa',
  'Singh',
  'Larsen',
  'Popescu',
  'Moreau',
];
const COMPANY = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Massive',
  'Nakatomi',
  'Oscorp',
  'Wonka',
  'Aperture',
];
const SUFFIX = ['GmbH', 'LLC', 'Ltd', 'AB', 'SA', 'Inc', 'BV', 'Oy'];
const INDUSTRY = [
  'Manufacturing',
  'Retail',
  'Logistics',
  'Finance',
  'Healthcare',
  'Education',
  'Software',
  'Energy',
];
const B2B_STAGES = ['new', 'qualification', 'quote', 'negotiation', 'invoice', 'won', 'lost'];
const SERVICES_STAGES = ['request', 'proposal', 'contract', 'signed', 'lost'];
const LOSS_REASONS = ['no_response', 'price', 'competitor', 'no_budget', 'other'];
const LEAD_STATUSES = ['new', 'in_progress', 'qualified', 'converted', 'junk'];
const SOURCES = ['web', 'partner', 'referral', 'fair', 'cold_call'];

const sqlArray = (values: string[]) =>
  `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Fills a migrated database with demo data: teams and users (with API keys),
 * companies, contacts, leads, deals across the stages of both shipped
 * pipelines, products and activities. Bulk rows are made by PostgreSQL itself
 * (INSERT … SELECT over generate_series), deterministic, so a benchmark run
 * is repeatable. Ids are md5-derived from a kind and a number (demoUuid).
 */
export async function seedDemo(em: EntityManager, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const exec = (sql: string, params: unknown[] = []) =>
    em.getConnection().execute(sql, params, 'run');
  const id = (kind: string, n: string) => demoUuid(`'${kind}-' || ${n}`);
  const now = `timestamptz '${new Date().toISOString()}'`;

  const shipped = shippedTeamNames();
  const teamNames = options.teams ?? (shipped.length > 0 ? shipped : ['Sales']);
  const teams = teamNames.length;
  const managers = teams * options.managersPerTeam;
  // Teams by name: the first start may have made them already (with ids of its own).
  const teamId = (t: number) =>
    `(select id from team where name = '${teamNames[t - 1].replace(/'/g, "''")}')`;
  const keys: Record<string, string> = {};
  const userRows: string[] = [];
  const keyRows: string[] = [];
  const addUser = (n: number, name: string, role: string, team: number | null) => {
    const email = `${role}.${n}@demo.voronka`;
    const key = `vk_demo_${role}_${String(n).padStart(3, '0')}_key_for_local_use_only`;
    keys[email] = key;
    userRows.push(
      `(${id('user', `'${n}'`)}, '${name}', '${email}', '${role}', ${team === null ? 'null' : teamId(team)}, true, ${now}, ${now}, 1)`,
    );
    keyRows.push(
      `(${id('key', `'${n}'`)}, ${id('user', `'${n}'`)}, 'demo', '${key.slice(0, 10)}', '${hashApiKey(key)}', ${now}, null)`,
    );
  };
  addUser(1, 'Ada Admin', 'admin', null);
  addUser(2, 'Sasha Salesops', 'salesops', null);
  // The bank feed the demo's payments came through (POST /api/v1/payments/webhook's caller).
  addUser(9, 'Bank feed', 'integration', null);
  for (let t = 1; t <= teams; t++) addUser(2 + t, `Head of ${teamNames[t - 1]}`, 'head', t);
  for (let m = 0; m < managers; m++) {
    addUser(
      10 + m,
      `${FIRST[m % FIRST.length]} ${LAST[(m * 7) % LAST.length]}`,
      'manager',
      1 + (m % teams),
    );
  }
  const managerIds = (n: string) => demoUuid(`'user-' || (10 + ((${n}) % ${managers}))`);

  await em.transactional(async (tx) => {
    const run = (sql: string) =>
      tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
    await run(
      `insert into team (id, name, created_at) select ${id('team', 'name')}, name, ${now} from unnest(${sqlArray(teamNames)}) name on conflict do nothing`,
    );
    await run(
      `insert into crm_user (id, name, email, role, team_id, active, created_at, updated_at, version) values ${userRows.join(',')} on conflict do nothing`,
    );
    await run(
      `insert into api_key (id, user_id, name, prefix, hash, created_at, revoked_at) values ${keyRows.join(',')} on conflict do nothing`,
    );
    await run(
      `insert into product (id, name, sku, description, price, currency, tax_rate, tax_included, unit, created_at, updated_at, version)
       select ${id('product', 'p::text')}, (${sqlArray(['CRM licence', 'Onboarding', 'Support plan', 'Training day', 'Integration', 'Consulting hour'])})[1 + p % 6] || ' ' || p,
              'DEMO-' || p, null, (100 + p * 25)::numeric, case when p % 3 = 0 then 'EUR' else 'USD' end, 20, false, 'pcs', ${now}, ${now}, 1
       from generate_series(1, 12) p on conflict do nothing`,
    );
  });

  const companies = Math.max(10, Math.ceil(options.deals / 4));
  const contacts = companies * 2;
  const leads = Math.max(10, Math.ceil(options.deals / 2));
  const activities = Math.round(options.deals * options.activitiesPerDeal);

  await exec(
    `insert into company (id, responsible_id, created_at, updated_at, archived_at, version, name, industry, country, email, email_normalized, phone, phone_normalized, website, address, name_normalized)
     select ${id('company', 'c::text')}, ${managerIds('c')}, ${now} - (c % 365) * interval '1 day', ${now}, null, 1,
            (${sqlArray(COMPANY)})[1 + c % ${COMPANY.length}] || ' ' || c || ' ' || (${sqlArray(SUFFIX)})[1 + c % ${SUFFIX.length}],
            (${sqlArray(INDUSTRY)})[1 + c % ${INDUSTRY.length}], (${sqlArray(['DE', 'US', 'SE', 'FR', 'GB', 'PL'])})[1 + c % 6],
            'info' || c || '@company.demo', 'info' || c || '@company.demo', '+1555' || lpad(c::text, 7, '0'), '+1555' || lpad(c::text, 7, '0'), null, null,
            -- normalizeCompanyName of the name: the suffixes are legal forms, the rest letters and digits.
            lower(regexp_replace((${sqlArray(COMPANY)})[1 + c % ${COMPANY.length}], '[^[:alnum:]]', '', 'g')) || c
     from generate_series(1, ${companies}) c on conflict do nothing`,
  );
  await exec(
    `insert into contact (id, responsible_id, created_at, updated_at, archived_at, version, first_name, last_name, position, email, email_normalized, phone, phone_normalized)
     select ${id('contact', 'k::text')}, ${managerIds('k / 2')}, ${now} - (k % 365) * interval '1 day', ${now}, null, 1,
            (${sqlArray(FIRST)})[1 + k % ${FIRST.length}], (${sqlArray(LAST)})[1 + (k / ${FIRST.length}) % ${LAST.length}], null,
            'person' || k || '@people.demo', 'person' || k || '@people.demo', '+1666' || lpad(k::text, 7, '0'), '+1666' || lpad(k::text, 7, '0')
     from generate_series(1, ${contacts}) k on conflict do nothing`,
  );
  await exec(
    `insert into contact_company (contact_id, company_id)
     select ${id('contact', 'k::text')}, ${id('company', `(1 + (k - 1) / 2)::text`)} from generate_series(1, ${contacts}) k on conflict do nothing`,
  );
  // Leads and deals name their source from the catalogue (the first start fills it with these
  // too; a database whose catalogue lost one gets it back).
  await exec(
    `insert into lead_source (id, code, name, active, created_at, updated_at, version)
     select gen_random_uuid(), code, code, true, ${now}, ${now}, 1 from unnest(${sqlArray(SOURCES)}) code
     on conflict (code) do nothing`,
  );
  await exec(
    `insert into lead (id, responsible_id, created_at, updated_at, archived_at, version, title, name, email, email_normalized, phone, phone_normalized, company_name, source, rule_set_id, rules_version, status, outcome, custom)
     select ${id('lead', 'l::text')}, ${managerIds('l')}, ${now} - (l % 90) * interval '1 day', ${now}, null, 1,
            'Request #' || l, (${sqlArray(FIRST)})[1 + l % ${FIRST.length}] || ' ' || (${sqlArray(LAST)})[1 + l % ${LAST.length}],
            'lead' || l || '@leads.demo', 'lead' || l || '@leads.demo', null, null, 'Prospect ' || l, (${sqlArray(SOURCES)})[1 + l % ${SOURCES.length}],
            'leads', 1, (${sqlArray(LEAD_STATUSES)})[1 + l % ${LEAD_STATUSES.length}],
            case (${sqlArray(LEAD_STATUSES)})[1 + l % ${LEAD_STATUSES.length}] when 'converted' then 'converted' when 'junk' then 'junk' else 'open' end, '{}'::jsonb
     from generate_series(1, ${leads}) l on conflict do nothing`,
  );
  // Two deals in three are B2B (USD), one in three services (EUR); their amounts are set by hand
  // (they have no product rows).
  await exec(
    `insert into deal (id, responsible_id, created_at, updated_at, archived_at, version, title, pipeline_id, rules_version, stage, outcome, amount, amount_manual, currency, probability, expected_close_date, source, contact_id, company_id, source_lead_id, custom, closed_at, won_amount, loss_reason)
     select ${id('deal', 'd::text')}, ${managerIds('d')}, ${now} - (d % 720) * interval '12 hours', ${now} - (d % 100) * interval '1 hour', null, 1,
            (${sqlArray(COMPANY)})[1 + d % ${COMPANY.length}] || ' deal ' || d, x.pipeline, 1, x.stage,
            case when x.stage in ('won', 'signed') then 'won' when x.stage = 'lost' then 'lost' else 'open' end,
            (500 + (d * 37) % 50000)::numeric, true, x.currency, (d * 13) % 101,
            case when x.stage not in ('won', 'signed', 'lost') and d % 7 <> 0
                 then (${now} + ((d * 11) % 150 - 20) * interval '1 day')::date end,
            (${sqlArray(SOURCES)})[1 + d % ${SOURCES.length}],
            ${id('contact', `(1 + d % ${contacts})::text`)}, ${id('company', `(1 + d % ${companies})::text`)}, null, '{}'::jsonb,
            case when x.stage in ('won', 'signed', 'lost')
                 then least(${now}, ${now} - (d % 720) * interval '12 hours' + (1 + (d * 7) % 90) * interval '1 day') end,
            null,
            -- Lost deals say why (reasons both shipped pipelines name): the report by loss reason.
            case when x.stage = 'lost' then (${sqlArray(LOSS_REASONS)})[1 + (d / 7) % ${LOSS_REASONS.length}] end
     from generate_series(1, ${options.deals}) d
     cross join lateral (select case when d % 3 = 0 then 'services' else 'b2b' end as pipeline,
                                case when d % 3 = 0 then 'EUR' else 'USD' end as currency,
                                case when d % 3 = 0 then (${sqlArray(SERVICES_STAGES)})[1 + (d / 3) % ${SERVICES_STAGES.length}]
                                     else (${sqlArray(B2B_STAGES)})[1 + d % ${B2B_STAGES.length}] end as stage) x
     on conflict do nothing`,
  );
  await exec(
    `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, by_id, cause, rule_set_id, rules_version)
     select ${id('change', 'd::text')}, 'deal', ${id('deal', 'd::text')}, null, case when d % 3 = 0 then 'request' else 'new' end,
            ${now} - (d % 720) * interval '12 hours', ${managerIds('d')}, 'created', case when d % 3 = 0 then 'services' else 'b2b' end, 1
     from generate_series(1, ${options.deals}) d on conflict do nothing`,
  );
  // Activities due over the past year and the month ahead, created up to two weeks before:
  // the past ones done (on time or a day late) or cancelled, the last fortnight's partly overdue;
  // one in three created by the rules (an automation key).
  await exec(
    `insert into activity (id, responsible_id, created_at, updated_at, archived_at, version, type, subject, description, due_at, duration_minutes, meeting_mode, status, outcome, completed_at, deal_id, contact_id, company_id, automation_key)
     select ${id('activity', 'a::text')}, ${managerIds(`a % ${options.deals}`)}, t.due - (1 + a % 14) * interval '1 day', ${now}, null, 1,
            (${sqlArray(['call', 'email', 'meeting', 'task', 'call'])})[1 + a % 5], 'Follow-up #' || a, null,
            t.due, 30, null, s.status, null,
            case when s.status = 'done' then least(${now}, t.due + ((a * 31) % 2880 - 1440) * interval '1 minute') end,
            ${id('deal', `(1 + a % ${options.deals})::text`)}, null, null,
            case when a % 3 = 0 then 'deal-' || ${id('deal', `(1 + a % ${options.deals})::text`)} || '/seed#' || a end
     from generate_series(1, ${activities}) a
     cross join lateral (select ${now} + ((a::bigint * 7919) % 525600 - 480000) * interval '1 minute' as due) t
     cross join lateral (select case when t.due > ${now} then 'planned'
                                     when t.due > ${now} - interval '14 days' and a % 4 = 0 then 'planned'
                                     when a % 20 = 1 then 'cancelled'
                                     else 'done' end as status) s
     on conflict do nothing`,
  );
  // The histories' statements fire the report facts' triggers over every record at once: with
  // the statistics of the empty tables the planner loops over 100,000 deals in nested loops (the
  // seed of 100,000 deals ran for over ten minutes); with these, in seconds.
  await exec('analyze');
  for (const sql of historySql(now, id('user', `'9'`))) await exec(sql);
  // Statistics for the planner, and the visibility map that lets counts use index-only scans.
  // (VACUUM cannot run inside a transaction; PGlite and PostgreSQL both take it here.)
  await exec('vacuum analyze');
  return {
    teams,
    users: userRows.length,
    companies,
    contacts,
    leads,
    deals: options.deals,
    activities,
    products: 12,
    keys,
    seconds: (Date.now() - started) / 1000,
  };
}
