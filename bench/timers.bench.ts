import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { type BenchChild, startBenchChild } from './support/child-process';
import { summarize } from './support/latency';
import { atRate, benchRules, startBenchSystem, until } from './support/system';

/**
 * Timers at scale (issue 5): N open deal workflows waiting on a rule timer. The deals are created
 * through the API at a steady rate, and the timer is long enough for all of them to be created
 * and waiting before the first fires; the timers then fire at the rate the deals were created.
 * Prints the worker's memory (its own process: resident set) while they all wait and at its peak,
 * and how late the timers fire: the time the timer's stage change was made (workflow time) against
 * when the workflow began running (its first effect marks the deal) plus the rule's duration.
 * Target: under 1 GB and under 1 s late.
 *
 *   npm run bench -- timers [--deals 10000] [--rate 25] [--after <minutes>m]
 *
 * `--after` defaults to the creation time plus two minutes, rounded up to whole minutes.
 */
async function main() {
  const argIndex = (name: string) => process.argv.indexOf(`--${name}`);
  const n = argIndex('deals') > 0 ? Number(process.argv[argIndex('deals') + 1]) : 10_000;
  const rate = argIndex('rate') > 0 ? Number(process.argv[argIndex('rate') + 1]) : 25;
  const after =
    argIndex('after') > 0
      ? process.argv[argIndex('after') + 1]
      : `${Math.ceil(n / rate / 60) + 2}m`;
  const afterMs = Number(/^(\d+)m$/.exec(after)![1]) * 60_000;
  const system = await startBenchSystem({ worker: false });
  let worker: BenchChild | undefined;
  try {
    worker = await startBenchChild('worker', system.config);
    const idleRss = worker.rssMb();
    const published = await system.call('POST', '/api/v1/rules/publish', {
      files: benchRules.timers(after),
    });
    if (published.status !== 201) throw new Error(JSON.stringify(published.body));

    let peak = idleRss;
    const sample = setInterval(() => (peak = Math.max(peak, worker!.rssMb())), 500);
    const t0 = Date.now();
    await atRate(n, rate, 32, async (i) => {
      const r = await system.call('POST', '/api/v1/deals', {
        title: `Waiting ${i}`,
        pipelineId: 'bench-timers',
        amount: '1.00',
      });
      if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    });
    const created = (Date.now() - t0) / 1000;
    console.log(
      `\n${n} deals created in ${created.toFixed(1)} s (${(n / created).toFixed(1)}/s, asked ${rate}/s); each waits ${after} in "waiting"`,
    );
    const orm = system.api.get(MikroORM);
    const count = async (sql: string) =>
      Number((await orm.em.fork().getConnection().execute<{ n: string }[]>(sql))[0].n);
    await until(
      async () =>
        (await count(`select count(*) as n from deal where workflow_started_at is not null`)) >= n,
    );
    const waitingRss = worker.rssMb();
    await until(
      async () => (await count(`select count(*) as n from deal where stage = 'later'`)) >= n,
      afterMs + 600_000,
      1000,
    );
    clearInterval(sample);
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ late_ms: string }[]>(
        `select extract(epoch from (moved.at - deal.workflow_started_at)) * 1000 - ${afterMs} as late_ms
         from stage_change moved
         join deal on deal.id = moved.record_id
        where moved.record_type = 'deal' and moved.to_stage = 'later'`,
      );
    const late = summarize(rows.map((r: { late_ms: string }) => Number(r.late_ms)));
    const [span] = await orm.em
      .fork()
      .getConnection()
      .execute<{ gap_s: string }[]>(
        `select extract(epoch from ((select min(at) from stage_change where to_stage = 'later')
                 - (select max(workflow_started_at) from deal))) as gap_s`,
      );
    const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(
      `the first timer fired ${Number(span.gap_s).toFixed(0)} s after the last workflow started (all ${n} waiting)`,
    );
    console.log(`database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`);
    console.log(
      `worker memory (RSS): idle ${idleRss.toFixed(0)} MB, ${n} waiting ${waitingRss.toFixed(0)} MB, peak ${peak.toFixed(0)} MB  (target < 1024 MB)`,
    );
    console.log(
      `timer lateness over ${late.n}: p50 ${ms(late.p50)}  p95 ${ms(late.p95)}  p99 ${ms(late.p99)}  max ${ms(late.max)}  (target < 1000 ms)`,
    );
  } finally {
    worker?.stop();
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
