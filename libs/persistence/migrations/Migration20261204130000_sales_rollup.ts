import { Migration } from '@mikro-orm/migrations';

/** The rollup's key columns, in the order of its unique index (locks are taken in it). */
const KEY = ['month', 'responsible_id', 'pipeline_id', 'source', 'loss_reason', 'currency', 'kind'];
const FIGURES = ['count', 'amount', 'cycle_seconds'];

const month = (at: string) => `date_trunc('month', ${at} at time zone 'UTC')::date`;

/**
 * What deal rows (`rows`, a transition table or `deal`) add to the rollup with `sign` (1: rows
 * that are there, -1: rows that are gone or were changed): a won or lost deal, not archived,
 * counts once in the UTC month of its close, with its won amount (what its invoices received, else
 * its amount) or its amount, and for won its cycle (created → closed) in seconds.
 */
const closed = (rows: string, sign: string) => `
  select ${month('d.closed_at')} as month, d.responsible_id, d.pipeline_id, d.source,
         case when d.outcome = 'lost' then d.loss_reason end as loss_reason, d.currency, d.outcome as kind,
         ${sign} as count,
         ${sign} * case when d.outcome = 'won' then coalesce(d.won_amount, d.amount) else d.amount end as amount,
         ${sign} * case when d.outcome = 'won' then extract(epoch from d.closed_at - d.created_at) else 0 end as cycle_seconds
    from ${rows} d
   where d.archived_at is null and d.outcome in ('won', 'lost') and d.closed_at is not null`;

/**
 * What applied payments add with `sign`, each in the UTC month it was paid, under its invoice's
 * deal (not archived). `join` binds `p` (the payment rows) and `d` (their deal); `and` narrows it.
 */
const paid = (join: string, sign: string, and = 'true') => `
  select ${month('p.paid_at')} as month, d.responsible_id, d.pipeline_id, d.source, null::varchar as loss_reason,
         p.currency, 'payment' as kind, ${sign} as count, ${sign} * p.amount as amount, 0 as cycle_seconds
    from ${join}
   where p.status = 'applied' and d.archived_at is null and ${and}`;

/** Adds the summed contributions to the rollup, in key order; a bucket summing to zero is left. */
const apply = (parts: string[]) => `
  insert into sales_rollup as r (${KEY.join(', ')}, ${FIGURES.join(', ')})
  select ${KEY.map((k) => `c.${k}`).join(', ')}, sum(c.count), sum(c.amount), sum(c.cycle_seconds)
    from (${parts.join(' union all ')}) c
   group by ${KEY.map((k) => `c.${k}`).join(', ')}
  having sum(c.count) <> 0 or sum(c.amount) <> 0 or sum(c.cycle_seconds) <> 0
   order by ${KEY.map((k) => `c.${k}`).join(', ')}
  on conflict (${KEY.join(', ')}) do update set
    ${FIGURES.map((f) => `${f} = r.${f} + excluded.${f}`).join(', ')}`;

/** The payments of the deal rows `deals`, through their invoices. */
const paymentsOfDeals = (deals: string) =>
  `${deals} d join invoice i on i.deal_id = d.id join payment p on p.invoice_id = i.id`;

/**
 * The sales report's rollup (issue 13, speed): per UTC month, responsible, pipeline, source, loss
 * reason (lost deals only), currency and kind (won, lost, payment), how many deals closed or
 * payments were applied, their amounts and the won deals' cycle seconds. The report reads the UTC
 * months that cover its period and corrects the edges from the raw rows (docs/reports.md, "Sales").
 *
 * Kept by triggers in the transaction of every write (the services', the rules' effects', a
 * seed's or a data fix's SQL alike):
 * - deal (statement): the old rows' contributions out, the new rows' in; a change of what the
 *   payments are keyed by (responsible, pipeline, source, archive) moves the deal's payments too;
 * - payment (statement): the old rows out, the new rows in, under their invoices' deals;
 * - invoice (row): a changed deal moves its payments from the old deal to the new one;
 * - deleted deals and invoices (row, before the delete): their payments out, while the invoice
 *   still names the deal (the foreign keys then set it null, which moves nothing).
 * Payment and invoice triggers lock the deals (and invoices) they count under first, in key order,
 * so that a concurrent change of a deal is either seen or sees them. Filled from the rows there
 * are. `npm run reports -- verify` recomputes it and compares.
 */
