import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../../libs/config';
import { buildOrmOptions } from '../../libs/persistence';
import { activityRollupDrift } from '../../libs/crm/reports/activity-rollup';

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
    const drift = await activityRollupDrift(orm.em.fork().getConnection());
    if (drift.length === 0) {
      process.stdout.write('activity_rollup: no drift from the activities\n');
      return 0;
    }
    process.stdout.write(
      `activity_rollup: ${drift.length} figure(s) drifted from the activities\n`,
    );
    for (const d of drift.slice(0, 50))
      process.stdout.write(
        `  ${d.day} ${d.responsibleId} ${d.type} ${d.figure}: rollup ${d.actual}, activities ${d.expected}\n`,
      );
    if (drift.length > 50) process.stdout.write(`  … and ${drift.length - 50} more\n`);
    return 1;
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
