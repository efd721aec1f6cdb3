import { Migration } from '@mikro-orm/migrations';

const key = `day, record_type, pipeline_id, rule_set_id, rules_version, figure, responsible_id, source`;
const grouped = (rows: string, sign: string) =>
  `insert into automation_rollup (${key}, count)
  select (f.at at time zone 'UTC')::date, f.record_type, f.pipeline_id, f.rule_set_id, f.rules_version, f.figure,
         f.responsible_id, f.source, ${sign}count(*)::int
    from ${rows} f group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8
  on conflict (${key}) do update set count = automation_rollup.count + excluded.count;`;

/**
 * The automation rollup's emptied rows dropped through their index. The triggers matched them to
 * the removed facts on eight columns, two of them (the day, the source) compared with `is not
 * distinct from`, which a hash join cannot key on: every removed fact was compared with every
 * empty row of its responsible and figure. Recomputing 20,000 deals' facts (a seed's history, a
 * publish) took 12.5 s in that statement alone, and `seed:demo` at 100,000 deals ran for more than
 * ten minutes. Every row at zero is one that this statement emptied: the triggers drop each in
 * the transaction that empties it, and a row another transaction is raising again is re-checked
 * after its lock and kept.
 */
export class Migration20261205091000_automation_rollup_drop_empty extends Migration {
  override async up(): Promise<void> {
    this.define(`delete from automation_rollup where count = 0;`);
  }

  override async down(): Promise<void> {
    this.define(`delete from automation_rollup r using old_rows f
   where r.count = 0 and r.day is not distinct from (f.at at time zone 'UTC')::date and r.record_type = f.record_type
     and r.pipeline_id = f.pipeline_id and r.rule_set_id = f.rule_set_id and r.rules_version = f.rules_version
     and r.figure = f.figure and r.responsible_id = f.responsible_id and r.source is not distinct from f.source;`);
  }

  /** The delete and update triggers' functions, with `drop` as their last statement. */
  private define(drop: string): void {
    const bodies = {
      delete: `${grouped('old_rows', '-')}\n  ${drop}`,
      update: `${grouped('old_rows', '-')}\n  ${grouped('new_rows', '')}\n  ${drop}`,
    };
    for (const [op, body] of Object.entries(bodies))
      this
        .addSql(`create or replace function voronka_automation_rollup_${op}() returns trigger language plpgsql as $$
begin
  ${body}
  return null;
end $$;`);
  }
}
