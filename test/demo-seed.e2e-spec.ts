import { MikroORM } from '@mikro-orm/postgresql';
import { seedDemo } from '../libs/crm/demo/seed-demo';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * `seed:demo`'s records are usable through the API as any others: their ids are UUIDs the API
 * takes as filters (a bare md5 was refused as `?userId=`, so My day failed for every demo user).
 */
describe('demo data', () => {
  let system: TestSystem;
  let orm: MikroORM;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    orm = system.api.get(MikroORM);
    await seedDemo(orm.em.fork(), { deals: 30, activitiesPerDeal: 2, managersPerTeam: 2 });
  });
  afterAll(() => system?.close());

  it("lets a demo head read a demo manager's day and deals by the manager's id", async () => {
    const head = 'vk_demo_head_003_key_for_local_use_only';
    const [manager] = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from crm_user where email = 'manager.10@demo.voronka'`);
    const counters = await system.call(
      'GET',
      `/api/v1/activities/counters?userId=${manager.id}&timeZone=Europe/Berlin`,
      undefined,
      { key: head },
    );
    expect(counters.status).toBe(200);
    const deals = await system.call(
      'GET',
      `/api/v1/deals?responsibleId=${manager.id}&limit=100`,
      undefined,
      { key: head },
    );
    expect(deals.status).toBe(200);
    expect(deals.body.items.length).toBeGreaterThan(0);
    expect(
      deals.body.items.every((d: { responsibleId: string }) => d.responsibleId === manager.id),
    ).toBe(true);
  });
  it("pays the won deals' invoices through the bank feed, and the sales report counts them", async () => {
    const admin = 'vk_demo_admin_001_key_for_local_use_only';
    const c = orm.em.fork().getConnection();
    const [paid] = await c.execute<{ invoices: number; payments: number; deal: string }[]>(
      `select count(distinct i.id)::int as invoices, count(p.id)::int as payments, min(d.id::text) as deal
         from invoice i join deal d on d.id = i.deal_id
         left join payment p on p.invoice_id = i.id and p.status = 'applied' and p.amount = i.total
        where d.outcome = 'won' and i.status = 'paid'`,
    );
    expect(paid.invoices).toBeGreaterThan(0);
    expect(paid.payments).toBe(paid.invoices);
    const invoices = await system.call('GET', `/api/v1/invoices?dealId=${paid.deal}`, undefined, {
      key: admin,
    });
    expect(invoices.status).toBe(200);
    expect(invoices.body.items.map((i: { status: string }) => i.status)).toEqual(['paid']);

    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    const sales = await system.call(
      'GET',
      `/api/v1/reports/sales?from=${yearAgo}&to=${today}&groupBy=pipeline`,
      undefined,
      { key: admin },
    );
    expect(sales.status).toBe(200);
    const [inPeriod] = await c.execute<{ n: number }[]>(
      `select count(*)::int as n from payment
        where status = 'applied' and paid_at >= ?::timestamptz and paid_at < ?::timestamptz`,
      [sales.body.period.start, sales.body.period.end],
    );
    expect(inPeriod.n).toBeGreaterThan(0);
    expect(sales.body.total.current.payments.count).toBe(inPeriod.n);
  });
});
