import { Migration } from '@mikro-orm/migrations';

/**
 * The automation report's facts (issue 13, speed): one row per action of the rules on a record
 * that the report counts (`automation_fact`: a follow-up created or done, an email, an escalation
 * firing, a quote or invoice, a stage move, a timer pending now), attributed to the rules version
 * the record ran at that instant and carrying the record's scope now (its rule set, responsible,
 * source), and their counts per UTC day (`automation_rollup`). The report reads the rollup's whole
 * days and the facts of the hours at the period's edges. The rule is the report's as it was over
 * the raw rows (docs/reports.md), computed here for a set of records (`voronka_automation_facts_of`).
 *
 * Kept by triggers in the transaction of every write: to the activities, emails, effect runs,
 * stage history and pending timers (each statement recomputes the facts of the records it
 * touched, after locking their rows so that two transactions writing for one record recompute one
 * after the other), to the records (a new one, a change of rule set, version, responsible, source
 * or archive state, a deletion) and to the rule sets (a published version recomputes the records
 * whose moves name it). Archived records have no facts. `npm run reports -- verify` recomputes them
 * and compares.
 */
export class Migration20261204140000_automation_facts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "automation_fact" (
      "record_type" varchar(8) not null, "record_id" uuid not null, "key" text not null,
      "figure" varchar(32) not null, "at" timestamptz null,
      "rule_set_id" varchar(64) not null, "rules_version" int not null,
      "pipeline_id" varchar(64) not null, "responsible_id" uuid not null, "source" varchar(100) null,
      constraint "automation_fact_pkey" primary key ("record_type", "record_id", "key"));`);
    this.addSql(
      `create index "automation_fact_at_index" on "automation_fact" ("at") where "at" is not null;`,
    );
    this.addSql(`create table "automation_rollup" (
      "id" bigserial primary key, "day" date null, "record_type" varchar(8) not null, "pipeline_id" varchar(64) not null,
      "rule_set_id" varchar(64) not null, "rules_version" int not null, "figure" varchar(32) not null,
      "responsible_id" uuid not null, "source" varchar(100) null, "count" int not null);`);
    this.addSql(
      `create unique index "automation_rollup_key_unique" on "automation_rollup" ("day", "record_type", "pipeline_id", "rule_set_id", "rules_version", "figure", "responsible_id", "source") nulls not distinct;`,
    );

    // The rows a delete emptied, found without reading the rollup (the triggers drop them).
    this.addSql(
      `create index "automation_rollup_empty_index" on "automation_rollup" ("figure") where "count" = 0;`,
    );
    // Where the sources find their record: the workflow id `deal-<uuid>` / `lead-<uuid>` that
    // starts an email's key and is an effect run's workflow id.
    this.addSql(
      `create index "outbound_email_workflow_record_index" on "outbound_email" (substring("key" from 6 for 36)) where "key" like 'deal-%' or "key" like 'lead-%';`,
    );
    this.addSql(
      `create index "effect_run_workflow_record_index" on "effect_run" (substring("workflow_id" from 6 for 36));`,
    );
    this.addSql(`create or replace function voronka_uuid_or_null(p text) returns uuid
language sql immutable as $$
  select case when p ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then p::uuid end
$$;`);

    // An action counts for the rules version its record ran when it happened: for a record that a
    // rules migration moved (a `rules v…` history row), its latest history row's at or before that
    // instant (time, id), else its version now. A follow-up done counts for the version that
    // created it; a move for the version its row names; an escalation once per firing, at its
    // first action (emails and effect runs alike).
    this.addSql(`create or replace function voronka_automation_facts_of(p_kind text, p_ids uuid[])
