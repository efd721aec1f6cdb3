import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApiApp } from '../apps/api/create-api-app';
import { loadConfig } from '../libs/config';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase, startEmbeddedPostgres } from '../libs/persistence';
import { RulesPublisher } from '../libs/rules/publishing/rules-publisher';

/**
 * The deal list's CSV export at scale: every deal (100,000 by default) as an admin and a head's
 * team as the head, through the HTTP API, read to the end by a client. Prints the time, the rows,
 * the bytes, and the API process's memory (its resident size and heap, sampled every 20 ms)
 * before and at its highest during the export; baseline: one JSON page of 200 deals.
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npm run bench -- list-exports [--deals 100000]
 *
 * Without BENCH_DATABASE_URL it runs on the embedded PGlite (10,000 deals by default). The API
 * runs in this process, so the memory is the API's (and this small client's).
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
      activitiesPerDeal: 1,
      managersPerTeam: 4,
    });
    console.log(`seeded ${seeded.deals} deals in ${seeded.seconds.toFixed(1)} s`);
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
  const admin = 'vk_demo_admin_001_key_for_local_use_only';
  const head = 'vk_demo_head_003_key_for_local_use_only';
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

  /** One request read to its end, with the process's memory sampled meanwhile. */
  const run = async (path: string, key: string) => {
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    const started = performance.now();
    const answer = await fetch(base + path, { headers: { authorization: `Bearer ${key}` } });
    if (!answer.ok || !answer.body) throw new Error(`${path}: ${answer.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    const ms = performance.now() - started;
    clearInterval(sampler);
    return { ms, bytes, lines, before, peakRss, peakHeap };
  };

  console.log(`\nlist exports, database: ${external ? 'PostgreSQL' : 'embedded PGlite'}`);
  await run('/api/v1/deals?limit=200', admin); // warm up
  const page = await run('/api/v1/deals?limit=200', admin);
  console.log(`baseline: a JSON page of 200 deals: ${page.ms.toFixed(0)} ms`);
  for (const [name, path, key] of [
    ['deals CSV, admin (all)', '/api/v1/deals?format=csv', admin],
    ['deals CSV, head (team)', '/api/v1/deals?format=csv', head],
    [
      'deals CSV, admin, b2b by -amount',
      '/api/v1/deals?format=csv&pipelineId=b2b&sort=-amount',
      admin,
    ],
  ] as const) {
    const r = await run(path, key);
    const rows = r.lines - 1; // a line break inside a quoted cell would count too: none in the seed
    console.log(
      `${name}: ${rows} rows, ${mb(r.bytes)} in ${(r.ms / 1000).toFixed(1)} s ` +
        `(${Math.round(rows / (r.ms / 1000))} rows/s, ${(r.ms / Math.max(page.ms, 1)).toFixed(0)}× the page); ` +
        `memory: rss ${mb(r.before.rss)} → peak ${mb(r.peakRss)}, heap ${mb(r.before.heapUsed)} → peak ${mb(r.peakHeap)}`,
    );
  }
  await app.close();
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
