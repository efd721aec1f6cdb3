import { Migration } from '@mikro-orm/migrations';

/** The rollup's key columns, in the order of its unique index (locks are taken in it). */
const STAGE_REACH_ROLLUP_KEY = [
  'record_type',
  'rule_set_id',
  'month',
  'next_month',
  'first_month',
  'rank',
  'from_stage',
  'currency',
  'responsible_id',
  'source',
];
const FIGURES = ['count', 'amount', 'won_amount', 'contacts', 'companies', 'deals', 'seconds'];

const month = (at: string) => `date_trunc('month', ${at} at time zone 'UTC')::date`;

/**
 * What stage_reach rows (`rows`: a transition table or the table) add to the rollup with `sign`:
 * each fact of a record not archived, under the UTC months of its instant, of its next rank's and
 * of its first rank's, with its amount, its amount if won (the won amount, else the amount), its
 * conversion and the seconds from the record's creation to it.
 */
const contributions = (rows: string, sign: string) => `
  select f.record_type, f.rule_set_id, ${month('f.at')} as month, ${month('f.next_at')} as next_month,
         ${month('f.first_at')} as first_month, f.rank, f.from_stage, f.currency, f.responsible_id, f.source,
         ${sign}count(*) as count, ${sign}sum(coalesce(f.amount, 0)) as amount,
         ${sign}sum(coalesce(f.won_amount, f.amount, 0)) as won_amount,
         ${sign}count(f.converted_contact_id) as contacts, ${sign}count(f.converted_company_id) as companies,
         ${sign}count(f.converted_deal_id) as deals,
         ${sign}sum(extract(epoch from f.at - f.created_at)) as seconds
    from ${rows} f where f.archived_at is null
   group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;

/** Adds the summed contributions, in key order, then drops the rows they emptied. */
const apply = (parts: string[]) => `
  insert into stage_reach_rollup as r (${STAGE_REACH_ROLLUP_KEY.join(', ')}, ${FIGURES.join(', ')})
  select ${STAGE_REACH_ROLLUP_KEY.map((k) => `c.${k}`).join(', ')}, ${FIGURES.map((f) => `sum(c.${f})`).join(', ')}
    from (${parts.join(' union all ')}) c
   group by ${STAGE_REACH_ROLLUP_KEY.map((k) => `c.${k}`).join(', ')}
  having ${FIGURES.map((f) => `sum(c.${f}) <> 0`).join(' or ')}
   order by ${STAGE_REACH_ROLLUP_KEY.map((k) => `c.${k}`).join(', ')}
  on conflict (${STAGE_REACH_ROLLUP_KEY.join(', ')}) do update set
    ${FIGURES.map((f) => `${f} = r.${f} + excluded.${f}`).join(', ')};
  delete from stage_reach_rollup where count = 0`;

/**
 * The funnels' rollup (issue 13, speed): the stage facts counted per UTC month of reaching a
 * rank, of reaching the next one and of reaching the first (so that "reached the next stage in
 * the period" and "came from the first stage in the period" are known for whole months), rank,
 * stage lost from, currency, responsible and source, with their amounts, conversions and seconds
 * since creation. The funnel reads its whole months and the raw facts at its period's edges
 * (docs/reports.md, "Funnels").
 *
 * Kept by statement triggers on stage_reach, in the transaction of every write to it (the stage
 * facts' own triggers, whoever wrote the history or the records): the old rows' contributions
 * out, the new rows' in, upserted in key order; an emptied row is dropped (every row at zero is
 * one this statement emptied: the triggers drop each in the transaction that empties it). Filled
 * from the facts there are. `npm run reports -- verify` recomputes it and compares.
 *
 * Also the indexes the funnel's raw reads use: the facts whose next or first rank fell in a
 * partial month, and the stays of a period per stage in stage order (index-only: no sort before
 * the percentiles).
 */
export class Migration20261205100000_stage_reach_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stage_reach_rollup" (
      "id" bigserial primary key,
      "record_type" varchar(8) not null, "rule_set_id" varchar(64) not null, "month" date not null,
      "next_month" date null, "first_month" date null, "rank" smallint not null,
      "from_stage" varchar(64) null, "currency" varchar(3) null, "responsible_id" uuid not null,
      "source" varchar(100) null,
      "count" int not null default 0, "amount" numeric not null default 0,
      "won_amount" numeric not null default 0, "contacts" int not null default 0,
      "companies" int not null default 0, "deals" int not null default 0,
      "seconds" numeric not null default 0);`);
    this.addSql(
      `create unique index "stage_reach_rollup_key_unique" on "stage_reach_rollup" (${STAGE_REACH_ROLLUP_KEY.map((k) => `"${k}"`).join(', ')}) nulls not distinct;`,
    );
    this.addSql(
      `create index "stage_reach_rollup_empty_index" on "stage_reach_rollup" ("rule_set_id") where "count" = 0;`,
    );
    this.addSql(
      `create index "stage_reach_next_at_index" on "stage_reach" ("record_type", "rule_set_id", "next_at") include ("at", "rank", "from_stage", "currency", "responsible_id", "source") where "archived_at" is null;`,
    );
    this.addSql(
      `create index "stage_reach_first_at_index" on "stage_reach" ("record_type", "rule_set_id", "first_at") include ("at", "rank", "from_stage", "currency", "responsible_id", "source") where "archived_at" is null;`,
    );
    this.addSql(
      `create index "stage_stay_funnel_index" on "stage_stay" ("record_type", "rule_set_id", "stage", "left_at") include ("at", "responsible_id", "source") where "archived_at" is null;`,
    );

    const ops = {
      insert: { tables: 'new table as new_rows', parts: [contributions('new_rows', '')] },
      update: {
        tables: 'old table as old_rows new table as new_rows',
        parts: [contributions('old_rows', '-'), contributions('new_rows', '')],
      },
      delete: { tables: 'old table as old_rows', parts: [contributions('old_rows', '-')] },
    };
    for (const [op, { tables, parts }] of Object.entries(ops)) {
      this.addSql(`create or replace function voronka_stage_reach_rollup_${op}() returns trigger
language plpgsql as $$
begin
  ${apply(parts)};
  return null;
end $$;`);
      this.addSql(
        `create trigger "stage_reach_rollup_${op}" after ${op} on "stage_reach" referencing ${tables} for each statement execute function voronka_stage_reach_rollup_${op}();`,
      );
    }
    this.addSql(`${apply([contributions('stage_reach', '')])};`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "stage_reach_rollup_${op}" on "stage_reach";`);
      this.addSql(`drop function if exists voronka_stage_reach_rollup_${op}();`);
    }
    this.addSql(`drop index if exists "stage_stay_funnel_index";`);
    this.addSql(`drop index if exists "stage_reach_first_at_index";`);
    this.addSql(`drop index if exists "stage_reach_next_at_index";`);
    this.addSql(`drop table if exists "stage_reach_rollup";`);
  }
}
