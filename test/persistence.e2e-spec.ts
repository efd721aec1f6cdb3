import { MikroORM } from '@mikro-orm/postgresql';
import { buildOrmOptions, migrateDatabase } from '../libs/persistence';
import { MIGRATIONS } from '../libs/persistence/migrations';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The schema comes from committed migrations, applied on start, safely from several processes. */
describe('persistence: migrations and the connection pool', () => {
  let database: TestDatabase;
  const orms: MikroORM[] = [];

  async function orm(poolMax = 5): Promise<MikroORM> {
    const o = await MikroORM.init(buildOrmOptions({ url: database.url, poolMax }));
    orms.push(o);
    return o;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const o of orms) await o.close();
    await database?.drop();
  });

  it('applies every migration once, even with two processes starting together', async () => {
    const [a, b] = await Promise.all([orm(), orm()]);
    const [appliedByA, appliedByB] = await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
    // One of them applied everything; the other, waiting on the lock, found nothing to do.
    expect([...appliedByA, ...appliedByB]).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await migrateDatabase(a)).toEqual([]);
    const executed = await a.getMigrator().getExecutedMigrations();
    expect(executed.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('leaves no difference between the migrated schema and the entities (no drift)', async () => {
    const o = await orm();
    await migrateDatabase(o);
    const diff = await o.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('serves more concurrent transactions than the pool has connections', async () => {
    const o = await orm(5);
    await migrateDatabase(o);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        o.em.fork().transactional(async (em) => {
          const [row] = await em
            .getConnection()
            .execute<{ n: number }[]>(
              'select ?::int + 1 as n',
              [i],
              'all',
              em.getTransactionContext(),
            );
          return row.n;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
