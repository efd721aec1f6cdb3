import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { createApiApp } from '../apps/api/create-api-app';
import { ImpactPreviewService } from '../libs/automation/impact/impact-preview.service';
import { RecordInputLog } from '../libs/automation/input-log/record-input-log';
import { loadConfig } from '../libs/config';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { buildOrmOptions, migrateDatabase, startEmbeddedPostgres } from '../libs/persistence';
import { checkRuleSet } from '../libs/rules/checker/check-rule-set';
import { readRuleSetSource } from '../libs/rules/files/rule-files';
import { type RuleSet } from '../libs/rules';
import { RulesPublisher, sourceFiles } from '../libs/rules/publishing/rules-publisher';
import { b2bDealInputs } from './support/record-inputs';

/**
 * The impact preview (issue 15) on --deals (10,000) open b2b deals, each with the inputs its
 * workflow would have logged over the last 10 days (bench/support/record-inputs.ts: five paths
 * through the pipeline, timers fired on the way), for the candidate "quote follow-up every 2
 * days instead of 3". Measured apart: the reads (the open deals and their logs, two queries),
 * the pure replay (each log through the interpreter, then the migration), and the whole preview
 * through POST /api/v1/rules/b2b/impact, best and median of --rounds (3).
 *
 *   BENCH_DATABASE_URL=postgres://…/empty_db npm run bench -- impact-preview [--deals 10000]
 *
 * Target: at least 2,000 records a second, 10,000 open deals previewed in under 10 s.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

function candidate(version: number): { rules: RuleSet; files: Record<string, string> } {
  const source = readRuleSetSource('rules/b2b');
  source.text = source.text
    .replace(/^version: \d+$/m, `version: ${version}`)
    .replace(
      /( {6}- every: )3d(\n {8}times: 2\n {8}do:\n {10}- send_email: \{ template: quote-reminder)/,
      '$12d$2',
    );
  const checked = checkRuleSet(source);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return { rules: checked.rules, files: sourceFiles(source) };
}

async function main(): Promise<void> {
  const deals = arg('deals', 10_000);
  const rounds = arg('rounds', 3);
  const external = process.env.BENCH_DATABASE_URL;
  const embedded = external ? undefined : await startEmbeddedPostgres({ maxConnections: 20 });
  const url = external ?? embedded!.url;

  const orm = await MikroORM.init(buildOrmOptions({ url, poolMax: 4 }));
  await migrateDatabase(orm);
  const publisher = new RulesPublisher(orm);
  await publisher.publishShipped();
  const b2b = (await publisher.latest('b2b'))!.content;
  const sql = orm.em.fork().getConnection();
  const count = async (query: string) => Number((await sql.execute<{ n: string }[]>(query))[0].n);
  if ((await count('select count(*) as n from record_input')) === 0) {
    const started = Date.now();
    if ((await count('select count(*) as n from deal')) === 0)
      await seedDemo(orm.em.fork(), { deals, activitiesPerDeal: 0, managersPerTeam: 4 });
    await sql.execute(
      `update deal set pipeline_id = 'b2b', rules_version = ${b2b.version}, outcome = 'open', closed_at = null, won_amount = null`,
    );
    const ids = (await sql.execute<{ id: string }[]>('select id from deal order by id')).map(
      (r) => r.id,
    );
    const now = Date.now();
    const log = new RecordInputLog(orm);
    let entries = 0;
    const stages: Record<string, string[]> = {};
    for (const [n, id] of ids.entries()) {
      const startedAt = now - 10 * 86_400_000 + ((n * 7919) % (10 * 86_400)) * 1000;
      const { inputs, state } = b2bDealInputs(b2b, n, startedAt, now);
      (stages[state.stage] ??= []).push(id);
      entries += inputs.length;
      await log.append({
        kind: 'deal',
        recordId: id,
        workflowId: `deal-${id}`,
        ruleSetId: 'b2b',
        inputs: inputs.map((input, seq) => ({ seq, input })),
      });
    }
    for (const [stage, members] of Object.entries(stages))
      await sql.execute(`update deal set stage = ? where id = any(?::uuid[])`, [
        stage,
        `{${members.join(',')}}`,
      ]);
    await sql.execute('analyze');
    console.log(
      `${ids.length} open deals with ${entries} logged inputs written in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const open = await count(
    `select count(*) as n from deal where pipeline_id = 'b2b' and outcome = 'open'`,
  );
  const logged = await count('select count(*) as n from record_input');
  console.log(
    `${open} open b2b deals, ${logged} logged inputs; database: ${external ? 'PostgreSQL' : 'embedded PGlite'}`,
  );

  const { rules, files } = candidate(b2b.version + 1);
  const service = new ImpactPreviewService(orm, new RecordInputLog(orm));
  const figures: { read: number; replay: number; total: number }[] = [];
  let summary = '';
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const preview = await service.preview(rules);
    figures.push({
      read: preview.timings.readMs,
      replay: preview.timings.replayMs,
      total: performance.now() - t0,
    });
    summary = JSON.stringify(preview.summary.counts);
  }
  await orm.close();

  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'warn',
    RULES_PUBLISH_ON_START: 'false',
    ADMIN_API_KEY: 'vk_bench_admin_key_for_the_impact_preview_only',
  });
  const app = await createApiApp(config);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const api: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const answer = await fetch(`${base}/api/v1/rules/b2b/impact`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${config.adminApiKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ files }),
    });
    if (!answer.ok) throw new Error(`${answer.status} ${await answer.text()}`);
    await answer.arrayBuffer();
    api.push(performance.now() - t0);
  }
  await app.close();
  await embedded?.stop();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const best = (xs: number[]) => Math.min(...xs);
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(34)} best ${best(xs).toFixed(0).padStart(6)} ms   median ${median(xs).toFixed(0).padStart(6)} ms`;
  console.log(`\nimpact of "quote follow-up every 2d" on ${open} open deals: ${summary}`);
  console.log(
    row(
      'reads (records + logs)',
      figures.map((f) => f.read),
    ),
  );
  console.log(
    row(
      'pure replay + migration',
      figures.map((f) => f.replay),
    ),
  );
  console.log(
    row(
      'preview (service)',
      figures.map((f) => f.total),
    ),
  );
  console.log(row('POST /api/v1/rules/b2b/impact', api));
  const replayRate = open / (median(figures.map((f) => f.replay)) / 1000);
  const rate = open / (median(api) / 1000);
  console.log(
    `\nreplay: ${replayRate.toFixed(0)} records/s; whole preview through the API: ${rate.toFixed(0)} records/s` +
      `\ntarget: ≥ 2,000 records/s and ${open} in under 10 s: ${rate >= 2000 && median(api) < 10_000 ? 'met' : 'NOT met'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
