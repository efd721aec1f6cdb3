import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { MikroORM } from '@mikro-orm/postgresql';
import { reportPeriod } from '../libs/crm/reports/report-period';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The automation report against a recomputation from the raw rows: fast-check generates deals and
 * leads with stage histories under rules versions 1 and 2 (a migration between them), moves by
 * the rules (on events, timed, on conditions, by escalations) and by hand, and what the effects
 * left: activities the rules created (done or not), emails sent or stuck, escalations (emails and
 * other effects, several actions per firing), quotes chosen or not found, invoices, pending
 * timers — on and around the edges of the period. The report, for an admin, a head, a manager and
 * with filters, must equal what this file computes.
 */
describe('automation report', () => {
  let system: TestSystem;
  let orm: MikroORM;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser;
  let teamB: string;
  /** The b2b transitions as published: [stage index, transition index, timed?]. */
  let transitions: [number, number, boolean][];
  /** Whether transition j of stage i of a rule set waits a time (a timed move). */
  let timedIn: (ruleSetId: string, i: number, j: number) => boolean;
  /** The latest published version of each rule set (b2b gets one more in this file). */
  let versions: Record<string, number>;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Rules A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Rules B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    const connection = orm.em.fork().getConnection();
    const published = await connection.execute<
      {
        rule_set_id: string;
        version: number;
        content: { stages: { transitions?: { after?: unknown }[] }[] };
      }[]
    >(
      `select distinct on (rule_set_id) rule_set_id, version, content from rule_set_version order by rule_set_id, version desc`,
    );
    versions = Object.fromEntries(published.map((r) => [r.rule_set_id, r.version]));
    // A next b2b version (the same rules): records migrate to it.
    await connection.execute(
      `insert into rule_set_version (id, rule_set_id, kind, version, name, content, source, checksum, published_at, published_by)
       select ?, rule_set_id, kind, version + 1, name, content, source, checksum, now(), published_by
         from rule_set_version where rule_set_id = 'b2b' and version = ?`,
      [randomUUID(), versions.b2b],
    );
    const contentOf = (id: string) => published.find((r) => r.rule_set_id === id)!.content;
    transitions = contentOf('b2b').stages.flatMap((s, i) =>
      (s.transitions ?? []).map((_, j) => [i, j, false] as [number, number, boolean]),
    );
    timedIn = (ruleSetId, i, j) =>
      contentOf(ruleSetId).stages[i]?.transitions?.[j]?.after !== undefined;
    transitions = transitions.map(([i, j]) => [i, j, timedIn('b2b', i, j)]);
    expect(transitions.some(([, , timed]) => timed)).toBe(true);
    expect(transitions.some(([, , timed]) => !timed)).toBe(true);
  });
  afterAll(async () => {
    await system?.close();
  });

  const when = fc.oneof(
    fc.double({ min: -0.3, max: 1.3, noNaN: true }),
    fc.constantFrom('start', 'end', 'start-1', 'end-1'),
  );
  const actionArb = fc.oneof(
    fc.record({
      what: fc.constant('activity'),
      at: when,
      done: fc.option(when),
      archived: fc.boolean(),
    }),
    fc.record({ what: fc.constant('email'), at: when, sent: fc.boolean() }),
    fc.record({
      what: fc.constant('escalation'),
      firing: fc.integer({ min: 0, max: 2 }),
      at: when,
      by: fc.constantFrom('email', 'effect'),
    }),
    fc.record({ what: fc.constant('quote'), at: when, found: fc.boolean() }),
    fc.record({ what: fc.constant('invoice'), at: when }),
    fc.record({
      what: fc.constant('pending'),
      kind: fc.constantFrom('transition', 'follow_up', 'overdue'),
    }),
  );
  const recordArb = fc.record({
    kind: fc.constantFrom('deal', 'deal', 'lead'),
    owner: fc.integer({ min: 0, max: 3 }),
    source: fc.constantFrom('web', null),
    archived: fc.boolean(),
    // A rules migration (deals: to the next b2b version) at this instant, or none.
    migrated: fc.option(when),
    history: fc.array(
      fc.record({
        at: when,
        cause: fc.oneof(
          fc.constantFrom('created', 'manual', 'manual (override)'),
          fc.record({ transition: fc.nat(), on: fc.boolean() }),
          fc.constant('escalation'),
        ),
      }),
      { maxLength: 5 },
    ),
    actions: fc.array(actionArb, { maxLength: 8 }),
  });
  const caseArb = fc.record({
    zone: fc.constantFrom('UTC', 'Europe/Berlin', 'Australia/Lord_Howe'),
    from: fc.constantFrom('2026-03-01', '2026-10-04', '2026-12-31'),
    days: fc.integer({ min: 1, max: 40 }),
    records: fc.array(recordArb, { maxLength: 6 }),
    asker: fc.integer({ min: 0, max: 4 }),
  });
  type Case = ReturnType<typeof caseArb.generate>['value'];

  const shiftDate = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  interface Fact {
    record: string;
    kind: string;
    at: Date | null;
    figure: string;
    firing?: string;
  }
  interface Written {
    id: string;
    kind: string;
    owner: string;
    source: string | null;
    archived: boolean;
    version: number;
    migrated: boolean;
    history: { id: string; at: Date; version: number; ruleSetId: string }[];
  }

  /** Generated version 1 or 2 as published: b2b's latest or the next; the lead rules' latest. */
  const versionOf = (kind: string, generated: number) =>
    kind === 'deal' ? versions.b2b + generated - 1 : versions.leads;

  async function write(c: Case) {
    const connection = orm.em.fork().getConnection();
    for (const table of [
      'pending_automation',
      'effect_run',
      'outbound_email',
      'activity',
      'stage_change',
      'deal',
      'lead',
    ])
      await connection.execute(`delete from ${table}`);
    const period = reportPeriod(c.from, shiftDate(c.from, c.days - 1), c.zone);
    const span = period.end.getTime() - period.start.getTime();
    const instant = (w: Case['records'][number]['history'][number]['at']) =>
      new Date(
        typeof w === 'number'
          ? period.start.getTime() + Math.round(w * span)
          : {
              start: period.start.getTime(),
              end: period.end.getTime(),
              'start-1': period.start.getTime() - 1,
              'end-1': period.end.getTime() - 1,
            }[w],
      );
    const owners = [m1, m2, m3, hA];
    const records: Written[] = [];
    const facts: Fact[] = [];
    let n = 0;
    for (const g of c.records) {
      const id = randomUUID();
      const ruleSetId = g.kind === 'deal' ? 'b2b' : 'leads';
      // A record changes version only by a migration, which writes its own history row: the rows
      // before it (by time, then id) are of version 1, those after it of version 2.
      const migration =
        g.kind === 'deal' && g.migrated !== null
          ? { id: randomUUID(), at: instant(g.migrated) }
          : null;
      const after = (row: { id: string; at: Date }) =>
        migration !== null &&
        (row.at > migration.at ||
          (row.at.getTime() === migration.at.getTime() && row.id > migration.id));
      const version = versionOf(g.kind, migration ? 2 : 1);
      const owner = owners[g.owner].id;
      if (g.kind === 'deal')
        await connection.execute(
          `insert into deal (id, responsible_id, created_at, updated_at, archived_at, version, title, pipeline_id, rules_version, stage, outcome, amount, currency, source, custom, workflow_started_at)
           values (?, ?, now(), now(), ?, 1, 'Generated', 'b2b', ?, 'new', 'open', 0, 'USD', ?, '{}', now())`,
          [id, owner, g.archived ? new Date() : null, version, g.source],
        );
      else
        await connection.execute(
          `insert into lead (id, responsible_id, created_at, updated_at, archived_at, version, title, source, rule_set_id, rules_version, status, outcome, custom, workflow_started_at)
           values (?, ?, now(), now(), ?, 1, 'Generated', ?, 'leads', 1, 'new', 'open', '{}', now())`,
          [id, owner, g.archived ? new Date() : null, g.source],
        );
      const record: Written = {
        id,
        kind: g.kind,
        owner,
        source: g.source,
        archived: g.archived,
        version,
        migrated: migration !== null,
        history: [],
      };
      records.push(record);
      if (migration) {
        const v = versionOf(g.kind, 2);
        record.history.push({ ...migration, version: v, ruleSetId });
        await connection.execute(
          `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
           values (?, 'deal', ?, 'new', 'new', ?, ?, 'b2b', ?)`,
          [migration.id, id, migration.at, `rules v${v - 1} → v${v}`, v],
        );
      }
      const workflow = `${g.kind}-${id}`;
      for (const h of g.history) {
        const row = { id: randomUUID(), at: instant(h.at), version: 0, ruleSetId };
        const v = versionOf(g.kind, after(row) ? 2 : 1);
        row.version = v;
        let cause: string;
        let figure: string | null = null;
        if (typeof h.cause === 'string' && h.cause !== 'escalation') cause = h.cause;
        else if (h.cause === 'escalation') {
          cause = 'rule stages[0].when_overdue[0].do[1]';
          figure = 'escalationMoves';
        } else {
          const [i, j] = transitions[h.cause.transition % transitions.length];
          cause = `rule stages[${i}].transitions[${j}]${h.cause.on ? ' on activity_completed' : ''}`;
          figure = h.cause.on
            ? 'movesOnEvents'
            : timedIn(ruleSetId, i, j)
              ? 'timedMoves'
              : 'conditionMoves';
        }
        record.history.push(row);
        await connection.execute(
          `insert into stage_change (id, record_type, record_id, from_stage, to_stage, at, cause, rule_set_id, rules_version)
           values (?, ?, ?, 'new', 'new', ?, ?, ?, ?)`,
          [row.id, g.kind, id, row.at, cause, ruleSetId, v],
        );
        if (figure) facts.push({ record: id, kind: g.kind, at: row.at, figure, firing: `v${v}` });
      }
      for (const a of g.actions) {
        const key = `new#1/enter/${++n}`;
        if (a.what === 'activity') {
          const at = instant(a.at);
          const done = a.done === null ? null : instant(a.done);
          await connection.execute(
            `insert into activity (id, responsible_id, created_at, updated_at, archived_at, version, type, subject, due_at, status, completed_at, deal_id, lead_id, automation_key)
             values (?, ?, ?, ?, ?, 1, 'call', 'Generated', ?, ?, ?, ?, ?, ?)`,
            [
              randomUUID(),
              owner,
              at,
              at,
              a.archived ? at : null,
              at,
              done ? 'done' : 'planned',
              done,
              g.kind === 'deal' ? id : null,
              g.kind === 'lead' ? id : null,
              `${workflow}/${key}`,
            ],
          );
          if (!a.archived) {
            facts.push({ record: id, kind: g.kind, at, figure: 'followUpsCreated' });
            if (done)
              facts.push({
                record: id,
                kind: g.kind,
                at: done,
                figure: 'followUpsDone',
                firing: at.toISOString(),
              });
          }
        } else if (a.what === 'email' || (a.what === 'escalation' && a.by === 'email')) {
          const at = instant(a.at);
          const sent = a.what === 'email' ? a.sent : true;
          const emailKey = a.what === 'email' ? key : `new#1/enter/0/overdue/${a.firing}/${n}`;
          await connection.execute(
            `insert into outbound_email (id, key, "to", subject, status, message_id, created_at, sent_at)
             values (?, ?, 'x@example.com', 'Generated', ?, ?, ?, ?)`,
            [
              randomUUID(),
              `${workflow}/${emailKey}`,
              sent ? 'sent' : 'sending',
              `<${n}@t>`,
              at,
              sent ? at : null,
            ],
          );
          facts.push({
            record: id,
            kind: g.kind,
            at,
            figure: sent ? 'emailsSent' : 'emailsNotSent',
          });
          if (a.what === 'escalation')
            facts.push({
              record: id,
              kind: g.kind,
              at,
              figure: 'escalation',
              firing: `${a.firing}`,
            });
        } else if (a.what === 'escalation') {
          const at = instant(a.at);
          await connection.execute(
            `insert into effect_run (workflow_id, key, result, at) values (?, ?, ?, ?)`,
            [
              workflow,
              `new#1/enter/0/overdue/${a.firing}/${n}`,
              JSON.stringify({ responsibleId: owner }),
              at,
            ],
          );
          facts.push({ record: id, kind: g.kind, at, figure: 'escalation', firing: `${a.firing}` });
        } else if (a.what === 'quote' || a.what === 'invoice') {
          const at = instant(a.at);
          const result =
            a.what === 'invoice'
              ? { invoiceId: randomUUID(), number: `INV-${n}` }
              : a.found
                ? { quoteId: randomUUID(), number: `Q-${n}` }
                : { quoteId: null, note: 'the deal has no draft quote to send' };
          await connection.execute(
            `insert into effect_run (workflow_id, key, result, at) values (?, ?, ?, ?)`,
            [workflow, key, JSON.stringify(result), at],
          );
          facts.push({
            record: id,
            kind: g.kind,
            at,
            figure:
              a.what === 'invoice' ? 'invoicesIssued' : a.found ? 'quotesSent' : 'quotesNotSent',
          });
        } else {
          await connection.execute(
            `insert into pending_automation (record_id, timer_id, record_kind, workflow_id, responsible_id, at, timer_kind, stage, actions, description)
             values (?, ?, ?, ?, ?, now(), ?, 'new', '[]', 'Generated')`,
            [id, `t${n}`, g.kind, workflow, owner, a.kind],
          );
          facts.push({
            record: id,
            kind: g.kind,
            at: null,
            figure: {
              transition: 'pendingMoves',
              follow_up: 'pendingFollowUps',
              overdue: 'pendingEscalations',
            }[a.kind],
          });
        }
      }
    }
    return { period, records, facts };
  }

  /** The version a record ran at `at`: its latest history row at or before, else its own. */
  function versionAt(r: Written, at: Date | null): number {
    if (at === null) return r.version;
    const before = r.history
      .filter((h) => h.at <= at)
      .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));
    return before.at(-1)?.version ?? r.version;
  }

  async function check(c: Case) {
    const { period, records, facts } = await write(c);
    const teamA = [m1.id, m2.id, hA.id];
    const askers: { key: string; filter: Record<string, string>; sees: (r: Written) => boolean }[] =
      [
        { key: system.adminKey, filter: {}, sees: () => true },
        { key: hA.key, filter: {}, sees: (r) => teamA.includes(r.owner) },
        { key: m1.key, filter: {}, sees: (r) => r.owner === m1.id },
        {
          key: system.adminKey,
          filter: { pipelineId: 'b2b', source: 'web' },
          sees: (r) => r.kind === 'deal' && r.source === 'web',
        },
        { key: hA.key, filter: { teamId: teamB }, sees: () => false },
      ];
    const asker = askers[c.asker];
    const inside = (at: Date) => at >= period.start && at < period.end;
    const counted: { kind: string; ruleSetId: string; version: number; figure: string }[] = [];
    for (const r of records.filter((x) => !x.archived && asker.sees(x))) {
      const mine = facts.filter((f) => f.record === r.id);
      const ruleSetId = r.kind === 'deal' ? 'b2b' : 'leads';
      // Escalations: each firing once, at its first action.
      const firings = new Map<string, Date>();
      for (const f of mine.filter((x) => x.figure === 'escalation'))
        if (!firings.has(f.firing!) || f.at! < firings.get(f.firing!)!)
          firings.set(f.firing!, f.at!);
      for (const at of firings.values())
        if (inside(at))
          counted.push({
            kind: r.kind,
            ruleSetId,
            version: versionAt(r, at),
            figure: 'escalations',
          });
      for (const f of mine.filter((x) => x.figure !== 'escalation')) {
        if (f.at !== null && !inside(f.at)) continue;
        const version = [
          'movesOnEvents',
          'timedMoves',
          'conditionMoves',
          'escalationMoves',
        ].includes(f.figure)
          ? Number(f.firing!.slice(1)) // a move counts for the version it wrote
          : f.figure === 'followUpsDone'
            ? versionAt(r, new Date(f.firing!)) // a follow-up for the version that created it
            : versionAt(r, f.at);
        counted.push({ kind: r.kind, ruleSetId, version, figure: f.figure });
      }
    }
    const query = new URLSearchParams({
      from: period.from,
      to: period.to,
      timeZone: period.timeZone,
      ...asker.filter,
    });
    const answer = await system.call('GET', `/api/v1/reports/automation?${query}`, undefined, {
      key: asker.key,
    });
    expect(answer.status).toBe(200);
    const report = answer.body;
    const tally = (list: typeof counted) => {
      const out: Record<string, number> = {};
      for (const x of list) out[x.figure] = (out[x.figure] ?? 0) + 1;
      return out;
    };
    const nonZero = (figures: Record<string, number>) =>
      Object.fromEntries(Object.entries(figures).filter(([, v]) => v > 0));
    expect(nonZero(report.total)).toEqual(tally(counted));
    const versions = [
      ...new Set(counted.map((x) => `${x.kind}/${x.ruleSetId}/${x.version}`)),
    ].sort();
    expect(
      report.rulesVersions.map(
        (r: { kind: string; ruleSetId: string; version: number }) =>
          `${r.kind}/${r.ruleSetId}/${r.version}`,
      ),
    ).toEqual(versions);
    for (const row of report.rulesVersions)
      expect(nonZero(row.figures)).toEqual(
        tally(
          counted.filter(
            (x) =>
              x.kind === row.kind && x.ruleSetId === row.ruleSetId && x.version === row.version,
          ),
        ),
      );
  }

  it('equals the recomputation from the raw rows', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, (c) => check(c)),
      { numRuns: 40 },
    );
    // Each run writes rows and asks for the report and every drill-down: minutes on a busy machine.
  }, 300_000);

  it('answers 400 naming the field for an unknown pipeline or an inverted period', async () => {
    for (const [query, field] of [
      ['from=2026-01-01&to=2026-01-31&pipelineId=nope', 'pipelineId'],
      ['from=2026-02-01&to=2026-01-31', 'to'],
      [`from=2026-01-01&to=2026-01-31&responsibleId=${randomUUID()}`, 'responsibleId'],
    ]) {
      const r = await system.call('GET', `/api/v1/reports/automation?${query}`);
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain(field);
    }
  });

  it('exports CSV: a row per rules version, then the total', async () => {
    const r = await system.call(
      'GET',
      '/api/v1/reports/automation?from=2026-01-01&to=2026-01-31',
      undefined,
      {
        headers: { accept: 'text/csv' },
      },
    );
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (r.body as string).split('\r\n');
    expect(lines[0]).toMatch(/^kind,rule set,version,name,followUpsCreated,/);
    // The period's figures are zero (nothing happened in January 2026); the last three columns
    // count timers pending now, which records of the earlier cases may hold: they must equal the
    // JSON answer's.
    const json = await system.call(
      'GET',
      '/api/v1/reports/automation?from=2026-01-01&to=2026-01-31',
    );
    const t = json.body.total as Record<string, number>;
    const pending = [t.pendingMoves, t.pendingFollowUps, t.pendingEscalations].join(',');
    expect(lines).toContain(`total,,,,${Array(12).fill(0).join(',')},${pending}`);
  });
});
