import { MikroORM, ref } from '@mikro-orm/postgresql';
import { Lead } from '../libs/crm/leads/lead.entity';
import { newStageChange } from '../libs/crm/stages/stage-history';
import { User } from '../libs/crm/users/user.entity';
import { buildOrmOptions, migrateDatabase } from '../libs/persistence';
import { insertAtOnce } from '../libs/sql/insert-at-once';
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

  it('writes with insertAtOnce exactly the rows a flush writes, both or neither', async () => {
    const o = await orm();
    await migrateDatabase(o);
    const user = new User('Row Writer', 'rows@example.com', 'manager');
    await o.em.fork().persist(user).flush();
    const at = new Date('2026-11-28T10:15:30.123Z');
    const lead = () => {
      const l = new Lead();
      l.title = 'Ünïcode "quoted" \\ lead? ?? $1 :name; drop table lead; --';
      l.responsible = ref(User, user.id);
      l.ruleSetId = 'leads';
      l.rulesVersion = 3;
      l.status = 'new';
      l.custom = { budget: 8000, tags: ["it's", 'b'], nested: { ok: true } };
      l.contactPoints.set('Row@Example.com', '+49 30 1234567');
      l.createdAt = at;
      l.updatedAt = at;
      return l;
    };
    const history = (l: Lead) =>
      newStageChange({
        recordType: 'lead',
        recordId: l.id,
        from: null,
        to: 'new',
        cause: 'created',
        byUserId: user.id,
        ruleSetId: 'leads',
        rulesVersion: 3,
      });

    const flushed = lead();
    await o.em
      .fork()
      .persist([flushed, history(flushed)])
      .flush();
    const atOnce = lead();
    await insertAtOnce(o.em.fork(), [atOnce, history(atOnce)]);

    const rows = async (table: string, column: string, id: string) =>
      (
        await o.em
          .fork()
          .getConnection()
          .execute<Record<string, unknown>[]>(`select * from "${table}" where "${column}" = ?`, [
            id,
          ])
      ).map(({ id: _id, record_id: _recordId, at: _at, ...rest }) => rest);
    expect(await rows('lead', 'id', atOnce.id)).toEqual(await rows('lead', 'id', flushed.id));
    const [written] = await rows('lead', 'id', atOnce.id);
    expect(written).toMatchObject({
      title: atOnce.title,
      custom: { budget: 8000, tags: ["it's", 'b'], nested: { ok: true } },
      email_normalized: 'row@example.com',
      version: 1,
    });
    expect(new Date(String(written.created_at)).toISOString()).toBe(at.toISOString());
    expect(await rows('stage_change', 'record_id', atOnce.id)).toEqual(
      await rows('stage_change', 'record_id', flushed.id),
    );

    // One statement: when its second insert fails, the first is not there either.
    const broken = lead();
    const badHistory = history(broken);
    badHistory.toStage = 'x'.repeat(65); // longer than the column
    await expect(insertAtOnce(o.em.fork(), [broken, badHistory])).rejects.toThrow();
    expect(await rows('lead', 'id', broken.id)).toEqual([]);
  });
});
