import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { summarize } from './support/latency';
import { benchRules, inParallel, startBenchSystem, until } from './support/system';

/**
 * Timers at scale (issue 5): N open deal workflows waiting on a rule timer. Prints the worker's
 * memory (its own process: resident set) while they wait, and how late the timers fire: the time
 * the timer's stage change was made (workflow time) against when the workflow began running (its
 * first effect marks the deal) plus the rule's duration. Target: under 1 GB and under 1 s late.
 *
 *   npm run bench -- timers [--deals 10000] [--after 3m]
 */
const WORKER_MAIN = join(__dirname, '..', 'apps', 'worker', 'main.js');

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main() {
  const argIndex = (name: string) => process.argv.indexOf(`--${name}`);
  const n = argIndex('deals') > 0 ? Number(process.argv[argIndex('deals') + 1]) : 10_000;
  const after = argIndex('after') > 0 ? process.argv[argIndex('after') + 1] : '3m';
  const afterMs = Number(/^(\d+)m$/.exec(after)![1]) * 60_000;
  const system = await startBenchSystem({ worker: false });
  let worker: ChildProcess | undefined;
  try {
    const c = system.config;
    worker = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'info',
        DATABASE_URL: c.database.url,
        DATABASE_POOL_MAX: '10',
        TEMPORAL_ADDRESS: c.temporal.address,
        TEMPORAL_TASK_QUEUE: c.temporal.taskQueue,
        DATA_DIR: c.dataDir,
        RULES_PUBLISH_ON_START: 'false',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      worker!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('worker polling')) resolve();
      });
      worker!.once('exit', () => reject(new Error(`worker exited: ${out}`)));
    });
    const idleRss = rssMb(worker.pid!);
    const published = await system.call('POST', '/api/v1/rules/publish', {
      files: benchRules.timers(after),
    });
    if (published.status !== 201) throw new Error(JSON.stringify(published.body));

    const t0 = Date.now();
    await inParallel(n, 32, async (i) => {
      const r = await system.call('POST', '/api/v1/deals', {
        title: `Waiting ${i}`,
        pipelineId: 'bench-timers',
        amount: '1.00',
      });
      if (r.status !== 201) throw new Error(JSON.stringify(r.body));
    });
    const created = (Date.now() - t0) / 1000;
    console.log(
      `\n${n} deals created in ${created.toFixed(1)} s; each waits ${after} in "waiting"`,
    );
    const orm = system.api.get(MikroORM);
    const count = async (sql: string) =>
      Number((await orm.em.fork().getConnection().execute<{ n: string }[]>(sql))[0].n);
    let peak = idleRss;
    const sample = setInterval(() => (peak = Math.max(peak, rssMb(worker!.pid!))), 500);
    await until(
      async () =>
        (await count(`select count(*) as n from deal where workflow_started_at is not null`)) >= n,
    );
    const waitingRss = rssMb(worker.pid!);
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
    const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
    console.log(`database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}`);
    console.log(
      `worker memory (RSS): idle ${idleRss.toFixed(0)} MB, ${n} waiting ${waitingRss.toFixed(0)} MB, peak ${peak.toFixed(0)} MB  (target < 1024 MB)`,
    );
    console.log(
      `timer lateness over ${late.n}: p50 ${ms(late.p50)}  p95 ${ms(late.p95)}  p99 ${ms(late.p99)}  max ${ms(late.max)}  (target < 1000 ms)`,
    );
  } finally {
    worker?.kill('SIGTERM');
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
