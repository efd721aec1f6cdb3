import { Migration } from '@mikro-orm/migrations';

/**
 * What one activity row adds to the activity report's rollup (`sign` 1 for a row that is there,
 * -1 for a row that is gone or was changed): per UTC day, responsible and type, the activities
 * due that day (all, still planned, cancelled), done that day (all, on time), and created that
 * day (by the rules, by hand). Archived activities count nowhere.
 */
const contributions = (rows: string, sign: number) => `
  select v.day, a.responsible_id, a.type, ${sign} * v.due as due, ${sign} * v.due_planned as due_planned,
         ${sign} * v.due_cancelled as due_cancelled, ${sign} * v.done as done,
         ${sign} * v.done_on_time as done_on_time, ${sign} * v.created_by_rules as created_by_rules,
         ${sign} * v.created_by_hand as created_by_hand
    from ${rows} a cross join lateral (values
      ((a.due_at at time zone 'UTC')::date, 1, (a.status = 'planned')::int, (a.status = 'cancelled')::int, 0, 0, 0, 0),
      (case when a.status = 'done' then (a.completed_at at time zone 'UTC')::date end,
         0, 0, 0, 1, (a.completed_at <= a.due_at)::int, 0, 0),
      ((a.created_at at time zone 'UTC')::date, 0, 0, 0, 0, 0,
         (a.automation_key is not null)::int, (a.automation_key is null)::int)
    ) v(day, due, due_planned, due_cancelled, done, done_on_time, created_by_rules, created_by_hand)
   where a.archived_at is null and v.day is not null`;

const FIGURES = [
  'due',
  'due_planned',
  'due_cancelled',
  'done',
  'done_on_time',
  'created_by_rules',
  'created_by_hand',
];

/** Adds the summed contributions to the rollup, in key order (so that locks are taken in it). */
const apply = (parts: string[]) => `
  insert into activity_rollup as r (day, responsible_id, type, ${FIGURES.join(', ')})
  select c.day, c.responsible_id, c.type, ${FIGURES.map((f) => `sum(c.${f})`).join(', ')}
    from (${parts.join(' union all ')}) c
   group by c.day, c.responsible_id, c.type
  having ${FIGURES.map((f) => `sum(c.${f}) <> 0`).join(' or ')}
   order by c.day, c.responsible_id, c.type
  on conflict (day, responsible_id, type) do update set
    ${FIGURES.map((f) => `${f} = r.${f} + excluded.${f}`).join(', ')}`;

/**
 * The activity report's rollup (issue 13, speed): counts per UTC day, responsible and activity
 * type, kept by statement triggers on activity in the same transaction as every write to it
 * (the services', the rules' effects', a seed's or a migration's SQL alike), so it cannot miss
 * one. Filled from the rows there are. `npm run reports -- verify` recomputes it and compares.
 */
export class Migration20261203230000_activity_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "activity_rollup" ("day" date not null, "responsible_id" uuid not null, "type" text not null, ${FIGURES.map((f) => `"${f}" int not null default 0`).join(', ')}, constraint "activity_rollup_pkey" primary key ("day", "responsible_id", "type"));`,
    );
    for (const column of ['due_at', 'completed_at', 'created_at'])
      this.addSql(`create index "activity_${column}_index" on "activity" ("${column}");`);
    const ops = {
      insert: apply([contributions('new_rows', 1)]),
      update: apply([contributions('old_rows', -1), contributions('new_rows', 1)]),
      delete: apply([contributions('old_rows', -1)]),
    };
    for (const [op, body] of Object.entries(ops)) {
      this.addSql(
        `create or replace function voronka_activity_rollup_${op}() returns trigger language plpgsql as $$
begin
  ${body};
  return null;
end $$;`,
      );
      const tables =
        op === 'insert'
          ? 'new table as new_rows'
          : op === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows';
      this.addSql(
        `create trigger "activity_rollup_${op}" after ${op} on "activity" referencing ${tables} for each statement execute function voronka_activity_rollup_${op}();`,
      );
    }
    this.addSql(`${apply([contributions('activity', 1)])};`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "activity_rollup_${op}" on "activity";`);
      this.addSql(`drop function if exists voronka_activity_rollup_${op}();`);
    }
    for (const column of ['due_at', 'completed_at', 'created_at'])
      this.addSql(`drop index if exists "activity_${column}_index";`);
    this.addSql(`drop table if exists "activity_rollup";`);
  }
}
