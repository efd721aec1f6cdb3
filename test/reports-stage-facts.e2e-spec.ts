import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { stageReachRollupDrift } from '../libs/crm/reports/stage-reach-rollup';
import { stageFactsDrift } from '../libs/crm/stages/stage-facts';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const H = 3_600_000;
const B2B = ['new', 'qualification', 'quote', 'negotiation', 'invoice', 'won', 'lost', 'retired'];
const LEADS = ['new', 'in_progress', 'qualified', 'converted', 'junk', 'retired'];

/**
 * The funnels' facts (stage_reach, stage_stay) never drift from the stage history: fast-check
 * writes at random — moves through the API as users make them, and raw SQL over many rows at once
 * (history rows at equal and out-of-order times, changed times and stages, deletes; records
 * changing pipeline, responsible, source, amounts or archive state, which the facts copy; new
 * records whose history was written first; a rules version that reorders the stages) — and after each run the facts must equal a recomputation from the history with
 * the lists' rule (libs/crm/stages/stage-facts.ts). Moves of one deal from many transactions at
 * once all count.
 */
describe('stage facts', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let manager: TestUser;
  let other: TestUser;
  const deals: string[] = [];
  const leads: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Facts team' })).body.id;
    manager = await system.user('manager', { teamId: team });
    other = await system.user('manager', { teamId: team });
    for (let i = 0; i < 3; i++) {
      const deal = await system.call('POST', '/api/v1/deals', {
        title: `Facts deal ${i}`,
        pipelineId: 'b2b',
        responsibleId: manager.id,
      });
      expect(deal.status).toBe(201);
      deals.push(deal.body.id);
      const lead = await system.call('POST', '/api/v1/leads', {
        title: `Facts lead ${i}`,
        responsibleId: manager.id,
        allowDuplicate: true,
      });
      expect(lead.status).toBe(201);
      leads.push(lead.body.id);
    }
  });
  afterAll(async () => {
    await system?.close();
  });

  const connection = () => orm.em.fork().getConnection();
  const base = Date.parse('2026-06-01T00:00:00Z');
  const instant = fc
    .tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0, 1, H))
    .map(([d, ms]) => new Date(base + d * 24 * H + ms));

  const step = fc.oneof(
    fc.record({
      op: fc.constant('move' as const),
      kind: fc.constantFrom('deal' as const, 'lead' as const),
      pick: fc.nat(),
      to: fc.nat(),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      kind: fc.constantFrom('deal' as const, 'lead' as const),
      rows: fc.array(fc.record({ pick: fc.nat(), to: fc.nat(), at: instant }), {
        minLength: 1,
        maxLength: 6,
      }),
    }),
    fc.record({
      op: fc.constant('update' as const),
      set: fc.constantFrom(
        `at = at + interval '1 day'`,
        `at = at - interval '2 days'`,
        `to_stage = 'quote'`,
        `to_stage = 'lost'`,
        `to_stage = 'won'`,
        `to_stage = 'qualified'`,
        `at = timestamptz '2026-06-02T00:00:00Z'`,
      ),
      modulo: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({ op: fc.constant('delete' as const), modulo: fc.integer({ min: 2, max: 5 }) }),
    fc.record({
      op: fc.constant('pipeline' as const),
      pick: fc.nat(),
      to: fc.constantFrom('b2b', 'services'),
    }),
    fc.record({ op: fc.constant('recordAfterHistory' as const), at: instant }),
    // What the facts copy from their records: scope, amounts, archive.
    fc.record({
      op: fc.constant('record' as const),
      kind: fc.constantFrom('deal' as const, 'lead' as const),
      set: fc.constantFrom(
        'responsible_id = $other',
        'responsible_id = $manager',
        `source = 'fair'`,
        'source = null',
        'archived_at = now()',
        'archived_at = null',
        'created_at = created_at - interval 1 day',
      ),
      dealSet: fc.constantFrom(
        'amount = amount + 1.5',
        `currency = 'EUR'`,
        'won_amount = 12.34',
        'won_amount = null',
      ),
      amounts: fc.boolean(),
      modulo: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({ op: fc.constant('reorder' as const), order: fc.integer({ min: 1, max: 99 }) }),
  );

  type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

  async function apply(s: Step) {
    const c = connection();
    const records = { deal: deals, lead: leads };
    switch (s.op) {
      case 'move': {
        const ids = records[s.kind];
        const stages = s.kind === 'deal' ? B2B : LEADS;
        // Refused moves (not allowed from here, a closed record) write nothing: both are fine.
        await system.call('POST', `/api/v1/${s.kind}s/${ids[s.pick % ids.length]}/move`, {
          to: stages[s.to % (stages.length - 1)],
          ...(stages[s.to % (stages.length - 1)] === 'lost' ? { lossReason: 'price' } : {}),
        });
        return;
      }
      case 'insert': {
        const ids = records[s.kind];
        const stages = s.kind === 'deal' ? B2B : LEADS;
        const values = s.rows.map(
          (r) =>
            `('${randomUUID()}', '${s.kind}', '${ids[r.pick % ids.length]}', null, '${stages[r.to % stages.length]}', '${r.at.toISOString()}', 'fix', '${s.kind === 'deal' ? 'b2b' : 'leads'}', 1)`,
        );
        await c.execute(
          `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
           values ${values.join(', ')}`,
        );
        return;
      }
      case 'update':
        await c.execute(
          `update stage_change set ${s.set} where abs(hashtext(id::text)) % ${s.modulo} = 0`,
        );
        return;
      case 'delete':
        await c.execute(`delete from stage_change where abs(hashtext(id::text)) % ${s.modulo} = 0`);
        return;
      case 'pipeline':
        await c.execute(`update deal set pipeline_id = ? where id = ?`, [
          s.to,
          deals[s.pick % deals.length],
        ]);
        return;
      case 'record': {
        const set = (s.kind === 'deal' && s.amounts ? s.dealSet : s.set)
          .replace('$other', `'${other.id}'`)
          .replace('$manager', `'${manager.id}'`)
          .replace('interval 1 day', `interval '1 day'`);
        await c.execute(
          `update ${s.kind} set ${set} where abs(hashtext(id::text)) % ${s.modulo} = 0`,
        );
        return;
      }
      case 'recordAfterHistory': {
        // A deal whose history is written before the deal itself (as an ORM flush may order it).
        const id = randomUUID();
        await orm.em.fork().transactional(async (em) => {
          const t = em.getConnection();
          const ctx = em.getTransactionContext();
          await t.execute(
            `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
             values (?, 'deal', ?, null, 'new', ?, 'created', 'b2b', 1), (?, 'deal', ?, 'new', 'quote', ?, 'manual', 'b2b', 1)`,
            [randomUUID(), id, s.at, randomUUID(), id, new Date(s.at.getTime() + H)],
            'run',
            ctx,
          );
          await t.execute(
            `insert into deal (id, responsible_id, created_at, updated_at, version, title, pipeline_id, rules_version, stage, outcome, currency, custom, workflow_started_at)
             values (?, ?, now(), now(), 1, 'Facts deal, history first', 'b2b', 1, 'quote', 'open', 'USD', '{}', now())`,
            [id, manager.id],
            'run',
            ctx,
          );
        });
        deals.push(id);
        return;
      }
      case 'reorder':
        // A new b2b version with the quote stage at another place in the order.
        await c.execute(
          `insert into rule_set_version (id, rule_set_id, kind, version, name, content, source, checksum, published_at, published_by)
           select ?, v.rule_set_id, v.kind, v.version + 1, v.name,
                  jsonb_set(jsonb_set(v.content, '{version}', to_jsonb(v.version + 1)), '{stages}',
                    (select jsonb_agg(case when e.s->>'id' = 'quote' then jsonb_set(e.s, '{order}', to_jsonb(?::int)) else e.s end order by e.n)
                       from jsonb_array_elements(v.content->'stages') with ordinality e(s, n))),
                  v.source, md5(random()::text), now(), 'facts test'
             from rule_set_version v where v.rule_set_id = 'b2b' order by v.version desc limit 1`,
          [randomUUID(), s.order],
        );
        return;
    }
  }

  it('equal the recomputation from the stage history after any writes', async () => {
    // The most facts held after a run: the comparisons were not all of nothing.
    const seen = { reach: 0, lost: 0, stays: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const s of steps) await apply(s);
        expect(await stageFactsDrift(connection())).toEqual([]);
        expect(await stageReachRollupDrift(connection())).toEqual([]);
        const [held] = await connection().execute<{ reach: number; lost: number; stays: number }[]>(
          `select (select count(*) from stage_reach where rank > 0)::int as reach,
                  (select count(*) from stage_reach where rank = 0)::int as lost,
                  (select count(*) from stage_stay)::int as stays`,
        );
        for (const k of ['reach', 'lost', 'stays'] as const) seen[k] = Math.max(seen[k], held[k]);
      }),
      { numRuns: 20 },
    );
    expect(seen.reach).toBeGreaterThan(0);
    expect(seen.lost).toBeGreaterThan(0);
    expect(seen.stays).toBeGreaterThan(0);
  }, 600_000);

  it('counts every one of many moves of one deal written at once', async () => {
    const id = deals[0];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        orm.em.fork().transactional(async (em) => {
          await em.getConnection().execute(
            `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
               values (?, 'deal', ?, null, ?, ?, 'fix', 'b2b', 1)`,
            [randomUUID(), id, B2B[i % 6], new Date(base + 400 * 24 * H + i * H)],
            'run',
            em.getTransactionContext(),
          );
          // Held open a little, so that the others' recomputations wait for this one.
          await em
            .getConnection()
            .execute('select pg_sleep(0.05)', [], 'run', em.getTransactionContext());
        }),
      ),
    );
    expect(await stageFactsDrift(connection())).toEqual([]);
    expect(await stageReachRollupDrift(connection())).toEqual([]);
    const [row] = await connection().execute<{ stays: number }[]>(
      `select count(*)::int as stays from stage_stay where record_id = ? and at >= ?`,
      [id, new Date(base + 400 * 24 * H)],
    );
    expect(row.stays).toBe(7);
  }, 120_000);
  it("the funnels' rollup names a bucket changed by hand, with its months and figure", async () => {
    const c = connection();
    expect(await stageReachRollupDrift(c)).toEqual([]);
    const [row] = await c.execute<{ at: string; month: string; rank: number }[]>(
      `update stage_reach_rollup set count = count + 2, seconds = seconds + 1
        where ctid = (select ctid from stage_reach_rollup order by month, rank limit 1)
        returning ctid::text as at, to_char(month, 'YYYY-MM') as month, rank`,
    );
    const drift = await stageReachRollupDrift(c);
    expect(drift.map((d) => d.figure)).toEqual(['count', 'seconds']);
    expect(drift[0].bucket).toContain(` ${row.month} next `);
    expect(drift[0].bucket).toContain(` rank ${row.rank} `);
    expect(Number(drift[0].actual) - Number(drift[0].expected)).toBe(2);
    await c.execute(
      `update stage_reach_rollup set count = count - 2, seconds = seconds - 1 where ctid = ?::tid`,
      [row.at],
    );
    expect(await stageReachRollupDrift(c)).toEqual([]);
  });
});