returns setof automation_fact language sql stable as $$
  with rec as (
    select d.id, d.pipeline_id::text as rule_set_id, d.rules_version, d.responsible_id, d.source,
           exists (select 1 from stage_change m where m.record_type = 'deal' and m.record_id = d.id and m.cause like 'rules v%') as migrated
      from deal d join unnest(p_ids) i(id) on i.id = d.id where p_kind = 'deal' and d.archived_at is null
    union all
    select l.id, l.rule_set_id::text, l.rules_version, l.responsible_id, l.source,
           exists (select 1 from stage_change m where m.record_type = 'lead' and m.record_id = l.id and m.cause like 'rules v%')
      from lead l join unnest(p_ids) i(id) on i.id = l.id where p_kind = 'lead' and l.archived_at is null),
  acts as (
    select rec.id as record_id, a.id, a.created_at, a.status, a.completed_at
      from rec join activity a on a.deal_id = rec.id
     where p_kind = 'deal' and a.automation_key is not null and a.archived_at is null
    union all
    select rec.id, a.id, a.created_at, a.status, a.completed_at
      from rec join activity a on a.lead_id = rec.id
     where p_kind = 'lead' and a.deal_id is null and a.automation_key is not null and a.archived_at is null),
  emails as (
    select rec.id as record_id, e.id, e.key, e.status, coalesce(e.sent_at, e.created_at) as at
      from rec join outbound_email e on substring(e.key from 6 for 36) = rec.id::text
     where (e.key like 'deal-%' or e.key like 'lead-%')),
  runs as (
    select rec.id as record_id, r.workflow_id, r.key, r.result, r.at
      from rec join effect_run r on substring(r.workflow_id from 6 for 36) = rec.id::text),
  firings as (
    select record_id, substring(key from '^(.*/overdue/[0-9]+)/') as firing, at
      from emails where key like '%/overdue/%'
    union all
    select record_id, workflow_id || '/' || substring(key from '^(.*/overdue/[0-9]+)/'), at
      from runs where key like '%/overdue/%'),
  -- key (unique per record), record, the instant counted, the instant its version is read at.
  actions as (
    select 'activity ' || id || ' created' as key, record_id, created_at as at, created_at as version_at,
           'followUpsCreated' as figure
      from acts
    union all
    select 'activity ' || id || ' done', record_id, completed_at, created_at, 'followUpsDone'
      from acts where status = 'done' and completed_at is not null
    union all
    select 'email ' || id, record_id, at, at,
           case when status = 'sent' then 'emailsSent' else 'emailsNotSent' end
      from emails
    union all
    select 'escalation ' || coalesce(firing, '-'), record_id, min(at), min(at), 'escalations'
      from firings group by record_id, firing
    union all
    select 'quote ' || workflow_id || ' ' || key, record_id, at, at,
           case when result ->> 'quoteId' is not null then 'quotesSent' else 'quotesNotSent' end
      from runs where jsonb_exists(result, 'quoteId')
    union all
    select 'invoice ' || workflow_id || ' ' || key, record_id, at, at, 'invoicesIssued'
      from runs where jsonb_exists(result, 'invoiceId'))
  select p_kind, x.record_id, x.key, x.figure, x.at,
         coalesce(v.rule_set_id, rec.rule_set_id), coalesce(v.rules_version, rec.rules_version),
         rec.rule_set_id, rec.responsible_id, rec.source
    from actions x join rec on rec.id = x.record_id
    left join lateral (
      select c.rule_set_id, c.rules_version from stage_change c
       where rec.migrated and c.record_type = p_kind and c.record_id = rec.id and c.at <= x.version_at
       order by c.at desc, c.id desc limit 1) v on true
  union all
  select p_kind, rec.id, 'move ' || c.id,
         case when c.cause like '% on %' then 'movesOnEvents'
              when c.cause like '%when_overdue%' then 'escalationMoves'
              when jsonb_exists(rv.content #> array['stages', (regexp_match(c.cause, 'stages\\[(\\d+)\\]'))[1],
                     'transitions', (regexp_match(c.cause, 'transitions\\[(\\d+)\\]'))[1]], 'after')
                then 'timedMoves'
              else 'conditionMoves' end,
         c.at, c.rule_set_id, c.rules_version, rec.rule_set_id, rec.responsible_id, rec.source
    from rec join stage_change c on c.record_type = p_kind and c.record_id = rec.id
    left join rule_set_version rv on rv.rule_set_id = c.rule_set_id and rv.version = c.rules_version
   where c.cause like 'rule %'
  union all
  select p_kind, rec.id, 'pending ' || p.timer_id,
         case p.timer_kind when 'transition' then 'pendingMoves'
                           when 'follow_up' then 'pendingFollowUps'
                           else 'pendingEscalations' end,
         null, rec.rule_set_id, rec.rules_version, rec.rule_set_id, rec.responsible_id, rec.source
    from rec join pending_automation p on p.record_id = rec.id and p.record_kind = p_kind
