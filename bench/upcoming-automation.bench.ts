import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApiApp } from '../apps/api/create-api-app';
import { loadConfig } from '../libs/config';
import { demoUuid } from '../libs/crm/demo/demo-ids';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase, startEmbeddedPostgres } from '../libs/persistence';
import { RulesPublisher } from '../libs/rules/publishing/rules-publisher';
import { formatRow, measure } from './support/latency';

/**
 * My day's upcoming automation (issue 14): a manager with 2,000 open deals, each with the three
 * timers a deal in "new" waits on (two escalations of its call, a timed move), among --deals
 * deals of everyone, all with their pending_automation rows; GET /api/v1/automation/upcoming
 * (next 50, the next day's, 200) and the counters, p50 / p95 / p99 over sequential requests,
 * against GET /health in the same run.
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npm run bench -- upcoming-automation [--deals 20000]
 *
 * Without BENCH_DATABASE_URL it runs on the embedded PGlite. Target: p95 under 100 ms.
 */
async function main(): Promise<void> {
  const argDeals = process.argv.indexOf('--deals');
  const deals = argDeals > 0 ? Number(process.argv[argDeals + 1]) : 20_000;
  const mine = 2_000;
  const external = process.env.BENCH_DATABASE_URL;
  const embedded = external ? undefined : await startEmbeddedPostgres({ maxConnections: 20 });
  const url = external ?? embedded!.url;

  const orm = await MikroORM.init(buildOrmOptions({ url, poolMax: 3 }));
  await migrateDatabase(orm);
  await new RulesPublisher(orm).publishShipped();
  const sql = orm.em.fork().getConnection();
  const count = async (query: string) => Number((await sql.execute<{ n: string }[]>(query))[0].n);
  if ((await count('select count(*) as n from deal')) === 0) {
    const seeded = await seedDemo(orm.em.fork(), {
      deals,
      activitiesPerDeal: 2,
      managersPerTeam: 4,
    });
    console.log(`seeded ${seeded.deals} deals in ${seeded.seconds.toFixed(1)} s`);
  }
  // Manager 010 (the demo key below) is responsible for exactly 2,000 open deals.
  const manager = demoUuid(`'user-10'`);
  await sql.execute(
    `update deal set responsible_id = ${demoUuid(`'user-11'`)} where responsible_id = ${manager}`,
  );
  await sql.execute(
    `update deal set responsible_id = ${manager}, outcome = 'open', archived_at = null
     where id in (select id from deal order by id limit ${mine})`,
  );
  // Every open deal waits on what a deal in "new" waits on, the escalations watching its call.
  if ((await count('select count(*) as n from pending_automation')) === 0) {
    const started = Date.now();
    await sql.execute(`
      insert into pending_automation (record_id, timer_id, record_kind, workflow_id, responsible_id,
        at, timer_kind, stage, move_to, actions, occurrence, times, activity_key, description)
      select d.id, t.id, 'deal', 'deal-' || d.id, d.responsible_id, now() + t.after + (random() * interval '2 days'),
        t.kind, 'new', t.move_to, t.actions::jsonb, null, null, t.activity_key, t.description
      from deal d, (values
        ('overdue:1:0', interval '5 hours', 'overdue', null, '["notify"]', 'new#1/enter/0',
          'if the call is still open 1h after it is due: notify'),
        ('overdue:1:1', interval '28 hours', 'overdue', null, '["notify"]', 'new#1/enter/0',
          'if the call is still open 1d after it is due: notify'),
        ('transition:1:2', interval '14 days', 'transition', 'lost', '["move"]', null,
          'move to lost after 14d in new')
      ) as t(id, after, kind, move_to, actions, activity_key, description)
      where d.outcome = 'open' and d.archived_at is null`);
    // Each deal's first activity is the call its escalations watch.
    await sql.execute(`
      update activity a set automation_key = 'deal-' || a.deal_id || '/new#1/enter/0'
      from (select distinct on (deal_id) id from activity where deal_id is not null
            order by deal_id, id) first
      where a.id = first.id`);
    await sql.execute('analyze');
    console.log(`pending timers written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(
    `${await count('select count(*) as n from pending_automation')} pending timers, ` +
      `${await count(`select count(*) as n from deal where responsible_id = ${manager} and outcome = 'open'`)} open deals of the manager`,
  );
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
  const key = 'vk_demo_manager_010_key_for_local_use_only';
  const get = (path: string) => async () => {
    const r = await fetch(base + path, { headers: { authorization: `Bearer ${key}` } });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  };
  const n = Number(process.env.BENCH_REQUESTS ?? 300);
  console.log(
    `\nMy day, ${n} sequential requests each, database: ${external ? 'PostgreSQL' : 'embedded PGlite'}`,
  );
  const baseline = await measure(get('/health'), n);
  console.log(formatRow('baseline: GET /health', baseline));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  const rows: [string, string][] = [
    ['upcoming automation: next 50', '/api/v1/automation/upcoming'],
    [
      'upcoming automation: the next day',
      `/api/v1/automation/upcoming?before=${tomorrow}&limit=200`,
    ],
    ['upcoming automation: next 200', '/api/v1/automation/upcoming?limit=200'],
    ['counters (today, overdue, nothing planned)', '/api/v1/activities/counters'],
  ];
  let worst = 0;
  for (const [name, path] of rows) {
    const l = await measure(get(path), n);
    if (path.includes('upcoming')) worst = Math.max(worst, l.p95);
    console.log(formatRow(name, l, baseline));
  }
  const target = 100;
  console.log(
    `\ntarget: p95 < ${target} ms for the upcoming automation of a manager with ${mine} open deals: ${worst < target ? 'met' : 'NOT met'} (worst p95 ${worst.toFixed(1)} ms)`,
  );
  await app.close();
  await embedded?.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
