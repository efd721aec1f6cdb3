import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../../libs/config';
import { buildOrmOptions } from '../../libs/persistence';
import { usePhoneDefaultCountry } from '../../libs/crm/contact-points/normalize';
import { renormalizePhones } from '../../libs/crm/contact-points/renormalize-phones';

/**
 * `npm run phones -- renormalize`: after PHONE_DEFAULT_COUNTRY is set or changed, writes the
 * normalised form of every stored phone again (in the database of DATABASE_URL), so that phones
 * stored before compare with new ones. Exit codes: 0 done, 2 misuse or no database.
 */
async function renormalize(): Promise<number> {
  const config = loadConfig();
  if (!config.database.url) {
    process.stderr.write('DATABASE_URL is not set: name the database\n');
    return 2;
  }
  usePhoneDefaultCountry(config.phoneDefaultCountry);
  const orm = await MikroORM.init(buildOrmOptions({ url: config.database.url, poolMax: 1 }));
  try {
    const changed = await renormalizePhones(orm.em.fork().getConnection());
    const country = config.phoneDefaultCountry ?? 'none (digits alone)';
    process.stdout.write(
      `phones renormalised for the default country ${country}: ` +
        `${changed.lead} lead(s), ${changed.contact} contact(s), ${changed.company} company(ies) changed\n`,
    );
    return 0;
  } finally {
    await orm.close();
  }
}

async function main(): Promise<number> {
  let code = 0;
  const program = new Command('phones')
    .description('the stored phones')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  program
    .command('renormalize')
    .description("write every stored phone's normalised form again (after PHONE_DEFAULT_COUNTRY)")
    .action(async () => {
      code = await renormalize();
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