$$;`);

    this
      .addSql(`create or replace function voronka_refresh_automation_facts(p_kind text, p_ids uuid[])
returns void language plpgsql as $$
begin
  if coalesce(cardinality(p_ids), 0) = 0 then return; end if;
  -- One recomputation of a record at a time: its rows are read after the lock, so what a
  -- transaction that held it wrote (and committed) is seen.
  -- Only the records of this kind there are: a deleted one's facts went with it (its delete
  -- trigger), and an email's or effect run's record is looked for among deals and leads both.
  if p_kind = 'deal' then
    perform 1 from deal d join unnest(p_ids) i(id) on i.id = d.id order by d.id for no key update of d;
    p_ids := array(select d.id from deal d join unnest(p_ids) i(id) on i.id = d.id);
  else
    perform 1 from lead l join unnest(p_ids) i(id) on i.id = l.id order by l.id for no key update of l;
    p_ids := array(select l.id from lead l join unnest(p_ids) i(id) on i.id = l.id);
  end if;
  if cardinality(p_ids) = 0 then return; end if;
  delete from automation_fact f using unnest(p_ids) i(id) where f.record_type = p_kind and f.record_id = i.id;
  insert into automation_fact select * from voronka_automation_facts_of(p_kind, p_ids);
end $$;`);

    // Each source: the records its changed rows name (before and after), recomputed. `rows`
    // stands for the transition table; `pick` filters the rows that can count.
    const sources: {
      table: string;
      name: string;
      deals: string;
      leads: string;
      pick: string;
      changed: string[];
    }[] = [
      {
        table: 'activity',
        name: 'activity',
        deals: 'select deal_id from rows where deal_id is not null',
        leads: 'select lead_id from rows where deal_id is null and lead_id is not null',
        pick: 'automation_key is not null',
        changed: [
          'deal_id',
          'lead_id',
          'automation_key',
          'archived_at',
          'status',
          'created_at',
          'completed_at',
        ],
      },
      {
        table: 'outbound_email',
        name: 'email',
        deals: 'select voronka_uuid_or_null(substring(key from 6 for 36)) from rows',
        leads: 'select voronka_uuid_or_null(substring(key from 6 for 36)) from rows',
        pick: `(key like 'deal-%' or key like 'lead-%')`,
        changed: ['key', 'status', 'sent_at', 'created_at'],
      },
      {
        table: 'effect_run',
        name: 'effect',
        deals: 'select voronka_uuid_or_null(substring(workflow_id from 6 for 36)) from rows',
        leads: 'select voronka_uuid_or_null(substring(workflow_id from 6 for 36)) from rows',
        pick: `(key like '%/overdue/%' or jsonb_exists(result, 'quoteId') or jsonb_exists(result, 'invoiceId'))`,
        changed: ['workflow_id', 'key', 'result', 'at'],
      },
      {
        table: 'stage_change',
        name: 'history',
        deals: `select record_id from rows where record_type = 'deal'`,
        leads: `select record_id from rows where record_type = 'lead'`,
        pick: 'true',
        changed: ['record_type', 'record_id', 'at', 'cause', 'rule_set_id', 'rules_version'],
      },
      {
        table: 'pending_automation',
        name: 'pending',
        deals: `select record_id from rows where record_kind = 'deal'`,
        leads: `select record_id from rows where record_kind = 'lead'`,
        pick: 'true',
        changed: ['record_id', 'record_kind', 'timer_id', 'timer_kind'],
      },
    ];
    for (const s of sources) {
      const refresh = (rows: string) => {
        const picked = `(select * from ${rows} t where ${s.pick})`;
        const ids = (q: string) =>
          `array(select distinct x.id from (${q.replace('from rows', `from ${picked} r`)}) x(id) where x.id is not null)`;
        return `perform voronka_refresh_automation_facts('deal', ${ids(s.deals)});
  perform voronka_refresh_automation_facts('lead', ${ids(s.leads)});`;
      };
      // An update counts only where a column the facts read changed.
      const changedRows = (side: string) =>
        `(select ${side}.* from old_rows o join new_rows n on ${s.table === 'effect_run' ? 'o.workflow_id = n.workflow_id and o.key = n.key' : s.table === 'pending_automation' ? 'o.record_id = n.record_id and o.timer_id = n.timer_id' : 'o.id = n.id'}
           where ${s.changed.map((c) => `o.${c} is distinct from n.${c}`).join(' or ')})`;
      const bodies = {
        insert: refresh('new_rows'),
        delete: refresh('old_rows'),
        update: `${refresh(changedRows('o'))}\n  ${refresh(changedRows('n'))}`,
      };
      for (const [op, body] of Object.entries(bodies)) {
        this
          .addSql(`create or replace function voronka_automation_facts_${s.name}_${op}() returns trigger language plpgsql as $$
