import { demoUuid } from './demo-ids';
/**
 * The demo's histories (issue 13: reports at volume): each deal's and lead's path through its
 * stages up to where it is now, written as stage-history rows between its creation and its close
 * (or now), and what the rules left on the way — quotes chosen and invoices issued (effect runs),
 * the emails they sent, escalations, and the timers of open deals. Set-based SQL over the rows
 * seedDemo wrote, deterministic like them.
 */

/** The stages of a kind of record: open ones in order, then the won and the lost one. */
interface Path {
  table: 'deal' | 'lead';
  /** Its stage column and rule set column. */
  stage: string;
  ruleSet: string;
  /** When a closed record closed (null: now). */
  closedAt: string;
  /** Per rule set id: open stages in order, won, lost. */
  stages: Record<string, { open: string[]; won: string; lost: string }>;
}

const DEALS: Path = {
  table: 'deal',
  stage: 'stage',
  ruleSet: 'pipeline_id',
  closedAt: 'closed_at',
  stages: {
    b2b: {
      open: ['new', 'qualification', 'quote', 'negotiation', 'invoice'],
      won: 'won',
      lost: 'lost',
    },
    services: { open: ['request', 'proposal', 'contract'], won: 'signed', lost: 'lost' },
  },
};
const LEADS: Path = {
  table: 'lead',
  stage: 'status',
  ruleSet: 'rule_set_id',
  closedAt: 'converted_at',
  stages: {
    leads: { open: ['new', 'in_progress', 'qualified'], won: 'converted', lost: 'junk' },
  },
};

