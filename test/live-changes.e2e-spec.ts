import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createApiApp } from '../apps/api/create-api-app';
import { FIRST_ADMIN_EMAIL } from '../libs/crm/users/user.entity';
import { signIn } from './support/browser-session';
import { openEventStream, type OpenStream } from './support/event-stream';
import { http } from './support/http';
import { TEST_ADMIN_PASSWORD } from './support/test-config';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * The live stream: changes to records reach the browsers allowed to see them within two seconds,
 * whichever API instance or the automation made them.
 */
describe('live changes', () => {
  let system: TestSystem;
  let other: INestApplication;
  let otherUrl: string;
  let m1: TestUser;
  let m2: TestUser;
  let head: TestUser;
  const streams: OpenStream[] = [];

  beforeAll(async () => {
    system = await startTestSystem();
    // A second API instance on the same database: changes made through it reach streams of the first.
    other = await createApiApp(system.config);
    await other.listen(0, '127.0.0.1');
    otherUrl = (await other.getUrl()).replace('[::1]', '127.0.0.1');
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Live team' })).body.id;
    const otherTeam = (await system.call('POST', '/api/v1/teams', { name: 'Other team' })).body.id;
    m1 = await system.user('manager', { teamId: team });
    head = await system.user('head', { teamId: team });
    m2 = await system.user('manager', { teamId: otherTeam });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await other?.close();
    await system?.close();
  });

  async function stream(key: string, headers: Record<string, string> = {}) {
    const s = await openEventStream(`${system.baseUrl}/api/v1/live`, {
      authorization: `Bearer ${key}`,
      ...headers,
    });
    streams.push(s);
    return s;
  }

  const viaOther = (method: 'POST' | 'PATCH', path: string, body: unknown, key: string) =>
    http(otherUrl, method, path, body, { key });

  it("tells a manager of their deal changed through another API instance, and of the automation's follow-up, not of others' deals", async () => {
    const mine = await stream(m1.key);
    expect(mine.status).toBe(200);
    expect(mine.contentType).toMatch(/^text\/event-stream/);
    const headStream = await stream(head.key);

    const theirs = await viaOther(
      'POST',
      '/api/v1/deals',
      { title: 'Not yours', pipelineId: 'b2b' },
      m2.key,
    );
    const started = Date.now();
    const deal = await viaOther(
      'POST',
      '/api/v1/deals',
      { title: 'Live deal', pipelineId: 'b2b' },
      m1.key,
    );
    expect(deal.status).toBe(201);
    const created = await mine.waitFor(
      (e) => e.event === 'change' && e.data.id === deal.body.id,
      2_000,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(created.data).toEqual({ kind: 'deal', id: deal.body.id, dealId: null, leadId: null });
    expect(created.id).toMatch(/^\d+$/);

    // The rules' first stage creates the qualifying call: the worker's write reaches the stream too.
    const call = await mine.waitFor(
      (e) => e.event === 'change' && e.data.kind === 'activity' && e.data.dealId === deal.body.id,
      20_000,
    );
    expect(call.data.id).toEqual(expect.any(String));

    // The head of the team sees it; nobody of this team hears of the other team's deal.
    await headStream.waitFor((e) => e.data?.id === deal.body.id);
    for (const s of [mine, headStream])
      expect(s.events.some((e) => e.data?.id === theirs.body.id)).toBe(false);
  });

  it('tells a manager whose deal was handed to someone else', async () => {
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      { title: 'Handed over', pipelineId: 'b2b' },
      { key: m1.key },
    );
    const m1Stream = await stream(m1.key);
    const handed = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.body.id}`,
      { responsibleId: m2.id },
      {
        headers: { 'if-match': `"${deal.body.version}"` },
      },
    );
    expect(handed.status).toBe(200);
    await m1Stream.waitFor((e) => e.data?.id === deal.body.id, 2_000);
  });

  it('sends what was missed since Last-Event-ID to a reconnecting browser', async () => {
    const first = await stream(m1.key);
    const a = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Before the gap' },
      { key: m1.key },
    );
    const seen = await first.waitFor((e) => e.data?.id === a.body.id);
    first.close();
    const b = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'In the gap' },
      { key: m1.key },
    );
    const again = await stream(m1.key, { 'last-event-id': seen.id! });
    await again.waitFor((e) => e.data?.id === b.body.id, 2_000);
  });

  it('sends a change whose transaction commits after a later one', async () => {
    // The feed's ids are taken when a row is written; a transaction holding an earlier id may
    // commit after one holding a later id (the worker's effects do). Neither change is lost.
    const slow = await system.call('POST', '/api/v1/companies', { name: 'Slow' }, { key: m1.key });
    const mine = await stream(m1.key);
    const client = new Client({ connectionString: system.config.database.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`update company set name = 'Slow, renamed' where id = $1`, [slow.body.id]);
      const fast = await system.call(
        'POST',
        '/api/v1/companies',
        { name: 'Fast' },
        { key: m1.key },
      );
      // Long enough for the feed to be read past the later change (it is read every 700 ms).
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await client.query('commit');
      await mine.waitFor((e) => e.data?.id === fast.body.id, 2_000);
    } finally {
      await client.end();
    }
    const renamed = await mine.waitFor((e) => e.data?.id === slow.body.id, 2_000);
    expect(renamed.data).toEqual({ kind: 'company', id: slow.body.id, dealId: null, leadId: null });
  });

  it("takes the browser's session cookie, and no caller without one or a key", async () => {
    const { session } = await signIn(system.baseUrl, FIRST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD);
    const admin = await openEventStream(`${system.baseUrl}/api/v1/live`, {
      cookie: session!.cookie,
    });
    streams.push(admin);
    expect(admin.status).toBe(200);
    const company = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Seen by the admin' },
      { key: m2.key },
    );
    await admin.waitFor((e) => e.data?.id === company.body.id, 2_000);
    const nobody = await openEventStream(`${system.baseUrl}/api/v1/live`, {});
    expect(nobody.status).toBe(401);
  });
});