begin
  ${body}
  return null;
end $$;`);
        const referencing =
          op === 'insert'
            ? 'new table as new_rows'
            : op === 'delete'
              ? 'old table as old_rows'
              : 'old table as old_rows new table as new_rows';
        this.addSql(
          `create trigger "automation_facts_${op}" after ${op} on "${s.table}" referencing ${referencing} for each statement execute function voronka_automation_facts_${s.name}_${op}();`,
        );
      }
    }

    // The records: a new one (its actions may have been written first), a change of what the
    // facts read or copy, a deletion.
    for (const [kind, ruleSet] of [
      ['deal', 'pipeline_id'],
      ['lead', 'rule_set_id'],
    ] as const) {
      const columns = [ruleSet, 'rules_version', 'responsible_id', 'source', 'archived_at'];
      this
        .addSql(`create or replace function voronka_automation_facts_${kind}_insert() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_automation_facts('${kind}', array(select n.id from new_rows n));
  return null;
end $$;`);
      this.addSql(
        `create trigger "automation_facts_insert" after insert on "${kind}" referencing new table as new_rows for each statement execute function voronka_automation_facts_${kind}_insert();`,
      );
      this
        .addSql(`create or replace function voronka_automation_facts_${kind}_change() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_automation_facts('${kind}', array[new.id]);
  return null;
end $$;`);
      this.addSql(
        `create trigger "automation_facts_change" after update of ${columns.map((c) => `"${c}"`).join(', ')} on "${kind}" for each row when (${columns.map((c) => `old."${c}" is distinct from new."${c}"`).join(' or ')}) execute function voronka_automation_facts_${kind}_change();`,
      );
      this
        .addSql(`create or replace function voronka_automation_facts_${kind}_delete() returns trigger language plpgsql as $$
begin
  delete from automation_fact f using old_rows o where f.record_type = '${kind}' and f.record_id = o.id;
  return null;
end $$;`);
      this.addSql(
        `create trigger "automation_facts_delete" after delete on "${kind}" referencing old table as old_rows for each statement execute function voronka_automation_facts_${kind}_delete();`,
      );
    }

    // A published version classifies the moves that name it (timed or on a condition).
    this
      .addSql(`create or replace function voronka_automation_facts_publish() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_automation_facts('deal', array(select distinct c.record_id from stage_change c
     where c.record_type = 'deal' and c.rule_set_id = new.rule_set_id and c.rules_version = new.version and c.cause like 'rule %'));
  perform voronka_refresh_automation_facts('lead', array(select distinct c.record_id from stage_change c
     where c.record_type = 'lead' and c.rule_set_id = new.rule_set_id and c.rules_version = new.version and c.cause like 'rule %'));
  return null;
