import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { automationFactsDrift } from '../libs/crm/reports/automation-facts';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/apps/cli/reports.cli.js');
const H = 3_600_000;
const B2B = ['new', 'qualification', 'quote', 'negotiation', 'invoice', 'won'];

/** `npm run reports -- …` as an operator runs it: the built CLI, its output and exit code. */
function reportsCli(args: string[], databaseUrl: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The automation report's facts (automation_fact, automation_rollup) never drift from the raw
 * rows: fast-check writes at random — through the API as users do (moves, a change of
 * responsible, archiving, completing a follow-up of the rules) and as raw SQL over many rows at
 * once (activities of the rules, emails, escalations, quotes and invoices, stage moves by the
 * rules, rules migrations, pending timers, their updates and deletes; records changing
 * responsible, source, version or archive state; a published version) — and after each run the
 * facts must equal the rule recomputed from the rows, the rollup the facts per day, and the
 * counts per rules version the report's query over the raw rows (libs/crm/reports/automation-facts.ts).
 */
describe('automation facts', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let manager: TestUser;
  let other: TestUser;
  let version: number;
  const records: { kind: 'deal' | 'lead'; id: string }[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Automation facts' })).body.id;
    manager = await system.user('manager', { teamId: team });
    other = await system.user('manager', { teamId: team });
    for (let i = 0; i < 3; i++) {
      const deal = await system.call('POST', '/api/v1/deals', {
        title: `Automation deal ${i}`,
        pipelineId: 'b2b',
        responsibleId: manager.id,
      });
      expect(deal.status).toBe(201);
      records.push({ kind: 'deal', id: deal.body.id });
    }
    for (let i = 0; i < 2; i++) {
      const lead = await system.call('POST', '/api/v1/leads', {
        title: `Automation lead ${i}`,
        responsibleId: manager.id,
        allowDuplicate: true,
      });
      expect(lead.status).toBe(201);
      records.push({ kind: 'lead', id: lead.body.id });
    }
    const [b2b] = await connection().execute<{ version: number }[]>(
      `select max(version) as version from rule_set_version where rule_set_id = 'b2b'`,
    );
    version = b2b.version;
  });
  afterAll(async () => {
    await system?.close();
  });

  const connection = () => orm.em.fork().getConnection();
  const base = Date.parse('2026-06-01T00:00:00Z');
  const instant = fc
    .tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 1, H, 23 * H))
    .map(([d, ms]) => new Date(base + d * 24 * H + ms));
  const pick = fc.nat();
  const many = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 1, maxLength: 6 });
  const modulo = fc.integer({ min: 1, max: 3 });

  const step = fc.oneof(
    fc.record({
      op: fc.constant('activity' as const),
      rows: many(
        fc.record({ pick, at: instant, done: fc.option(instant), archived: fc.boolean() }),
      ),
    }),
    fc.record({
      op: fc.constant('email' as const),
      rows: many(
        fc.record({
          pick,
          at: instant,
          status: fc.constantFrom('sent', 'sending', 'failed'),
          firing: fc.option(fc.integer({ min: 0, max: 2 })),
        }),
      ),
    }),
    fc.record({
      op: fc.constant('effect' as const),
      rows: many(
        fc.record({
          pick,
          at: instant,
          what: fc.constantFrom('quote', 'no quote', 'invoice', 'escalation'),
          firing: fc.integer({ min: 0, max: 2 }),
        }),
      ),
    }),
    fc.record({
      op: fc.constant('history' as const),
      rows: many(
        fc.record({
          pick,
          at: instant,
          cause: fc.constantFrom(
            'manual',
            'rule stages[1].transitions[0]',
            'rule stages[1].transitions[0] on activity_completed',
            'rule stages[2].transitions[0]',
            'rule stages[0].when_overdue[0].do[1]',
          ),
          ahead: fc.integer({ min: 0, max: 2 }),
        }),
      ),
    }),
    fc.record({ op: fc.constant('migrate' as const), pick, at: instant }),
    fc.record({
      op: fc.constant('pending' as const),
      rows: many(fc.record({ pick, kind: fc.constantFrom('transition', 'follow_up', 'overdue') })),
    }),
    fc.record({
      op: fc.constant('update' as const),
      statement: fc.constantFrom(
        `update activity set status = 'done', completed_at = created_at + interval '2 hours'`,
        `update activity set created_at = created_at - interval '1 day'`,
        `update activity set archived_at = now()`,
        `update activity set archived_at = null`,
        `update activity set automation_key = null`,
        `update outbound_email set status = 'sent', sent_at = created_at + interval '1 day'`,
        `update outbound_email set created_at = created_at - interval '23 hours'`,
        `update effect_run set at = at + interval '1 hour'`,
        `update effect_run set result = '{"quoteId": null}'`,
        `update stage_change set at = at - interval '1 day'`,
        `update stage_change set rules_version = rules_version + 1`,
        `update pending_automation set timer_kind = 'overdue'`,
        `delete from activity`,
        `delete from outbound_email`,
        `delete from effect_run`,
        `delete from stage_change`,
        `delete from pending_automation`,
      ),
      modulo,
    }),
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
        'rules_version = rules_version + 1',
      ),
      modulo,
    }),
    fc.record({ op: fc.constant('move' as const), pick, to: fc.nat() }),
    fc.record({ op: fc.constant('reassign' as const), pick, toOther: fc.boolean() }),
    fc.record({ op: fc.constant('archive' as const), pick }),
    fc.record({ op: fc.constant('complete' as const) }),
    fc.record({ op: fc.constant('publish' as const) }),
  );
  type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

  let n = 0;
  async function apply(s: Step) {
    const c = connection();
    const record = (p: number) => records[p % records.length];
    const deal = (p: number) => records.filter((r) => r.kind === 'deal')[p % 3];
    // Every m-th row at random (some tables have no id).
    const where = (m: number) => `where abs(hashtext(ctid::text)) % ${m} = 0`;
    switch (s.op) {
      case 'activity': {
        for (const r of s.rows) {
          const { kind, id } = record(r.pick);
          const done = r.done;
          await c.execute(
            `insert into activity (id, responsible_id, created_at, updated_at, archived_at, version, type, subject, due_at, status, completed_at, deal_id, lead_id, automation_key)
             values (?, ?, ?, ?, ?, 1, 'call', 'Rules follow-up', ?, ?, ?, ?, ?, ?)`,
            [
              randomUUID(),
              manager.id,
              r.at,
              r.at,
              r.archived ? r.at : null,
              r.at,
              done ? 'done' : 'planned',
              done,
              kind === 'deal' ? id : null,
              kind === 'lead' ? id : null,
              `${kind}-${id}/new#1/enter/${++n}`,
            ],
          );
        }
        return;
      }
      case 'email': {
        const values = s.rows.map((r) => {
          const { kind, id } = record(r.pick);
          const path = r.firing === null ? `new#1/enter/${++n}` : `s/overdue/${r.firing}/${++n}`;
          const sent = r.status === 'sent' ? `'${r.at.toISOString()}'` : 'null';
          return `('${randomUUID()}', '${kind}-${id}/${path}', 'x@example.com', 'Rules', '${r.status}', '<${n}@t>', '${r.at.toISOString()}', ${sent})`;
        });
        await c.execute(
          `insert into outbound_email (id, key, "to", subject, status, message_id, created_at, sent_at) values ${values.join(', ')}`,
        );
        return;
      }
      case 'effect': {
        const values = s.rows.map((r) => {
          const { kind, id } = record(r.pick);
          const result = {
            quote: { quoteId: randomUUID() },
            'no quote': { quoteId: null },
            invoice: { invoiceId: randomUUID() },
            escalation: { responsibleId: manager.id },
          }[r.what];
          const key =
            r.what === 'escalation' ? `s/overdue/${r.firing}/${++n}` : `new#1/enter/${++n}`;
          return `('${kind}-${id}', '${key}', '${JSON.stringify(result)}', '${r.at.toISOString()}')`;
        });
        await c.execute(
          `insert into effect_run (workflow_id, key, result, at) values ${values.join(', ')}`,
        );
        return;
      }
      case 'history': {
        const values = s.rows.map((r) => {
          const { kind, id } = record(r.pick);
          const ruleSet = kind === 'deal' ? `'b2b', ${version + r.ahead}` : `'leads', 1`;
          return `('${randomUUID()}', '${kind}', '${id}', 'new', 'quote', '${r.at.toISOString()}', '${r.cause}', ${ruleSet})`;
        });
        await c.execute(
          `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
           values ${values.join(', ')}`,
        );
        return;
      }
      case 'migrate': {
        // A rules migration: its history row, and the deal's version now.
        const { id } = deal(s.pick);
        await orm.em.fork().transactional(async (em) => {
          const t = em.getConnection();
          const ctx = em.getTransactionContext();
          const [d] = await t.execute<{ rules_version: number }[]>(
            `select rules_version from deal where id = ?`,
            [id],
            'all',
            ctx,
          );
          const to = d.rules_version + 1;
          await t.execute(
            `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
             values (?, 'deal', ?, 'new', 'new', ?, ?, 'b2b', ?)`,
            [randomUUID(), id, s.at, `rules v${to - 1} → v${to}`, to],
            'run',
            ctx,
          );
          await t.execute(`update deal set rules_version = ? where id = ?`, [to, id], 'run', ctx);
        });
        return;
      }
      case 'pending': {
        const values = s.rows.map((r) => {
          const { kind, id } = record(r.pick);
          return `('${id}', 't${++n}', '${kind}', '${kind}-${id}', '${manager.id}', now(), '${r.kind}', 'new', '[]', 'Generated')`;
        });
        await c.execute(
          `insert into pending_automation (record_id, timer_id, record_kind, workflow_id, responsible_id, at, timer_kind, stage, actions, description)
           values ${values.join(', ')}`,
        );
        return;
      }
      case 'update':
        await c.execute(`${s.statement} ${where(s.modulo)}`);
        return;
      case 'record': {
        const set = s.set.replace('$other', `'${other.id}'`).replace('$manager', `'${manager.id}'`);
        await c.execute(`update ${s.kind} set ${set} ${where(s.modulo)}`);
        return;
      }
      case 'move': {
        // Refused moves (not allowed from here, a closed or archived deal) write nothing.
        const to = B2B[s.to % B2B.length];
        await system.call('POST', `/api/v1/deals/${deal(s.pick).id}/move`, { to });
        return;
      }
      case 'reassign': {
        const { kind, id } = record(s.pick);
        await system.call('PATCH', `/api/v1/${kind}s/${id}`, {
          responsibleId: s.toOther ? other.id : manager.id,
        });
        return;
      }
      case 'archive': {
        const { kind, id } = record(s.pick);
        await system.call('DELETE', `/api/v1/${kind}s/${id}`);
        return;
      }
      case 'complete': {
        // A follow-up of the rules done by its responsible.
        const [a] = await c.execute<{ id: string }[]>(
          `select id from activity where status = 'planned' and archived_at is null and automation_key is not null limit 1`,
        );
        if (a) await system.call('POST', `/api/v1/activities/${a.id}/complete`, {});
        return;
      }
      case 'publish':
        // The next b2b version (the same rules): moves already naming it are classified now.
        await c.execute(
          `insert into rule_set_version (id, rule_set_id, kind, version, name, content, source, checksum, published_at, published_by)
           select ?, rule_set_id, kind, version + 1, name, jsonb_set(content, '{version}', to_jsonb(version + 1)), source, md5(random()::text), now(), 'facts test'
             from rule_set_version where rule_set_id = 'b2b' order by version desc limit 1`,
          [randomUUID()],
        );
        return;
    }
  }

  it('equal the recomputation from the raw rows after any writes', async () => {
    // The most facts held after a run, per figure: the comparisons were not all of nothing.
    const seen = new Map<string, number>();
    // A run that makes every figure, first (one of the 21): the random runs may miss one.
    type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
    const at = new Date(base);
    const everyFigure: Step[] = [
      {
        op: 'activity',
        rows: [
          { pick: 0, at, done: null, archived: false },
          { pick: 0, at, done: new Date(base + H), archived: false },
        ],
      },
      {
        op: 'email',
        rows: [
          { pick: 0, at, status: 'sent', firing: null },
          { pick: 0, at, status: 'failed', firing: null },
        ],
      },
      {
        op: 'effect',
        rows: (['quote', 'no quote', 'invoice', 'escalation'] as const).map((what) => ({
          pick: 0,
          at,
          what,
          firing: 0,
        })),
      },
      {
        op: 'history',
        rows: (
          [
            'rule stages[1].transitions[0] on activity_completed',
            'rule stages[0].when_overdue[0].do[1]',
          ] as const
        ).map((cause) => ({ pick: 0, at, cause, ahead: 0 })),
      },
      {
        op: 'pending',
        rows: (['transition', 'follow_up', 'overdue'] as const).map((kind) => ({ pick: 0, kind })),
      },
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        // After each step: a later write to the same record would recompute what a trigger
        // missed, and hide it.
        for (const s of steps) {
          await apply(s);
          expect(await automationFactsDrift(connection())).toEqual([]);
        }
        const held = await connection().execute<{ figure: string; n: number }[]>(
          `select figure, count(*)::int as n from automation_fact group by figure`,
        );
        for (const h of held) seen.set(h.figure, Math.max(seen.get(h.figure) ?? 0, h.n));
      }),
      { numRuns: 21, examples: [[everyFigure]] },
    );
    for (const figure of [
      'followUpsCreated',
      'followUpsDone',
      'emailsSent',
      'emailsNotSent',
      'escalations',
      'quotesSent',
      'quotesNotSent',
      'invoicesIssued',
      'movesOnEvents',
      'escalationMoves',
      'pendingMoves',
    ])
      expect([figure, (seen.get(figure) ?? 0) > 0]).toEqual([figure, true]);
  }, 600_000);

  it('counts every one of many actions of one deal written at once', async () => {
    const { id } = records[0];
    await connection().execute(`update deal set archived_at = null where id = ?`, [id]);
    const before = await connection().execute<{ n: number }[]>(
      `select count(*)::int as n from automation_fact where record_id = ? and key like 'email %'`,
      [id],
    );
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        orm.em.fork().transactional(async (em) => {
          await em.getConnection().execute(
            `insert into outbound_email (id, key, "to", subject, status, message_id, created_at, sent_at)
             values (?, ?, 'x@example.com', 'Rules', 'sent', ?, ?, ?)`,
            [
              randomUUID(),
              `deal-${id}/at-once/${i}`,
              `<once${i}@t>`,
              new Date(base),
              new Date(base),
            ],
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
    expect(await automationFactsDrift(connection())).toEqual([]);
    const [after] = await connection().execute<{ n: number }[]>(
      `select count(*)::int as n from automation_fact where record_id = ? and key like 'email %'`,
      [id],
    );
    expect(after.n).toBe(before[0].n + 8);
  }, 120_000);

  it('npm run reports -- verify: 1 naming the record and the action once a fact is tampered with', async () => {
    const url = system.config.database.url as string;
    const ok = await reportsCli(['verify'], url);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('automation_fact, automation_rollup: no drift from the raw rows\n');
    expect(ok.code).toBe(0);

    const c = connection();
    const [fact] = await c.execute<{ record_type: string; record_id: string; key: string }[]>(
      `update automation_fact set rules_version = rules_version + 5
        where (record_type, record_id, key) = (select record_type, record_id, key from automation_fact
                                                where at is not null order by record_id, key limit 1)
        returning record_type, record_id::text, key`,
    );
    const drifted = await reportsCli(['verify'], url);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain(
      `automation_fact: ${fact.record_type} ${fact.record_id} ${fact.key}: held `,
    );
    // The counts per rules version differ from the raw rows' too.
    expect(drifted.stdout).toContain('raw rows: ');
    await c.execute(`select voronka_refresh_automation_facts(?, array[?::uuid])`, [
      fact.record_type,
      fact.record_id,
    ]);
    expect((await reportsCli(['verify'], url)).code).toBe(0);

    // A rollup count changed by hand is named with its day and figure.
    const [row] = await c.execute<{ at: string; day: string; figure: string }[]>(
      `update automation_rollup set count = count + 3
        where ctid = (select ctid from automation_rollup where day is not null order by day, figure limit 1)
        returning ctid::text as at, day::text, figure`,
    );
    const rolled = await reportsCli(['verify'], url);
    expect(rolled.code).toBe(1);
    expect(rolled.stdout).toMatch(
      new RegExp(`automation_rollup: ${row.day} .* ${row.figure}: held \\d+, recomputed \\d+`),
    );
    await c.execute(`update automation_rollup set count = count - 3 where ctid = ?::tid`, [row.at]);
    expect((await reportsCli(['verify'], url)).code).toBe(0);
  }, 120_000);
});
