import { Migration } from '@mikro-orm/migrations';

/**
 * The activity report's supervisor counters (issue 13, speed): per deal and lead, how many planned,
 * unarchived activities it has and the earliest of their due times (`record_plan`), so that the
 * counters read one row per open record instead of every planned activity.
 *
 * Kept by statement triggers on activity in the transaction of every write (the services', the
 * rules' effects', a seed's or a data fix's SQL alike): the records whose activities a statement
 * touched are recomputed from their planned activities (activity_planned_*_index), after locking
 * their record_plan rows in key order, so that two transactions writing one record's activities
 * recompute one after the other and the later one sees what the earlier committed. A record whose
 * activities are all done keeps its row, with 0. Filled from the activities there are.
 * `npm run reports -- verify` recomputes it and compares.
 */
export class Migration20261204120100_record_plans extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "record_plan" (
      "record_type" varchar(8) not null, "record_id" uuid not null,
      "planned" int not null default 0, "first_due" timestamptz null,
      constraint "record_plan_pkey" primary key ("record_type", "record_id"));`);

    // Recounts the records of p_ids from their planned activities (`column`: deal_id or lead_id).
    const recount = (
      column: string,
    ) => `update record_plan p set planned = coalesce(x.planned, 0), first_due = x.first_due
      from unnest(p_ids) i(id)
      left join lateral (
        select count(*)::int as planned, min(a.due_at) as first_due from activity a
         where a.status = 'planned' and a.archived_at is null and a.${column} = i.id) x on true
     where p.record_type = p_kind and p.record_id = i.id
       and (p.planned, p.first_due) is distinct from (coalesce(x.planned, 0), x.first_due);`;
    this.addSql(`create or replace function voronka_refresh_record_plans(p_kind text, p_ids uuid[])
returns void language plpgsql as $$
begin
  if coalesce(cardinality(p_ids), 0) = 0 then return; end if;
  insert into record_plan (record_type, record_id)
    select p_kind, i.id from unnest(p_ids) i(id) order by i.id
    on conflict do nothing;
  perform 1 from record_plan p join unnest(p_ids) i(id) on i.id = p.record_id
   where p.record_type = p_kind order by p.record_id for update of p;
  if p_kind = 'deal' then
    ${recount('deal_id')}
  else
    ${recount('lead_id')}
  end if;
end $$;`);

    const tables = {
      insert: ['new_rows'],
      update: ['old_rows', 'new_rows'],
      delete: ['old_rows'],
    };
    for (const [op, rows] of Object.entries(tables)) {
      const ids = (column: string) =>
        `array(select distinct x.id from (${rows.map((t) => `select ${column} as id from ${t}`).join(' union ')}) x where x.id is not null)`;
      this
        .addSql(`create or replace function voronka_record_plans_${op}() returns trigger language plpgsql as $$
begin
  perform voronka_refresh_record_plans('deal', ${ids('deal_id')});
  perform voronka_refresh_record_plans('lead', ${ids('lead_id')});
  return null;
end $$;`);
      const referencing = rows
        .map((t) => `${t === 'new_rows' ? 'new' : 'old'} table as ${t}`)
        .join(' ');
      this.addSql(
        `create trigger "record_plans_${op}" after ${op} on "activity" referencing ${referencing} for each statement execute function voronka_record_plans_${op}();`,
      );
    }

    this.addSql(`insert into record_plan (record_type, record_id, planned, first_due)
      select 'deal', a.deal_id, count(*), min(a.due_at) from activity a
       where a.status = 'planned' and a.archived_at is null and a.deal_id is not null group by a.deal_id
      union all
      select 'lead', a.lead_id, count(*), min(a.due_at) from activity a
       where a.status = 'planned' and a.archived_at is null and a.lead_id is not null group by a.lead_id;`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "record_plans_${op}" on "activity";`);
      this.addSql(`drop function if exists voronka_record_plans_${op}();`);
    }
    this.addSql(`drop function if exists voronka_refresh_record_plans(text, uuid[]);`);
    this.addSql(`drop table if exists "record_plan";`);
  }
}
