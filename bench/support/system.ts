import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../../apps/api/create-api-app';
import { createWorkerApp } from '../../apps/worker/create-worker-app';
import { type AppConfig, loadConfig } from '../../libs/config';
import { startEmbeddedPostgres } from '../../libs/persistence';
import { installTemporalRuntime, startDevelopmentServer } from '../../libs/temporal';
import { createLogger } from '../../libs/logging';

export const BENCH_ADMIN_KEY = 'vk_bench_admin_key_for_local_use_only_0001';

export interface BenchSystem {
  config: AppConfig;
  api: INestApplication;
  worker?: INestApplicationContext;
  baseUrl: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    key?: string,
    // Benchmarks read a few fields of the answers; `any` keeps that short.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/**
 * The system for the workflow benchmarks, as `npm start` runs it but in memory: the embedded
 * Temporal dev server, PostgreSQL (BENCH_DATABASE_URL, an empty database, or the embedded
 * PGlite), the API and, unless told otherwise, the worker in this process.
 */
export async function startBenchSystem(
  options: { worker?: boolean; env?: NodeJS.ProcessEnv } = {},
) {
  const stops: (() => Promise<unknown>)[] = [];
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'voronka-bench-')),
    ADMIN_API_KEY: BENCH_ADMIN_KEY,
    DATABASE_URL: process.env.BENCH_DATABASE_URL,
    DATABASE_POOL_MAX: '20',
    ...options.env,
  });
  const log = createLogger(config, 'bench');
  installTemporalRuntime(createLogger(config, 'temporal-sdk'));
  if (!config.database.url) {
    const db = await startEmbeddedPostgres({ maxConnections: 60 });
    stops.push(() => db.stop());
    config.database.url = db.url;
  }
  const temporal = await startDevelopmentServer(config, {
    persistent: false,
    fixedPorts: false,
    ui: false,
    log: (m) => log.info(m),
  });
  stops.push(() => temporal.stop());
  config.temporal.address = temporal.address;
  const api = await createApiApp(config, log);
  await api.listen(0, '127.0.0.1');
  stops.push(() => api.close());
  const worker = options.worker === false ? undefined : await createWorkerApp(config, log);
  if (worker) stops.push(() => worker.close());
  const baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    config,
    api,
    worker,
    baseUrl,
    call: (method: string, path: string, body?: unknown, key = BENCH_ADMIN_KEY) =>
      callApi(baseUrl, method, path, body, key),
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  } satisfies BenchSystem;
}

/** A request to the API at `baseUrl` with an API key; JSON answers parsed. */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  key = BENCH_ADMIN_KEY,
  // Benchmarks read a few fields of the answers; `any` keeps that short.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const r = await fetch(baseUrl + path, {
    method,
    headers: {
      authorization: `Bearer ${key}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  return {
    status: r.status,
    body: text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

/** Runs `task` for each index with at most `concurrency` at a time. */
export async function inParallel(
  n: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

/** Runs `task` for each index, starting task i no sooner than i / ratePerSecond after the first. */
export async function atRate(
  n: number,
  ratePerSecond: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
) {
  const t0 = Date.now();
  await inParallel(n, concurrency, async (i) => {
    const due = t0 + (i * 1000) / ratePerSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await task(i);
  });
}

/** Polls until `probe` is true. */
export async function until(probe: () => Promise<boolean>, timeoutMs = 600_000, everyMs = 200) {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Rule sets for the benchmarks, published through the API. */
export const benchRules = {
  /** Straight to an invoice; won when it is paid. */
  pay: {
    'rules.yaml': `kind: pipeline
id: bench-pay
name: Bench payments
version: 1
currency: USD
stages:
  - id: invoice
    on_enter:
      - issue_invoice: { due: 7d, send: false }
    transitions:
      - { to: won, on: invoice_paid }
      - { to: lost, after: 30d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  },
  /** Waits, then moves on by a timer. */
  timers: (after: string) => ({
    'rules.yaml': `kind: pipeline
id: bench-timers
name: Bench timers
version: 1
currency: USD
stages:
  - id: waiting
    transitions:
      - { to: later, after: ${after} }
      - { to: lost, on: quote_declined }
  - id: later
    transitions:
      - { to: lost, after: 30d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  }),
};
