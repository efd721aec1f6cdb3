import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApiApp } from '../apps/api/create-api-app';
import { loadConfig } from '../libs/config';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase, startEmbeddedPostgres } from '../libs/persistence';
import { RulesPublisher } from '../libs/rules/publishing/rules-publisher';
import { formatRow, type Latency, measure } from './support/latency';

/**
 * The reports at scale (issue 13): with `seed:demo`'s 100,000 deals, 500,000 activities and their
 * histories, each report over a year for an admin (all data) and for a head (a team), through
 * the HTTP API, p50 / p95 / p99 over sequential requests. Baseline in the same run: GET /health
 * and the deals list page.
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npm run bench -- reports [--deals 100000]
 *
 * Without BENCH_DATABASE_URL it runs on the embedded PGlite (10,000 deals by default).
 * Target: p95 under 150 ms for each report.
 */
async function main(): Promise<void> {
  const argDeals = process.argv.indexOf('--deals');
  const external = process.env.BENCH_DATABASE_URL;
  const deals = argDeals > 0 ? Number(process.argv[argDeals + 1]) : external ? 100_000 : 10_000;
  const embedded = external ? undefined : await startEmbeddedPostgres({ maxConnections: 20 });
  const url = external ?? embedded!.url;

  const orm = await MikroORM.init(buildOrmOptions({ url, poolMax: 3 }));
  await migrateDatabase(orm);
  await new RulesPublisher(orm).publishShipped();
  const connection = orm.em.fork().getConnection();
  const count = async (table: string) =>
    Number((await connection.execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);
  if ((await count('deal')) === 0) {
    const seeded = await seedDemo(orm.em.fork(), {
      deals,
      activitiesPerDeal: 5,
      managersPerTeam: 4,
    });
    console.log(`seeded in ${seeded.seconds.toFixed(1)} s`);
  } else console.log('using the data already in the database');
  console.log(
    `rows: ${await count('deal')} deals, ${await count('lead')} leads, ${await count('activity')} activities, ` +
      `${await count('stage_change')} stage changes, ${await count('effect_run')} effect runs, ` +
      `${await count('outbound_email')} emails, ${await count('pending_automation')} pending timers, ` +
      `${await count('invoice')} invoices, ${await count('payment')} payments`,
  );
  await orm.close();

  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'warn',
    RULES_PUBLISH_ON_START: 'false',
    ADMIN_API_KEY: undefined,
    // The API's 3 s would answer a slower report with 503: measured, not cut off.
    DATABASE_STATEMENT_TIMEOUT_MS: process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? '120000',
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const get = (path: string, key: string) => async () => {
    const r = await fetch(base + path, { headers: { authorization: `Bearer ${key}` } });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const admin = 'vk_demo_admin_001_key_for_local_use_only';
  const head = 'vk_demo_head_003_key_for_local_use_only';
  const n = Number(process.env.BENCH_REQUESTS ?? 30);
  // A year up to today, in a zone with daylight saving.
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  const year = `from=${from}&to=${to}&timeZone=Europe/Berlin`;

  console.log(
    `\nreports over ${from}..${to}, ${n} sequential requests each, database: ${external ? 'PostgreSQL' : 'embedded PGlite'}`,
  );
  const baseline = await measure(get('/health', admin), n);
  console.log(formatRow('baseline: GET /health', baseline));
  console.log(
    formatRow(
      'baseline: deals page (admin, b2b)',
      await measure(get('/api/v1/deals?pipelineId=b2b&limit=50', admin), n),
      baseline,
    ),
  );
  const reports: [string, string][] = [
    ['deal funnel b2b', `deal-funnel?pipelineId=b2b&${year}`],
    ['lead funnel', `lead-funnel?${year}`],
    ['sales by manager', `sales?groupBy=manager&${year}`],
    ['sales by month', `sales?groupBy=month&${year}`],
    ['activity by manager', `activity?groupBy=manager&${year}`],
    ['forecast by pipeline', `forecast?groupBy=pipeline&${year}`],
    ['automation', `automation?${year}`],
  ];
  const results: [string, Latency][] = [];
  for (const [who, key] of [
    ['admin', admin],
    ['head', head],
  ] as const)
    for (const [name, path] of reports) {
      const call = get(`/api/v1/reports/${path}`, key);
      try {
        // A report that takes seconds is measured over fewer requests (the run stays minutes).
        const started = Date.now();
        await call();
        const l = await measure(call, Date.now() - started > 2000 ? Math.min(n, 5) : n, 1);
        results.push([`${name} (${who})`, l]);
        console.log(formatRow(`${name} (${who})`, l, baseline));
      } catch (error) {
        results.push([`${name} (${who})`, { n: 0, p50: NaN, p95: Infinity, p99: NaN, max: NaN }]);
        console.log(
          `${`${name} (${who})`.padEnd(44)} failed: ${(error as Error).message.slice(0, 200)}`,
        );
      }
    }
  const target = 150;
  const missed = results.filter(([, l]) => l.p95 >= target).map(([name]) => name);
  console.log(
    `\ntarget: p95 < ${target} ms for each report: ${missed.length === 0 ? 'met' : `NOT met by ${missed.join(', ')}`}`,
  );
  await app.close();
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
