import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { freePort } from '../libs/temporal';
import { type BenchChild, startBenchChild } from './support/child-process';
import { BENCH_ADMIN_KEY, callApi, inParallel, startBenchSystem } from './support/system';

/**
 * Ingest (issue 5): leads created through the API per second — the record written and its
 * workflow started — beside the rate at which the same Temporal server starts empty workflows,
 * in the same run, at the same concurrency. Target: the ratio at 0.7 or better.
 *
 *   npm run bench -- ingest [--leads 3000] [--rounds 3] [--concurrency 32]
 *   (BENCH_DATABASE_URL=postgres://…/empty_db for PostgreSQL; else the embedded PGlite)
 */
async function main() {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const n = arg('leads', 3000);
  const concurrency = arg('concurrency', 32);
  const rounds = arg('rounds', 3);
  // No worker: both sides measure starting workflows, not running them (a worker running 2,000
  // lead workflows at once competes for the same server and cores; see docs/records.md).
  const system = await startBenchSystem({ worker: process.argv.includes('--with-worker') });
  let api: BenchChild | undefined;
  try {
    const client = system.api.get(Client);
    // The API measured runs as its own process, as deployed: the HTTP load generated here must
    // not run on the event loop it measures (the baseline's client runs here too).
    const port = await freePort();
    api = await startBenchChild('api', system.config, {
      HOST: '127.0.0.1',
      PORT: String(port),
      ADMIN_API_KEY: BENCH_ADMIN_KEY,
      LOG_LEVEL: 'warn',
      DATABASE_POOL_MAX: '20',
    });
    const apiUrl = `http://127.0.0.1:${port}`;
    const call = (method: string, path: string, body?: unknown) =>
      callApi(apiUrl, method, path, body);
    const rate = async (what: string, count: number, start: (i: number) => Promise<void>) => {
      const t0 = process.hrtime.bigint();
      await inParallel(count, concurrency, start);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      console.log(
        `${what.padEnd(46)} ${(count / seconds).toFixed(0).padStart(6)} /s  (${count} in ${seconds.toFixed(1)} s)`,
      );
      return seconds;
    };
    console.log(
      `\nIngest, ${n} each in ${rounds} rounds, ${concurrency} at a time; database: ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}, Temporal: embedded dev server`,
    );
    const run = randomUUID().slice(0, 8);
    let emptyStarts = 0;
    const startEmpty = async () => {
      const i = emptyStarts++;
      await client.workflow.start('benchEmptyWorkflow', {
        taskQueue: `bench-empty-${run}`,
        workflowId: `bench-empty-${run}-${i}`,
        args: [{ message: 'empty' }],
      });
    };
    let leads = 0;
    const createLead = async () => {
      const i = leads++;
      const r = await call('POST', '/api/v1/leads', {
        title: `Bench lead ${i}`,
        name: `Lead ${i}`,
        email: `lead${i}.${run}@bench.test`,
        source: 'web',
      });
      if (r.status !== 201) throw new Error(`POST /leads: ${r.status} ${JSON.stringify(r.body)}`);
    };
    // Warm-up of both paths, then what the lead path is made of, for the record.
    await inParallel(100, concurrency, startEmpty);
    await inParallel(100, concurrency, createLead);
    await rate('diag: companies created (row only)', n / rounds, async (i) => {
      const r = await call('POST', '/api/v1/companies', { name: `Co ${i} ${run}` });
      if (r.status !== 201) throw new Error(String(r.status));
    });
    await rate('diag: GET /api/v1/me (auth only)', n / rounds, async () => {
      await call('GET', '/api/v1/me');
    });
    await rate('diag: GET /health', n / rounds, async () => {
      await fetch(apiUrl + '/health').then((r) => r.arrayBuffer());
    });
    // The two measured in alternating rounds, so that a drift of the machine or of the servers
    // (their data grows) weighs on both alike.
    let baselineSeconds = 0;
    let ingestSeconds = 0;
    const perRound = Math.ceil(n / rounds);
    for (let round = 1; round <= rounds; round++) {
      baselineSeconds += await rate(
        `round ${round}: empty workflows started`,
        perRound,
        startEmpty,
      );
      ingestSeconds += await rate(
        `round ${round}: leads created (row + start)`,
        perRound,
        createLead,
      );
    }
    const baseline = (perRound * rounds) / baselineSeconds;
    const ingest = (perRound * rounds) / ingestSeconds;
    console.log(`baseline: empty workflows started ${baseline.toFixed(0).padStart(19)} /s`);
    console.log(`leads created (row + workflow start) ${ingest.toFixed(0).padStart(16)} /s`);
    console.log(
      `ratio (leads / empty workflows): ${(ingest / baseline).toFixed(2)}  (target ≥ 0.70)`,
    );
  } finally {
    api?.stop();
    await system.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
