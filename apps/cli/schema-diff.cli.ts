import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../../libs/persistence/embedded-postgres';
import { migrateDatabase } from '../../libs/persistence/migrate';
import { buildOrmOptions } from '../../libs/persistence/orm-options';

/**
 * `npm run migration:diff`: the SQL that would bring a database at the latest
 * committed migration in line with the entities: the body of the next
 * migration. Runs on an in-memory embedded PostgreSQL; no server needed.
 * Prints nothing when migrations and entities agree.
 */
async function main(): Promise<void> {
  const db = await startEmbeddedPostgres({ maxConnections: 10 });
  const orm = await MikroORM.init(buildOrmOptions({ url: db.url, poolMax: 3 }));
  try {
    await migrateDatabase(orm);
    const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    process.stdout.write(sql.trim() ? `${sql.trim()}\n` : '');
  } finally {
    await orm.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