const array = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]::text[]`;

/**
 * The moves of each record after its first stage: up the open stages to where it is (open), to
 * its won stage (won), or to the stage it was lost from and then lost (lost), at even steps from
 * its creation to its close (or now). Most moves are the rules' on an event, one in five by hand;
 * a loss is the rules' timer.
 */
function pathSql(p: Path, now: string): string {
  const cases = (f: (s: Path['stages'][string]) => string) =>
    `case r.${p.ruleSet} ${Object.entries(p.stages)
      .map(([id, s]) => `when '${id}' then ${f(s)}`)
      .join(' ')} end`;
  return `
    with r as (
      select r.id, r.${p.ruleSet} as rule_set_id, r.rules_version, r.responsible_id, r.created_at,
             coalesce(r.${p.closedAt}, ${now}) as ended, r.${p.stage} as stage,
             ${cases((s) => array(s.open))} as open,
             ${cases((s) => `'${s.won}'`)} as won, ${cases((s) => `'${s.lost}'`)} as lost,
             abs(hashtext(r.id::text)) as h
        from ${p.table} r
       where r.${p.ruleSet} in (${Object.keys(p.stages)
         .map((id) => `'${id}'`)
         .join(',')})),
    m as (
      select r.*, case when r.stage = r.won then cardinality(r.open)
                       when r.stage = r.lost then 1 + r.h % cardinality(r.open)
                       else coalesce(array_position(r.open, r.stage), 1) - 1 end as moves
        from r)
    insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, by_id, cause, rule_set_id, rules_version)
    select ${demoUuid(`'${p.table}-move-' || m.id || '-' || i`)}, '${p.table}', m.id, m.open[i],
           case when i = m.moves and m.stage = m.won then m.won
                when i = m.moves and m.stage = m.lost then m.lost
                else m.open[i + 1] end,
           m.created_at + (m.ended - m.created_at) * i / (m.moves + 1),
           case when (m.h + i) % 5 = 0 then m.responsible_id end,
           case when (m.h + i) % 5 = 0 then 'manual'
                when i = m.moves and m.stage = m.lost then 'rule stages[' || (i - 1) || '].transitions[2]'
                else 'rule stages[' || (i - 1) || '].transitions[0] on activity_completed' end,
           m.rule_set_id, m.rules_version
      from m cross join lateral generate_series(1, m.moves) i
    on conflict do nothing`;
}

/**
 * The statements that write the histories, in order. `now` is a timestamptz literal;
 * `integrationId` the SQL of the user the payments came through (a bank feed).
 */
export function historySql(now: string, integrationId: string): string[] {
  const invoiceNumber = `'INV-' || upper(left(replace(d.id::text, '-', ''), 16))`;
  const entered = (stage: string) =>
    `(select c.at from stage_change c where c.record_type = 'deal' and c.record_id = d.id and c.to_stage = '${stage}' order by c.at limit 1)`;
  return [
    // Leads start in their first status as deals do (seedDemo writes the deals' first row).
    `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, by_id, cause, rule_set_id, rules_version)
     select ${demoUuid(`'lead-created-' || l.id`)}, 'lead', l.id, null, 'new', l.created_at, l.responsible_id, 'created', l.rule_set_id, l.rules_version
       from lead l where l.rule_set_id = 'leads'
     on conflict do nothing`,
    pathSql(DEALS, now),
    pathSql(LEADS, now),
    // The rules chose the quote on entering quote, and mailed it; issued the invoice on
    // entering invoice. One deal in nine found no draft quote.
    `insert into effect_run (workflow_id, key, result, at)
     select 'deal-' || d.id, 'quote#3/enter/0',
            case when abs(hashtext(d.id::text)) % 9 = 0
                 then '{"quoteId": null, "note": "the deal has no draft quote to send"}'::jsonb
                 else jsonb_build_object('quoteId', ${demoUuid(`'quote-' || d.id`)}, 'number', 'Q-' || left(d.id::text, 8)) end,
            ${entered('quote')}
       from deal d where d.pipeline_id = 'b2b' and ${entered('quote')} is not null
     on conflict do nothing`,
    `insert into effect_run (workflow_id, key, result, at)
     select 'deal-' || d.id, 'invoice#5/enter/0',
            jsonb_build_object('invoiceId', ${demoUuid(`'invoice-' || d.id`)}, 'number', ${invoiceNumber}),
            ${entered('invoice')}
       from deal d where d.pipeline_id = 'b2b' and ${entered('invoice')} is not null
     on conflict do nothing`,
    // The invoices those runs issued, for the deal's amount, due in two weeks: paid for a won deal
    // (the bank feed's payment applied before the deal was won), cancelled for a lost one,
    // overdue or sent for an open one. One row each, a licence.
    `insert into invoice (id, responsible_id, created_at, updated_at, version, number, currency, company_id, contact_id,
                          gross, discount, net, tax, total, status, due_date, amount_paid, deal_id, overdue_at,
                          cancelled_at, cancel_reason)
     select ${demoUuid(`'invoice-' || d.id`)}, d.responsible_id, i.at, i.at, 1, ${invoiceNumber}, d.currency,
            d.company_id, d.contact_id, d.amount, 0, d.amount, 0, d.amount,
            case when d.outcome = 'won' then 'paid' when d.outcome = 'lost' then 'cancelled'
                 when i.at + interval '14 days' < ${now} then 'overdue' else 'sent' end,
            (i.at + interval '14 days')::date, case when d.outcome = 'won' then d.amount else 0 end, d.id,
            case when d.outcome = 'open' and i.at + interval '14 days' < ${now} then i.at + interval '14 days' end,
            case when d.outcome = 'lost' then d.closed_at end,
            case when d.outcome = 'lost' then 'the deal was lost' end
       from deal d cross join lateral (select ${entered('invoice')} as at) i
      where d.pipeline_id = 'b2b' and i.at is not null
     on conflict do nothing`,
    `insert into invoice_row (id, position, product_id, name, unit, quantity, unit_price, discount_percent, tax_rate,
                              tax_included, gross, discount, net, tax, total, invoice_id)
     select ${demoUuid(`'invoice-row-' || i.id`)}, 1, null, 'CRM licence', 'pcs', 1, i.total, 0, 0, false,
            i.total, 0, i.total, 0, i.total, i.id
       from invoice i where i.number like 'INV-%'
     on conflict do nothing`,
    `insert into payment (id, integration_id, external_id, invoice_id, invoice_number, amount, currency, paid_at,
                          status, received_at, answer)
     select ${demoUuid(`'payment-' || i.id`)}, ${integrationId}, 'demo-' || i.number, i.id, i.number, i.total,
            i.currency, p.at, 'applied', p.at, json_build_object('status', 'applied', 'invoiceId', i.id)
       from invoice i join deal d on d.id = i.deal_id
       cross join lateral (select greatest(i.created_at, ${entered('won')} - interval '1 minute') as at) p
      where i.status = 'paid' and p.at is not null
     on conflict do nothing`,
    `insert into outbound_email (id, key, "to", subject, status, message_id, created_at, sent_at)
     select ${demoUuid(`'mail-' || r.workflow_id || r.key`)}, r.workflow_id || '/' || r.key, 'client@demo.voronka',
            case when r.key like 'quote%' then 'Your quote' else 'Your invoice' end, 'sent',
            '<' || md5(r.workflow_id || r.key) || '@demo.voronka>', r.at, r.at + interval '2 seconds'
       from effect_run r where r.result ->> 'quoteId' is not null or jsonb_exists(r.result, 'invoiceId')
     on conflict do nothing`,
    // One deal in ten had its first call escalated to the head: a notification.
    `insert into outbound_email (id, key, "to", subject, status, message_id, created_at, sent_at)
     select ${demoUuid(`'escalation-' || d.id`)}, 'deal-' || d.id || '/new#1/enter/0/overdue/0/0', 'head@demo.voronka',
            'Overdue call', 'sent', '<esc-' || d.id || '@demo.voronka>', d.created_at + interval '5 hours',
            d.created_at + interval '5 hours'
       from deal d where abs(hashtext(d.id::text)) % 10 = 1
     on conflict do nothing`,
    // The open deals' next timers: a timed move each, a follow-up for one in three.
    `insert into pending_automation (record_id, timer_id, record_kind, workflow_id, responsible_id, at, timer_kind, stage, move_to, actions, description)
     select d.id, t.id, 'deal', 'deal-' || d.id, d.responsible_id,
            ${now} + (abs(hashtext(d.id::text)) % 20 + 1) * interval '1 day', t.kind, d.stage,
            case when t.kind = 'transition' then 'lost' end, '[]'::jsonb,
            case when t.kind = 'transition' then 'lost if nothing happens' else 'a reminder' end
       from deal d cross join lateral (values ('transition', 'timer-lost'), ('follow_up', 'timer-follow-up')) t(kind, id)
      where d.outcome = 'open' and (t.kind = 'transition' or abs(hashtext(d.id::text)) % 3 = 0)
     on conflict do nothing`,
  ];
}