export class Migration20261204130000_sales_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "sales_rollup" (
      "id" bigserial primary key,
      "month" date not null, "responsible_id" uuid not null, "pipeline_id" varchar(64) not null,
      "source" varchar(100) null, "loss_reason" varchar(64) null, "currency" varchar(3) not null,
      "kind" text not null,
      "count" int not null default 0, "amount" numeric not null default 0,
      "cycle_seconds" numeric not null default 0);`);
    this.addSql(
      `create unique index "sales_rollup_key_unique" on "sales_rollup" (${KEY.map((k) => `"${k}"`).join(', ')}) nulls not distinct;`,
    );

    // The raw rows the report reads at the edges of its period (index-only: every column read).
    this.addSql(
      `create index "deal_closed_sales_index" on "deal" ("closed_at") include ("outcome", "responsible_id", "pipeline_id", "source", "currency", "amount", "won_amount", "created_at", "loss_reason") where "archived_at" is null and "outcome" in ('won', 'lost');`,
    );
    this.addSql(
      `create index "payment_applied_paid_at_index" on "payment" ("paid_at") include ("invoice_id", "amount", "currency") where "status" = 'applied';`,
    );

    // Deals: a statement's rows out and in; their payments moved when what keys them changed.
    const moved = `(select n.id from new_rows n join old_rows o on o.id = n.id
       where (o.responsible_id, o.pipeline_id, o.source, o.archived_at is null)
             is distinct from (n.responsible_id, n.pipeline_id, n.source, n.archived_at is null))`;
    const dealOps = {
      insert: { tables: 'new table as new_rows', body: apply([closed('new_rows', '1')]) },
      update: {
        tables: 'old table as old_rows new table as new_rows',
        body: apply([
          closed('old_rows', '-1'),
          closed('new_rows', '1'),
          paid(paymentsOfDeals('old_rows'), '-1', `d.id in ${moved}`),
          paid(paymentsOfDeals('new_rows'), '1', `d.id in ${moved}`),
        ]),
      },
      delete: { tables: 'old table as old_rows', body: apply([closed('old_rows', '-1')]) },
    };
    for (const [op, { tables, body }] of Object.entries(dealOps)) {
      this.addSql(`create or replace function voronka_sales_rollup_deal_${op}() returns trigger
language plpgsql as $$
begin
  ${body};
  return null;
end $$;`);
      this.addSql(
        `create trigger "sales_rollup_${op}" after ${op} on "deal" referencing ${tables} for each statement execute function voronka_sales_rollup_deal_${op}();`,
      );
    }
    this.addSql(`create or replace function voronka_sales_rollup_deal_deleting() returns trigger
language plpgsql as $$
begin
  ${apply([paid(paymentsOfDeals('deal'), '-1', 'd.id = old.id')])};
  return old;
