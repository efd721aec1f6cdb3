import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../../libs/config';
import { buildOrmOptions, migrateDatabase } from '../../libs/persistence';
import { RulesPublisher } from '../../libs/rules/publishing/rules-publisher';
import { seedDemo } from '../../libs/crm/demo/seed-demo';

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number from 1 up');
  return n;
};

/**
 * `npm run seed:demo -- [--deals 100000]`: demo data in the database of
 * DATABASE_URL, or of a running `npm start` (its embedded PostgreSQL on
 * DATABASE_EMBEDDED_PORT). Prints the demo users' API keys.
 */
async function main(): Promise<void> {
  const program = new Command('seed:demo')
    .option('--deals <n>', 'how many deals', positive, 300)
    .option('--activities-per-deal <n>', 'activities per deal on average', Number, 5)
    .option('--managers-per-team <n>', 'managers in each of the two teams', positive, 4)
    .option('--force', 'seed even when NODE_ENV is production')
    .parse(process.argv);
  const o = program.opts<{
    deals: number;
    activitiesPerDeal: number;
    managersPerTeam: number;
    force?: boolean;
  }>();
  const config = loadConfig();
  // The demo users' keys are written in this repository: never in a real deployment by accident.
  if (config.env === 'production' && !o.force) {
    throw new Error(
      'NODE_ENV is production: demo data comes with publicly known API keys; add --force if you really mean it',
    );
  }
  const url =
    config.database.url ??
    `postgres://postgres:postgres@127.0.0.1:${config.database.embeddedPort}/postgres`;
  if (!config.database.url)
    console.log(
      `DATABASE_URL is not set: seeding the embedded database of a running \`npm start\` (${url})`,
    );
  const orm = await MikroORM.init(buildOrmOptions({ url, poolMax: 3 }));
  try {
    await migrateDatabase(orm);
    await new RulesPublisher(orm).publishShipped();
    const result = await seedDemo(orm.em.fork(), {
      deals: o.deals,
      activitiesPerDeal: o.activitiesPerDeal,
      managersPerTeam: o.managersPerTeam,
    });
    console.log(
      `seeded in ${result.seconds.toFixed(1)} s: ${result.users} users in ${result.teams} teams, ${result.companies} companies, ` +
        `${result.contacts} contacts, ${result.leads} leads, ${result.deals} deals, ${result.activities} activities, ${result.products} products`,
    );
    console.log('demo API keys (local use only):');
    for (const [email, key] of Object.entries(result.keys).slice(0, 6))
      console.log(`  ${email.padEnd(32)} ${key}`);
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
