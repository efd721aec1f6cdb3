import { Migration } from '@mikro-orm/migrations';

/**
 * The funnels' facts (issue 13, speed): per record, when it reached each rank of its rule set's
 * latest version and when it first entered a lost stage (`stage_reach`), and each finished stay
 * in a stage (`stage_stay`), so that the funnel reports read them instead of ranking the whole
 * stage history with window functions. The rule is libs/crm/stages/stage-reach.ts's, computed
 * here in SQL (`voronka_stage_reach_of`, `voronka_stage_stays_of`) for a set of records.
 *
 * Kept by triggers in the transaction of every write: the stage history's (any insert, update or
 * delete recomputes its records' facts, after locking their rows so that two transactions moving
 * one record recompute one after the other), a record's (a new one with a history, a change of
 * its pipeline or lead rules or of what the facts copy, a deleted one), and a rule set's publish
 * (a version whose ranks differ from the previous one's recomputes every record of that rule set). Filled from the rows
 * there are. `npm run reports -- verify` recomputes them and compares.
 */
export class Migration20261204120000_stage_facts extends Migration {
  override async up(): Promise<void> {
    // Each fact carries its record's scope and amounts (responsible, source, archived, amount,
    // currency, won amount, created, converted), copied by the same triggers, so that a report
    // reads the facts of its period without joining the records.
    const recordColumns = `"responsible_id" uuid not null, "source" varchar(100) null, "archived_at" timestamptz null`;
    this.addSql(`create table "stage_reach" (
      "record_type" varchar(8) not null, "record_id" uuid not null, "rank" smallint not null,
      "rule_set_id" varchar(64) not null, "at" timestamptz not null,
      "next_at" timestamptz null, "first_at" timestamptz null, "from_stage" varchar(64) null,
      ${recordColumns}, "amount" numeric(19,4) null, "currency" varchar(3) null,
      "won_amount" numeric(19,4) null, "created_at" timestamptz not null,
      "converted_contact_id" uuid null, "converted_company_id" uuid null, "converted_deal_id" uuid null,
      constraint "stage_reach_pkey" primary key ("record_type", "record_id", "rank"));`);
    this.addSql(
      `create index "stage_reach_record_type_rule_set_id_at_index" on "stage_reach" ("record_type", "rule_set_id", "at");`,
    );
    this.addSql(`create table "stage_stay" (
      "change_id" uuid not null, "record_type" varchar(8) not null, "record_id" uuid not null,
      "stage" varchar(64) not null, "at" timestamptz not null, "left_at" timestamptz not null,
      "rule_set_id" varchar(64) not null, ${recordColumns},
      constraint "stage_stay_pkey" primary key ("change_id"));`);
    this.addSql(
      `create index "stage_stay_record_type_record_id_index" on "stage_stay" ("record_type", "record_id");`,
    );
    this.addSql(
      `create index "stage_stay_record_type_rule_set_id_left_at_index" on "stage_stay" ("record_type", "rule_set_id", "left_at");`,
    );

    // The ranks of a rules version's stages (StageRanks): open stages 1…n in their order (ties
    // in the file's order), won and converted n + 1, the rest 0; lost and junk flagged.
    this.addSql(`create or replace function voronka_stage_ranks(p_content jsonb)
returns table (stage text, rank int, is_lost boolean) language sql immutable as $$
  with s as (
    select e.value->>'id' as stage, e.value->>'kind' as kind, (e.value->>'order')::numeric as ord, e.n
      from jsonb_array_elements(p_content->'stages') with ordinality e(value, n))
  select s.stage,
         case when s.kind = 'open' then (select count(*) from s o where o.kind = 'open' and (o.ord, o.n) <= (s.ord, s.n))::int
              when s.kind in ('won', 'converted') then (select count(*) from s o where o.kind = 'open')::int + 1
              else 0 end,
         s.kind in ('lost', 'junk')
    from s
$$;`);

    // The records of p_ids of kind p_kind with their rule set (a deal's pipeline, a lead's rules).
    const records = `rec as (
        select d.id, d.pipeline_id::text as rule_set_id, d.responsible_id, d.source, d.archived_at,
               d.amount, d.currency, d.won_amount, d.created_at, null::uuid as converted_contact_id,
               null::uuid as converted_company_id, null::uuid as converted_deal_id
          from deal d join unnest(p_ids) i(id) on i.id = d.id where p_kind = 'deal'
        union all
        select l.id, l.rule_set_id::text, l.responsible_id, l.source, l.archived_at, null, null, null,
               l.created_at, l.converted_contact_id, l.converted_company_id, l.converted_deal_id
          from lead l join unnest(p_ids) i(id) on i.id = l.id where p_kind = 'lead')`;

    this.addSql(`create or replace function voronka_stage_reach_of(p_kind text, p_ids uuid[])
returns setof stage_reach language sql stable as $$
  with ${records},
  ranks as (
    select v.rule_set_id::text as rule_set_id, x.stage, x.rank, x.is_lost
      from (select distinct on (rule_set_id) rule_set_id, content from rule_set_version
             order by rule_set_id, version desc) v
      cross join lateral voronka_stage_ranks(v.content) x),
  h as (
    select sc.id, sc.record_id, sc.from_stage, sc.at,
           coalesce(r.rank, 0) as rank, coalesce(r.is_lost, false) as is_lost
      from rec join stage_change sc on sc.record_type = p_kind and sc.record_id = rec.id
      left join ranks r on r.rule_set_id = rec.rule_set_id and r.stage = sc.to_stage),
  w as (
    select h.*,
      coalesce(max(h.rank) over (partition by h.record_id order by h.at, h.id rows between unbounded preceding and 1 preceding), 0) as reach_lo,
      max(h.rank) over (partition by h.record_id order by h.at, h.id rows between unbounded preceding and current row) as reach_hi,
      h.is_lost and not coalesce(bool_or(h.is_lost) over (partition by h.record_id order by h.at, h.id rows between unbounded preceding and 1 preceding), false) as first_lost
    from h),
  -- A record reaches ranks 1…its highest, each once: the next rank's and the first rank's
  -- instants are its neighbours in rank order.
  reached as (
    select w.record_id, g.rank, w.at
      from w cross join lateral generate_series(w.reach_lo + 1, w.reach_hi) g(rank)
     where w.reach_hi > w.reach_lo),
  facts as (
    select a.record_id, a.rank, a.at,
           lead(a.at) over (partition by a.record_id order by a.rank) as next_at,
           first_value(a.at) over (partition by a.record_id order by a.rank) as first_at,
           null::text as from_stage
      from reached a
    union all
    select w.record_id, 0, w.at, null, null, w.from_stage from w where w.first_lost)
  select p_kind, f.record_id, f.rank::smallint, rec.rule_set_id, f.at, f.next_at, f.first_at, f.from_stage,
         rec.responsible_id, rec.source, rec.archived_at, rec.amount, rec.currency, rec.won_amount,
         rec.created_at, rec.converted_contact_id, rec.converted_company_id, rec.converted_deal_id
    from facts f join rec on rec.id = f.record_id
$$;`);

    this.addSql(`create or replace function voronka_stage_stays_of(p_kind text, p_ids uuid[])
returns setof stage_stay language sql stable as $$
  with ${records}
  select s.id, p_kind, s.record_id, s.to_stage, s.at, s.left_at, rec.rule_set_id,
         rec.responsible_id, rec.source, rec.archived_at
    from (select sc.id, sc.record_id, sc.to_stage, sc.at,
                 lead(sc.at) over (partition by sc.record_id order by sc.at, sc.id) as left_at
            from rec join stage_change sc on sc.record_type = p_kind and sc.record_id = rec.id) s
    join rec on rec.id = s.record_id
   where s.left_at is not null
$$;`);

    this.addSql(`create or replace function voronka_refresh_stage_facts(p_kind text, p_ids uuid[])
returns void language plpgsql as $$
begin
  if coalesce(cardinality(p_ids), 0) = 0 then return; end if;
  -- One recomputation of a record at a time: its history is read after the lock, so what a
  -- transaction that held it wrote (and committed) is seen.
  if p_kind = 'deal' then
    perform 1 from deal d join unnest(p_ids) i(id) on i.id = d.id order by d.id for no key update of d;
  else
    perform 1 from lead l join unnest(p_ids) i(id) on i.id = l.id order by l.id for no key update of l;
  end if;
  delete from stage_reach s using unnest(p_ids) i(id) where s.record_type = p_kind and s.record_id = i.id;
  delete from stage_stay s using unnest(p_ids) i(id) where s.record_type = p_kind and s.record_id = i.id;
  insert into stage_reach select * from voronka_stage_reach_of(p_kind, p_ids);
  insert into stage_stay select * from voronka_stage_stays_of(p_kind, p_ids);
end $$;`);

    // The stage history: every statement recomputes the records it touched.
    const history = {
      insert: ['new_rows'],
      update: ['old_rows', 'new_rows'],
      delete: ['old_rows'],
    };
    for (const [op, tables] of Object.entries(history)) {
      const ids = (kind: string) =>
        `array(select distinct x.record_id from (${tables.map((t) => `select record_type, record_id from ${t}`).join(' union ')}) x where x.record_type = '${kind}')`;
      this
        .addSql(`create or replace function voronka_stage_facts_history_${op}() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_stage_facts('deal', ${ids('deal')});
  perform voronka_refresh_stage_facts('lead', ${ids('lead')});
  return null;
end $$;`);
      const referencing = tables
        .map((t) => `${t === 'new_rows' ? 'new' : 'old'} table as ${t}`)
        .join(' ');
      this.addSql(
        `create trigger "stage_facts_${op}" after ${op} on "stage_change" referencing ${referencing} for each statement execute function voronka_stage_facts_history_${op}();`,
      );
    }

    // The records: a new one whose history was written first, a change of rule set or of what
    // the facts copy, a deletion.
    const copied = ['responsible_id', 'source', 'archived_at', 'created_at'];
    for (const [kind, columns] of [
      ['deal', ['pipeline_id', ...copied, 'amount', 'currency', 'won_amount']],
      [
        'lead',
        [
          'rule_set_id',
          ...copied,
          'converted_contact_id',
          'converted_company_id',
          'converted_deal_id',
        ],
      ],
    ] as const) {
      this
        .addSql(`create or replace function voronka_stage_facts_${kind}_insert() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_stage_facts('${kind}', array(
    select n.id from new_rows n
     where exists (select 1 from stage_change sc where sc.record_type = '${kind}' and sc.record_id = n.id)));
  return null;
end $$;`);
      this.addSql(
        `create trigger "stage_facts_insert" after insert on "${kind}" referencing new table as new_rows for each statement execute function voronka_stage_facts_${kind}_insert();`,
      );
      this
        .addSql(`create or replace function voronka_stage_facts_${kind}_change() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_stage_facts('${kind}', array[new.id]);
  return null;
end $$;`);
      const changed = columns.map((c) => `old."${c}" is distinct from new."${c}"`).join(' or ');
      this.addSql(
        `create trigger "stage_facts_change" after update of ${columns.map((c) => `"${c}"`).join(', ')} on "${kind}" for each row when (${changed}) execute function voronka_stage_facts_${kind}_change();`,
      );
      this
        .addSql(`create or replace function voronka_stage_facts_${kind}_delete() returns trigger language plpgsql as $$
begin
  delete from stage_reach s using old_rows o where s.record_type = '${kind}' and s.record_id = o.id;
  delete from stage_stay s using old_rows o where s.record_type = '${kind}' and s.record_id = o.id;
  return null;
end $$;`);
      this.addSql(
        `create trigger "stage_facts_delete" after delete on "${kind}" referencing old table as old_rows for each statement execute function voronka_stage_facts_${kind}_delete();`,
      );
    }

    // A publish that ranks the stages differently (reordered, added, removed, kinds changed)
    // recomputes every record of that rule set.
    this
      .addSql(`create or replace function voronka_stage_facts_publish() returns trigger language plpgsql as $$
declare
  previous jsonb;
begin
  if exists (select 1 from rule_set_version v where v.rule_set_id = new.rule_set_id and v.version > new.version) then
    return null;
  end if;
  select v.content into previous from rule_set_version v
   where v.rule_set_id = new.rule_set_id and v.version < new.version order by v.version desc limit 1;
  if previous is not null and not exists (
      (select * from voronka_stage_ranks(new.content) except select * from voronka_stage_ranks(previous))
      union all
      (select * from voronka_stage_ranks(previous) except select * from voronka_stage_ranks(new.content))) then
    return null;
  end if;
  if new.kind = 'lead' then
    perform voronka_refresh_stage_facts('lead', array(select l.id from lead l where l.rule_set_id = new.rule_set_id));
  else
    perform voronka_refresh_stage_facts('deal', array(select d.id from deal d where d.pipeline_id = new.rule_set_id));
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "stage_facts_publish" after insert on "rule_set_version" for each row execute function voronka_stage_facts_publish();`,
    );

    this.addSql(`select voronka_refresh_stage_facts('deal', array(select id from deal));`);
    this.addSql(`select voronka_refresh_stage_facts('lead', array(select id from lead));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "stage_facts_publish" on "rule_set_version";`);
    for (const kind of ['deal', 'lead'])
      for (const op of ['insert', 'change', 'delete']) {
        this.addSql(`drop trigger if exists "stage_facts_${op}" on "${kind}";`);
        this.addSql(`drop function if exists voronka_stage_facts_${kind}_${op}();`);
      }
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "stage_facts_${op}" on "stage_change";`);
      this.addSql(`drop function if exists voronka_stage_facts_history_${op}();`);
    }
    this.addSql(`drop function if exists voronka_stage_facts_publish();`);
    this.addSql(`drop function if exists voronka_refresh_stage_facts(text, uuid[]);`);
    this.addSql(`drop function if exists voronka_stage_stays_of(text, uuid[]);`);
    this.addSql(`drop function if exists voronka_stage_reach_of(text, uuid[]);`);
    this.addSql(`drop function if exists voronka_stage_ranks(jsonb);`);
    this.addSql(`drop table if exists "stage_stay";`);
    this.addSql(`drop table if exists "stage_reach";`);
  }
}