end $$;`);
    this.addSql(
      `create trigger "sales_rollup_deleting" before delete on "deal" for each row execute function voronka_sales_rollup_deal_deleting();`,
    );

    // Payments: under their invoices' deals, locked first.
    const lockPayments = (tables: string[]) => `
  perform 1 from invoice i where i.id in (${tables.map((t) => `select invoice_id from ${t}`).join(' union ')})
    order by i.id for share;
  perform 1 from deal d where d.id in (select i.deal_id from invoice i where i.id in (${tables
    .map((t) => `select invoice_id from ${t}`)
    .join(' union ')})) order by d.id for share;`;
    const ofPayments = (rows: string) =>
      `${rows} p join invoice i on i.id = p.invoice_id join deal d on d.id = i.deal_id`;
    const paymentOps = {
      insert: { tables: ['new_rows'], parts: [paid(ofPayments('new_rows'), '1')] },
      update: {
        tables: ['old_rows', 'new_rows'],
        parts: [paid(ofPayments('old_rows'), '-1'), paid(ofPayments('new_rows'), '1')],
      },
      delete: { tables: ['old_rows'], parts: [paid(ofPayments('old_rows'), '-1')] },
    };
    for (const [op, { tables, parts }] of Object.entries(paymentOps)) {
      this.addSql(`create or replace function voronka_sales_rollup_payment_${op}() returns trigger
language plpgsql as $$
begin
  ${lockPayments(tables)}
  ${apply(parts)};
  return null;
end $$;`);
      const referencing = tables
        .map((t) => `${t === 'new_rows' ? 'new' : 'old'} table as ${t}`)
        .join(' ');
      this.addSql(
        `create trigger "sales_rollup_${op}" after ${op} on "payment" referencing ${referencing} for each statement execute function voronka_sales_rollup_payment_${op}();`,
      );
    }

    // Invoices: a changed deal moves the invoice's payments; a deleted invoice takes them out.
    const onDeal = (deal: string) => `payment p join deal d on d.id = ${deal}`;
    this.addSql(`create or replace function voronka_sales_rollup_invoice_deal() returns trigger
language plpgsql as $$
begin
  perform 1 from deal d where d.id in (old.deal_id, new.deal_id) order by d.id for share;
  ${apply([
    paid(onDeal('old.deal_id'), '-1', 'p.invoice_id = new.id'),
    paid(onDeal('new.deal_id'), '1', 'p.invoice_id = new.id'),
  ])};
  return null;
end $$;`);
    this.addSql(
      `create trigger "sales_rollup_deal" after update of "deal_id" on "invoice" for each row when (old.deal_id is distinct from new.deal_id) execute function voronka_sales_rollup_invoice_deal();`,
    );
    this.addSql(`create or replace function voronka_sales_rollup_invoice_deleting() returns trigger
language plpgsql as $$
begin
  perform 1 from deal d where d.id = old.deal_id for share;
  ${apply([paid(onDeal('old.deal_id'), '-1', 'p.invoice_id = old.id')])};
  return old;
end $$;`);
    this.addSql(
      `create trigger "sales_rollup_deleting" before delete on "invoice" for each row execute function voronka_sales_rollup_invoice_deleting();`,
    );

    this.addSql(`${apply([closed('deal', '1'), paid(ofPayments('payment'), '1')])};`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete']) {
      this.addSql(`drop trigger if exists "sales_rollup_${op}" on "deal";`);
      this.addSql(`drop function if exists voronka_sales_rollup_deal_${op}();`);
      this.addSql(`drop trigger if exists "sales_rollup_${op}" on "payment";`);
      this.addSql(`drop function if exists voronka_sales_rollup_payment_${op}();`);
    }
    this.addSql(`drop trigger if exists "sales_rollup_deleting" on "deal";`);
    this.addSql(`drop function if exists voronka_sales_rollup_deal_deleting();`);
    this.addSql(`drop trigger if exists "sales_rollup_deal" on "invoice";`);
    this.addSql(`drop function if exists voronka_sales_rollup_invoice_deal();`);
    this.addSql(`drop trigger if exists "sales_rollup_deleting" on "invoice";`);
    this.addSql(`drop function if exists voronka_sales_rollup_invoice_deleting();`);
    this.addSql(`drop index if exists "payment_applied_paid_at_index";`);
    this.addSql(`drop index if exists "deal_closed_sales_index";`);
    this.addSql(`drop table if exists "sales_rollup";`);
  }
}
