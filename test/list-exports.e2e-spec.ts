import { parse } from 'csv-parse/sync';
import { MikroORM } from '@mikro-orm/postgresql';
import { EXPORT_PAGE } from '../apps/api/csv/list-export';
import { Product } from '../libs/crm/products/product.entity';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const HOSTILE = "=cmd|' /C calc'!A0";
const AWKWARD = 'She said "no", then:\r\nwe\'ll see, maybe';

/** What a cell of the export must hold for a JSON value (docs/api.md, "Exports"). */
function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
}

const at = (o: unknown, path: string) =>
  path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | null)?.[k], o);

/**
 * Every list answers CSV too (?format=csv or Accept: text/csv): all the rows the same filters
 * match for the same caller, not one page, with a header row, names beside ids, money as decimal
 * strings beside their currency, formulas neutralised, quotes and line breaks intact.
 */
describe('list exports', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, m3: TestUser, hA: TestUser;
  let teamA: string, teamB: string;
  let company: { id: string; name: string };
  let contact: { id: string };
  let firstDeal: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    teamA = (await system.call('POST', '/api/v1/teams', { name: 'Export A' })).body.id;
    teamB = (await system.call('POST', '/api/v1/teams', { name: 'Export B' })).body.id;
    m1 = await system.user('manager', { teamId: teamA, name: 'Mia Export' });
    m2 = await system.user('manager', { teamId: teamA });
    m3 = await system.user('manager', { teamId: teamB });
    hA = await system.user('head', { teamId: teamA });
    const post = async (path: string, body: object, key = m1.key) => {
      const res = await system.call('POST', path, body, { key });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    // The deals carry a custom value, exported as the list answers it.
    await post(
      '/api/v1/custom-fields',
      { recordType: 'deal', code: 'note', label: 'Note', type: 'text' },
      system.adminKey,
    );
    company = await post('/api/v1/companies', { name: `${HOSTILE} Holdings` });
    contact = await post('/api/v1/contacts', {
      firstName: HOSTILE,
      lastName: AWKWARD,
      companyIds: [company.id],
    });
    // m1 (team A): 5 deals, m2 (team A): 2, m3 (team B): 3.
    for (const [user, n] of [
      [m1, 5],
      [m2, 2],
      [m3, 3],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const deal = await post(
          '/api/v1/deals',
          {
            title: i === 0 ? HOSTILE : `${AWKWARD} #${i}`,
            pipelineId: 'b2b',
            amount: `${1000 + i}.50`,
            source: 'web',
            ...(user === m1 ? { companyId: company.id, contactId: contact.id } : {}),
            custom: { note: AWKWARD },
          },
          user.key,
        );
        if (user === m1 && i === 0) firstDeal = deal.id;
        await post('/api/v1/leads', { title: `${HOSTILE} lead ${i}`, name: AWKWARD }, user.key);
        await post(
          '/api/v1/activities',
          {
            type: 'call',
            subject: `${HOSTILE} ${i}`,
            dealId: deal.id,
            dueAt: new Date(Date.now() + (i + 1) * 3_600_000).toISOString(),
          },
          user.key,
        );
      }
    }
    await post(
      '/api/v1/products',
      {
        sku: 'EXP-1',
        name: HOSTILE,
        price: '10.00',
        currency: 'USD',
      },
      system.adminKey,
    );
    await post(
      '/api/v1/products',
      {
        sku: 'EXP-2',
        name: AWKWARD,
        price: '20.00',
        currency: 'EUR',
      },
      system.adminKey,
    );
    for (const currency of ['USD', 'EUR', 'USD'])
      await post('/api/v1/quotes', {
        currency,
        ...(currency === 'USD' ? { dealId: firstDeal } : {}),
        rows: [{ name: HOSTILE, quantity: '2', unitPrice: '15.25' }],
      });
    await post('/api/v1/invoices', {
      currency: 'USD',
      dealId: firstDeal,
      dueDate: '2027-01-31',
      rows: [{ name: AWKWARD, quantity: '1', unitPrice: '99.99' }],
    });
    await post(
      '/api/v1/quote-templates',
      {
        code: 'export-template',
        name: HOSTILE,
        currency: 'USD',
        rows: [{ name: 'Setup', quantity: '1', unitPrice: '100' }],
      },
      system.adminKey,
    );
    await post(`/api/v1/deals/${firstDeal}/comments`, { body: AWKWARD });
  }, 300_000);
  afterAll(async () => {
    await system?.close();
  });

  /** Every item of the JSON list, page by page (pages of 2), for `key`. */
  async function allPages(path: string, key: string) {
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    const join = path.includes('?') ? '&' : '?';
    do {
      const page = await system.call(
        'GET',
        `${path}${join}limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        undefined,
        { key },
      );
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  /** The export of `path` for `key`, parsed; limit and offset (a timeline has none) must not cut it short. */
  async function exported(path: string, key: string, how: 'format' | 'accept' = 'format') {
    const join = path.includes('?') ? '&' : '?';
    const res =
      how === 'format'
        ? await system.call(
            'GET',
            `${path}${join}format=csv&limit=1${path.includes('/timeline') ? '' : '&offset=1'}`,
            undefined,
            { key },
          )
        : await system.call('GET', `${path}${join}limit=1`, undefined, {
            key,
            headers: { accept: 'text/csv' },
          });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parse(res.body as string, { relax_quotes: false }) as string[][];
    return { header, rows, text: res.body as string };
  }

  /** The CSV rows are the JSON list's items, in order, every documented field in its column. */
  async function sameRows(path: string, key = m1.key, atLeast = 1) {
    const items = await allPages(path, key);
    const { header, rows } = await exported(path, key);
    expect(items.length).toBeGreaterThanOrEqual(atLeast);
    expect(rows).toHaveLength(items.length);
    rows.forEach((row, i) => {
      header.forEach((column, c) => {
        const value = at(items[i], column);
        if (value === undefined && !(column in (items[i] as object))) return; // a name column
        expect({ column, cell: row[c] }).toEqual({ column, cell: expectedCell(value) });
      });
    });
    return { header, rows, items };
  }

  const lists: [string, string, number][] = [
    ['leads', '/api/v1/leads', 5],
    ['leads filtered', '/api/v1/leads?responsibleId=__m1', 5],
    ['contacts', '/api/v1/contacts', 1],
    ['companies', '/api/v1/companies', 1],
    ['deals', '/api/v1/deals?sort=title', 5],
    ['deals filtered', '/api/v1/deals?pipelineId=b2b&amountMin=1001&source=web', 4],
    ['deal cards', '/api/v1/deals/cards?stage=new', 5],
    ['activities', '/api/v1/activities?status=planned', 5],
    ['overdue activities', '/api/v1/activities/overdue', 0],
    ['activities due today', '/api/v1/activities/today?userId=__m1', 0],
    ['products', '/api/v1/products', 2],
    ['quotes', '/api/v1/quotes', 3],
    ['invoices', '/api/v1/invoices', 1],
    ['payments', '/api/v1/payments', 0],
    ['users', '/api/v1/users?role=manager', 3],
    ['teams', '/api/v1/teams', 2],
    ['lead sources', '/api/v1/lead-sources', 1],
    ['quote templates', '/api/v1/quote-templates', 1],
    ['rule sets', '/api/v1/rules', 1],
    ['rule set versions', '/api/v1/rules/b2b/versions', 1],
    ['deal history', '/api/v1/deals/__deal/history', 1],
    ['deal timeline', '/api/v1/deals/__deal/timeline', 3],
  ];

  it.each(lists)('%s: the CSV holds the rows of every page of the JSON list', async (_, p, n) => {
    const path = p.replace('__m1', m1.id).replace('__deal', firstDeal);
    const admin = /users|teams|rules|lead-sources|quote-templates|products/.test(path);
    await sameRows(path, admin ? system.adminKey : m1.key, n);
  });

  it('answers Accept: text/csv as ?format=csv, and format=json wins over the header', async () => {
    const byHeader = await exported('/api/v1/deals', m1.key, 'accept');
    const byFormat = await exported('/api/v1/deals', m1.key);
    expect(byHeader.text).toBe(byFormat.text);
    const json = await system.call('GET', '/api/v1/deals?format=json', undefined, {
      key: m1.key,
      headers: { accept: 'text/csv' },
    });
    expect(json.contentType).toMatch(/^application\/json/);
    expect(json.body.items.length).toBeGreaterThan(0);
  });

  it('names related records beside their ids, money beside its currency', async () => {
    const { header, rows } = await exported(`/api/v1/deals?companyId=${company.id}`, m1.key);
    expect(header).toEqual(
      expect.arrayContaining(['companyId', 'companyName', 'contactName', 'responsibleName']),
    );
    expect(header.indexOf('companyName')).toBe(header.indexOf('companyId') + 1);
    const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    expect(records).toHaveLength(5);
    for (const r of records) {
      expect(r.companyName).toBe(`'${HOSTILE} Holdings`);
      expect(r.contactName).toBe(`'${HOSTILE} ${AWKWARD}`);
      expect(r.responsibleName).toBe('Mia Export');
      expect(r.amount).toMatch(/^\d+\.\d{2}$/);
      expect(['USD', 'EUR']).toContain(r.currency);
      expect(r.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(JSON.parse(r.custom)).toEqual({ note: AWKWARD });
    }
    expect(records.map((r) => r.title)).toContain(`'${HOSTILE}`);
    expect(records.map((r) => r.title)).toContain(`${AWKWARD} #1`);
  });

  it('keeps a header row when nothing matches', async () => {
    const { header, rows } = await exported('/api/v1/deals?q=nothing-matches-this', m1.key);
    expect(header[0]).toBe('id');
    expect(rows).toEqual([]);
  });

  it('scopes the export as the list: a manager their own, a head their team, never more', async () => {
    const owners = async (key: string, query = '') => {
      const { header, rows } = await exported(`/api/v1/deals${query}`, key);
      const column = header.indexOf('responsibleId');
      return rows.map((r) => r[column]).sort();
    };
    expect(await owners(m1.key)).toEqual(Array(5).fill(m1.id));
    expect(await owners(m3.key)).toEqual(Array(3).fill(m3.id));
    expect(await owners(hA.key)).toEqual([...Array(5).fill(m1.id), ...Array(2).fill(m2.id)].sort());
    // A filter naming another team narrows, never widens.
    expect(await owners(hA.key, `?teamId=${teamB}`)).toEqual([]);
    expect(await owners(m1.key, `?responsibleId=${m3.id}`)).toEqual([]);
    const leads = await exported('/api/v1/leads', hA.key);
    expect(leads.rows).toHaveLength(7);
  });

  it('refuses a bad filter with its 400 before sending any CSV', async () => {
    const res = await system.call('GET', '/api/v1/deals?format=csv&sort=nope', undefined, {
      key: m1.key,
    });
    expect(res.status).toBe(400);
    expect(res.contentType).toMatch(/^application\/problem\+json/);
    const format = await system.call('GET', '/api/v1/deals?format=xlsx', undefined, {
      key: m1.key,
    });
    expect(format.status).toBe(400);
  });

  it('exports every row past the largest page, in the list order', async () => {
    // More products than one internal page of the export holds.
    const em = system.api.get(MikroORM).em.fork();
    for (let i = 0; i <= EXPORT_PAGE; i++)
      em.persist(
        Object.assign(new Product(), {
          sku: `BULK-${String(i).padStart(4, '0')}`,
          name: `Bulk ${i}`,
          price: '1.00',
          currency: 'USD',
        }),
      );
    await em.flush();
    const { header, rows } = await exported('/api/v1/products?q=bulk&sort=sku', system.adminKey);
    const sku = header.indexOf('sku');
    expect(rows).toHaveLength(EXPORT_PAGE + 1);
    expect(rows.map((r) => r[sku])).toEqual(
      Array.from({ length: EXPORT_PAGE + 1 }, (_, i) => `BULK-${String(i).padStart(4, '0')}`),
    );
  });
});
