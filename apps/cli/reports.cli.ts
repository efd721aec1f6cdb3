import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../../libs/config';
import { buildOrmOptions } from '../../libs/persistence';
import { activityRollupDrift } from '../../libs/crm/reports/activity-rollup';
import { automationFactsDrift } from '../../libs/crm/reports/automation-facts';
import { stageFactsDrift } from '../../libs/crm/stages/stage-facts';
import { recordPlanDrift } from '../../libs/crm/reports/record-plan';
import { salesRollupDrift } from '../../libs/crm/reports/sales-rollup';
import { stageReachRollupDrift } from '../../libs/crm/reports/stage-reach-rollup';

type Connection = ReturnType<ReturnType<MikroORM['em']['fork']>['getConnection']>;

/** One rollup or set of facts: how to recompute its drift, and how to print it. */
interface Check<D> {
  name: string;
  /** What it is recomputed from, as printed when nothing drifted. */
  source: string;
  /** What one difference is, and how the header says they drifted. */
  unit: string;
  drifted: string;
  drift: (connection: Connection) => Promise<D[]>;
  line: (d: D) => string;
}

const check = <D>(c: Check<D>) => c as unknown as Check<unknown>;

/** In the order they print. */
const CHECKS: Check<unknown>[] = [
  check({
    name: 'activity_rollup',
    source: 'the activities',
    unit: 'figure(s)',
    drifted: 'drifted from the activities',
    drift: activityRollupDrift,
    line: (d) =>
      `${d.day} ${d.responsibleId} ${d.type} ${d.figure}: rollup ${d.actual}, activities ${d.expected}`,
  }),
  check({
    name: 'record_plan',
    source: 'the activities',
    unit: 'record(s)',
    drifted: 'drifted from the activities',
    drift: recordPlanDrift,
    line: (d) => `${d.kind} ${d.recordId}: held ${d.actual}, activities ${d.expected}`,
  }),
  check({
    name: 'stage_reach, stage_stay',
    source: 'the stage history',
    unit: 'fact(s)',
    drifted: 'drifted from the stage history',
    drift: stageFactsDrift,
    line: (d) =>
      `${d.kind} ${d.recordId} ${d.fact}: held ${d.actual ?? 'nothing'}, history ${d.expected ?? 'nothing'}`,
  }),
  check({
    name: 'stage_reach_rollup',
    source: 'the stage facts',
    unit: 'figure(s)',
    drifted: 'drifted from the stage facts',
    drift: stageReachRollupDrift,
    line: (d) => `${d.bucket} ${d.figure}: rollup ${d.actual}, facts ${d.expected}`,
  }),
  check({
    name: 'automation_fact, automation_rollup',
    source: 'the raw rows',
    unit: 'difference(s)',
    drifted: 'from the raw rows',
    drift: automationFactsDrift,
    line: (d) =>
      `${d.table}: ${d.subject} ${d.fact}: held ${d.actual ?? 'nothing'}, recomputed ${d.expected ?? 'nothing'}`,
  }),
  check({
    name: 'sales_rollup',
    source: 'the deals and payments',
    unit: 'figure(s)',
    drifted: 'drifted from the deals and payments',
    drift: salesRollupDrift,
    line: (d) => `${d.bucket} ${d.figure}: rollup ${d.actual}, deals and payments ${d.expected}`,
  }),
];

/**
 * `npm run reports -- verify`: recomputes the reports' rollups from the raw rows in the database
 * of DATABASE_URL and compares. Exit codes: 0 no drift, 1 drift (each differing figure printed),
 * 2 misuse or no database.
 */
async function verify(): Promise<number> {
  const config = loadConfig();
  if (!config.database.url) {
    process.stderr.write('DATABASE_URL is not set: name the database to verify\n');
    return 2;
  }
  const orm = await MikroORM.init(buildOrmOptions({ url: config.database.url, poolMax: 1 }));
  try {
    const connection = orm.em.fork().getConnection();
    let code = 0;
    for (const check of CHECKS) {
      const drift = await check.drift(connection);
      if (drift.length === 0) {
        process.stdout.write(`${check.name}: no drift from ${check.source}\n`);
        continue;
      }
      code = 1;
      process.stdout.write(`${check.name}: ${drift.length} ${check.unit} ${check.drifted}\n`);
      for (const d of drift.slice(0, 50)) process.stdout.write(`  ${check.line(d)}\n`);
      if (drift.length > 50) process.stdout.write(`  … and ${drift.length - 50} more\n`);
    }
    return code;
  } finally {
    await orm.close();
  }
}

async function main(): Promise<number> {
  let code = 0;
  const program = new Command('reports')
    .description("the reports' rollups")
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program
    .command('verify')
    .description('recompute the rollups from the raw rows and compare; exit 1 on drift')
    .action(async () => {
      code = await verify();
    });
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? 0 : 2;
  }
  return code;
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  });
