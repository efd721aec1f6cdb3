import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildOrmOptions } from '../libs/persistence';
import { findDuplicates } from '../libs/crm/duplicates/duplicate-check';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Migration20261204050000_duplicates on a database that has records already: company names get
 * their normalised form, phones are written with the country code one way, and the duplicate
 * check finds the old rows by the new normalisation.
 */
describe('the duplicates migration backfills what exists', () => {
  let database: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions({ url: database.url, poolMax: 5 }));
  });
  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it('normalises the company names and phones written before it', async () => {
    const migrator = orm.getMigrator();
    await migrator.up({ to: 'Migration20261204020000_rules_migrations' });
    const sql = (query: string, params: unknown[] = []) =>
      orm.em.getConnection().execute(query, params);
    const user = randomUUID();
    await sql(
      `insert into "crm_user" ("id", "name", "email", "role", "active", "created_at", "updated_at")
       values (?, 'Old', 'old@migration.test', 'manager', true, now(), now())`,
      [user],
    );
    const acme = randomUUID();
    const ivan = randomUUID();
    const lead = randomUUID();
    // As the code before wrote them: a leading + and the digits, or the digits alone.
    await sql(
      `insert into "company" ("id", "responsible_id", "created_at", "updated_at", "name", "phone", "phone_normalized")
       values (?, ?, now(), now(), 'ACME, Inc.', '+44 (0)20 7946 0000', '+4402079460000')`,
      [acme, user],
    );
    await sql(
      `insert into "contact" ("id", "responsible_id", "created_at", "updated_at", "first_name", "phone", "phone_normalized")
       values (?, ?, now(), now(), 'Ivan', '007 916 123-45-67', '0079161234567')`,
      [ivan, user],
    );
    await sql(
      `insert into "lead" ("id", "responsible_id", "created_at", "updated_at", "title", "phone", "phone_normalized", "rule_set_id", "rules_version", "status", "custom")
       values (?, ?, now(), now(), 'Old lead', '5550100200', '5550100200', 'leads', 1, 'new', '{}')`,
      [lead, user],
    );

    const applied = await migrator.up();
    expect(applied.map((m) => m.name)).toContain('Migration20261204050000_duplicates');

    const [company] = await sql(
      `select name_normalized, phone_normalized, version, merged_into_id from company where id = ?`,
      [acme],
    );
    expect(company).toEqual({
      name_normalized: 'acme',
      phone_normalized: '+442079460000',
      version: 1, // the record did not change for its users
      merged_into_id: null,
    });
    const [contact] = await sql(`select phone_normalized from contact where id = ?`, [ivan]);
    expect(contact.phone_normalized).toBe('+79161234567');
    const [oldLead] = await sql(`select phone_normalized from lead where id = ?`, [lead]);
    expect(oldLead.phone_normalized).toBe('5550100200');

    const em = orm.em.fork();
    expect(await findDuplicates(em, 'company', { name: 'Acme LLC' })).toEqual([
      { kind: 'company', id: acme, name: 'ACME, Inc.', field: 'name' },
    ]);
    expect(await findDuplicates(em, 'contact', { phone: '+7 916 123 45 67' })).toEqual([
      { kind: 'contact', id: ivan, name: 'Ivan', field: 'phone' },
    ]);
  });
});
