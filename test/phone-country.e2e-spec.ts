import { MikroORM } from '@mikro-orm/postgresql';
import { renormalizePhones } from '../libs/crm/contact-points/renormalize-phones';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * PHONE_DEFAULT_COUNTRY: a phone written without a country code is one of that country's, so
 * "8 (916) 123-45-67" is the same person as "+7 916 123 45 67" for the duplicate check and search;
 * phones stored before the setting compare so once `npm run phones -- renormalize` ran.
 */
describe('phones without a country code, with a default country', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false, env: { PHONE_DEFAULT_COUNTRY: 'RU' } });
  });
  afterAll(async () => {
    await system?.close();
  });

  const contact = (firstName: string, phone: string) =>
    system.call('POST', '/api/v1/contacts', { firstName, phone });

  it('finds the same number written nationally and internationally', async () => {
    const first = await contact('Olga', '+7 916 123-45-67');
    expect(first.status).toBe(201);
    const national = await contact('Olga P.', '8 (916) 123-45-67');
    expect(national.status).toBe(409);
    expect(national.body.type).toBe('/problems/duplicate-record');
    expect(JSON.stringify(national.body)).toContain(first.body.id);
    const found = await system.call(
      'GET',
      `/api/v1/contacts?q=${encodeURIComponent('8 916 1234567')}`,
    );
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([first.body.id]);
  });

  it('compares phones stored before the setting once they are renormalised', async () => {
    const stored = await contact('Ivan', '8 916 765-43-21');
    expect(stored.status).toBe(201);
    // As a deployment without the setting stored it: by its digits alone.
    const connection = system.api.get(MikroORM).em.fork().getConnection();
    await connection.execute(`update "contact" set "phone_normalized" = ? where "id" = ?`, [
      '89167654321',
      stored.body.id,
    ]);
    expect((await contact('Ivan S.', '+7 916 765 43 21')).status).toBe(201);

    const changed = await renormalizePhones(connection);
    expect(changed.contact).toBe(1);
    const [row] = await connection.execute(
      `select "phone_normalized" from "contact" where "id" = ?`,
      [stored.body.id],
    );
    expect(row.phone_normalized).toBe('+79167654321');
    const again = await contact('Ivan T.', '+7 (916) 765-43-21');
    expect(again.status).toBe(409);
    // Nothing else to change: a second run writes nothing.
    expect(await renormalizePhones(connection)).toEqual({ lead: 0, contact: 0, company: 0 });
  });
});