end $$;`);
    this.addSql(
      `create trigger "automation_facts_publish" after insert on "rule_set_version" for each row execute function voronka_automation_facts_publish();`,
    );

    // The rollup: the facts counted per UTC day (null: pending now) and what the report filters
    // and groups by. Upserts in key order, so that concurrent writers lock its rows in one order.
    const key = `day, record_type, pipeline_id, rule_set_id, rules_version, figure, responsible_id, source`;
    const grouped = (rows: string, sign: string) =>
      `insert into automation_rollup (${key}, count)
  select (f.at at time zone 'UTC')::date, f.record_type, f.pipeline_id, f.rule_set_id, f.rules_version, f.figure,
         f.responsible_id, f.source, ${sign}count(*)::int
    from ${rows} f group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (${key}) do update set count = automation_rollup.count + excluded.count;`;
    const drop = `delete from automation_rollup r using old_rows f
   where r.count = 0 and r.day is not distinct from (f.at at time zone 'UTC')::date and r.record_type = f.record_type
     and r.pipeline_id = f.pipeline_id and r.rule_set_id = f.rule_set_id and r.rules_version = f.rules_version
     and r.figure = f.figure and r.responsible_id = f.responsible_id and r.source is not distinct from f.source;`;
    const rollupBodies = {
      insert: grouped('new_rows', ''),
      delete: `${grouped('old_rows', '-')}\n  ${drop}`,
      update: `${grouped('old_rows', '-')}\n  ${grouped('new_rows', '')}\n  ${drop}`,
    };
    for (const [op, body] of Object.entries(rollupBodies)) {
      this
        .addSql(`create or replace function voronka_automation_rollup_${op}() returns trigger language plpgsql as $$
begin
  ${body}
  return null;
end $$;`);
      const referencing =
        op === 'insert'
          ? 'new table as new_rows'
          : op === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows';
      this.addSql(
        `create trigger "automation_rollup_${op}" after ${op} on "automation_fact" referencing ${referencing} for each statement execute function voronka_automation_rollup_${op}();`,
      );
    }

    this.addSql(`select voronka_refresh_automation_facts('deal', array(select id from deal));`);
    this.addSql(`select voronka_refresh_automation_facts('lead', array(select id from lead));`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "automation_rollup_${op}" on "automation_fact";`);
      this.addSql(`drop function if exists voronka_automation_rollup_${op}();`);
      for (const [table, name] of [
        ['activity', 'activity'],
        ['outbound_email', 'email'],
        ['effect_run', 'effect'],
        ['stage_change', 'history'],
        ['pending_automation', 'pending'],
      ]) {
        this.addSql(`drop trigger if exists "automation_facts_${op}" on "${table}";`);
        this.addSql(`drop function if exists voronka_automation_facts_${name}_${op}();`);
      }
    }
    for (const kind of ['deal', 'lead'])
      for (const op of ['insert', 'change', 'delete']) {
        this.addSql(`drop trigger if exists "automation_facts_${op}" on "${kind}";`);
        this.addSql(`drop function if exists voronka_automation_facts_${kind}_${op}();`);
      }
    this.addSql(`drop trigger if exists "automation_facts_publish" on "rule_set_version";`);
    this.addSql(`drop function if exists voronka_automation_facts_publish();`);
    this.addSql(`drop function if exists voronka_refresh_automation_facts(text, uuid[]);`);
    this.addSql(`drop function if exists voronka_automation_facts_of(text, uuid[]);`);
    this.addSql(`drop function if exists voronka_uuid_or_null(text);`);
    this.addSql(`drop index if exists "effect_run_workflow_record_index";`);
    this.addSql(`drop index if exists "outbound_email_workflow_record_index";`);
    this.addSql(`drop table if exists "automation_rollup";`);
    this.addSql(`drop table if exists "automation_fact";`);
  }
}
