import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApiApp } from '../apps/api/create-api-app';
import { loadConfig } from '../libs/config';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase, startEmbeddedPostgres } from '../libs/persistence';
import { RulesPublisher } from '../libs/rules/publishing/rules-publisher';
import { formatRow, measure } from './support/latency';

/**
 * Lists at scale (issue 4): with 100,000 deals and 500,000 activities, a
 * filtered, sorted page of deals and the overdue list of one manager, through
 * the HTTP API, p50 / p95 / p99 over sequential requests. Baseline: GET /health
 * on the same server in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npm run bench -- crm-lists [--deals 100000]
 *
 * Without BENCH_DATABASE_URL it runs on the embedded PGlite (10,000 deals by default).
 * Target: p95 under 50 ms for both lists.
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
  const existing = Number(
    (
      await orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from deal')
    )[0].n,
  );
  if (existing === 0) {
    const seeded = await seedDemo(orm.em.fork(), {
      deals,
      activitiesPerDeal: 5,
      managersPerTeam: 4,
    });
    console.log(
      `seeded ${seeded.deals} deals and ${seeded.activities} activities in ${seeded.seconds.toFixed(1)} s`,
    );
  } else {
    console.log(`using the ${existing} deals already in the database`);
  }
  await orm.close();

  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'warn',
    RULES_PUBLISH_ON_START: 'false',
    ADMIN_API_KEY: undefined,
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const get = (path: string, key: string) => async () => {
    const r = await fetch(base + path, { headers: { authorization: `Bearer ${key}` } });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const manager = 'vk_demo_manager_010_key_for_local_use_only';
  const head = 'vk_demo_head_003_key_for_local_use_only';
  const admin = 'vk_demo_admin_001_key_for_local_use_only';
  const n = Number(process.env.BENCH_REQUESTS ?? 300);

  console.log(
    `\nCRM lists, ${n} sequential requests each, database: ${external ? 'PostgreSQL' : 'embedded PGlite'}`,
  );
  const baseline = await measure(get('/health', manager), n);
  console.log(formatRow('baseline: GET /health', baseline));
  const rows: [string, string, string][] = [
    [
      'deals: manager, b2b/negotiation, -amount',
      '/api/v1/deals?pipelineId=b2b&stage=negotiation&sort=-amount&limit=50',
      manager,
    ],
    [
      'deals: head (team), b2b, -createdAt',
      '/api/v1/deals?pipelineId=b2b&sort=-createdAt&limit=50',
      head,
    ],
    [
      'deals: admin, services/proposal, -createdAt',
      '/api/v1/deals?pipelineId=services&stage=proposal&limit=50',
      admin,
    ],
    ['activities: overdue of one manager', '/api/v1/activities/overdue?limit=50', manager],
    ['activities: counters of one manager', '/api/v1/activities/counters', manager],
  ];
  const results: Record<string, number> = {};
  for (const [name, path, key] of rows) {
    const l = await measure(get(path, key), n);
    results[name] = l.p95;
    console.log(formatRow(name, l, baseline));
  }
  const target = 50;
  const worst = Math.max(results[rows[0][0]], results[rows[3][0]]);
  console.log(
    `\ntarget: p95 < ${target} ms for the deals page and the overdue list: ${worst < target ? 'met' : 'NOT met'} (worst p95 ${worst.toFixed(1)} ms)`,
  );
  await app.close();
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
