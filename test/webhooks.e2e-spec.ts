import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import { checkWebhookSignature } from '../libs/crm/payments/webhook-signature';
import { WebhooksService } from '../libs/crm/webhooks/webhooks.service';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** A pipeline whose won stage posts a webhook to every endpoint that receives deal.won. */
const HOOKS_PIPELINE = {
  'rules.yaml': `kind: pipeline
id: hooks
name: Hooks
version: 1
currency: USD
won_requires_payment: false
stages:
  - id: new
    transitions: [ { to: won, on: quote_accepted }, { to: lost, after: 90d } ]
  - id: won
    kind: won
    on_enter:
      - post_webhook: { event: deal.won }
  - { id: lost, kind: lost }
`,
};

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server receiving the deliveries: /ok (and /ok/…) answers 200, /refuse always 500. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.statusCode = req.url?.startsWith('/ok') ? 200 : 500;
      res.end(req.url?.startsWith('/ok') ? 'thanks' : 'down for maintenance');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, received };
}

describe('outbound webhooks (post_webhook)', () => {
  let system: TestSystem;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let manager: TestUser;

  beforeAll(async () => {
    receiver = await startReceiver();
    system = await startTestSystem();
    const published = await system.call('POST', '/api/v1/rules/publish', { files: HOOKS_PIPELINE });
    expect(published.status).toBe(201);
    manager = await system.user('manager');
  }, 60_000);
  afterAll(async () => {
    await system?.close();
    await new Promise((r) => receiver?.server.close(r));
  });

  it('lets admins alone register, list and remove endpoints; the secret is shown once', async () => {
    const body = { name: 'audit', url: `${receiver.url}/ok`, events: ['deal.lost'] };
    const refused = await system.call('POST', '/api/v1/webhook-endpoints', body, {
      key: manager.key,
    });
    expect(refused.status).toBe(403);
    const bad = await system.call('POST', '/api/v1/webhook-endpoints', {
      ...body,
      url: 'ftp://x',
      events: ['Deal Won'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'events',
      'url',
    ]);

    const created = await system.call('POST', '/api/v1/webhook-endpoints', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'audit', events: ['deal.lost'] });
    expect(created.body.secret).toMatch(/^whsec_[\w-]{43}$/);
    const twice = await system.call('POST', '/api/v1/webhook-endpoints', body);
    expect(twice.status).toBe(409);

    const listed = await system.call('GET', '/api/v1/webhook-endpoints');
    const audit = listed.body.find((e: { id: string }) => e.id === created.body.id);
    expect(audit).toEqual({
      id: created.body.id,
      name: 'audit',
      url: body.url,
      events: ['deal.lost'],
      createdAt: created.body.createdAt,
    });
    expect(
      (await system.call('DELETE', `/api/v1/webhook-endpoints/${created.body.id}`)).status,
    ).toBe(204);
    const after = await system.call('GET', '/api/v1/webhook-endpoints');
    expect(after.body.map((e: { id: string }) => e.id)).not.toContain(created.body.id);
  });

  it('lets admins move an endpoint, change its events and give it a new secret; its name stays', async () => {
    const created = await system.call('POST', '/api/v1/webhook-endpoints', {
      name: 'crm-sync',
      url: `${receiver.url}/old`,
      events: ['deal.lost'],
    });
    expect(created.status).toBe(201);
    const path = `/api/v1/webhook-endpoints/${created.body.id}`;
    const change = {
      url: `${receiver.url}/ok/moved`,
      events: ['deal.won', 'deal.won', 'lead.junk'],
    };
    expect((await system.call('PATCH', path, change, { key: manager.key })).status).toBe(403);
    const bad = await system.call('PATCH', path, { url: 'not a url', name: 'other' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'url']);

    const changed = await system.call('PATCH', path, change);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      id: created.body.id,
      name: 'crm-sync',
      url: `${receiver.url}/ok/moved`,
      events: ['deal.won', 'lead.junk'],
      createdAt: created.body.createdAt,
    });
    const listed = await system.call('GET', '/api/v1/webhook-endpoints');
    expect(listed.body.find((e: { id: string }) => e.id === created.body.id)).toEqual(changed.body);

    expect(
      (await system.call('POST', `${path}/secret`, undefined, { key: manager.key })).status,
    ).toBe(403);
    const rotated = await system.call('POST', `${path}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(rotated.body).toMatchObject({ id: created.body.id, name: 'crm-sync' });
    expect(rotated.body.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    // A delivery now goes to the new address, signed with the new secret only.
    await system.api.get(WebhooksService).deliver({
      key: 'rotation-check/1',
      event: 'lead.junk',
      endpoint: 'crm-sync',
      data: { record: { kind: 'lead', id: created.body.id } },
      occurredAt: new Date(),
    });
    const delivery = receiver.received.find((r) => r.body.includes('"event":"lead.junk"'))!;
    expect(delivery.path).toBe('/ok/moved');
    const signedWith = (secret: string) =>
      checkWebhookSignature({
        secret,
        timestamp: delivery.headers['x-voronka-timestamp'] as string,
        signature: delivery.headers['x-voronka-signature'] as string,
        rawBody: Buffer.from(delivery.body),
        nowSeconds: Math.floor(Date.now() / 1000),
      }).ok;
    expect(signedWith(rotated.body.secret)).toBe(true);
    expect(signedWith(created.body.secret)).toBe(false);

    expect((await system.call('DELETE', path)).status).toBe(204);
    expect((await system.call('PATCH', path, { url: `${receiver.url}/ok` })).status).toBe(404);
    expect((await system.call('POST', `${path}/secret`)).status).toBe(404);
  });

  it('removes an endpoint of the longest name, and frees the name', async () => {
    const name = `a${'b'.repeat(62)}`;
    const body = { name, url: `${receiver.url}/ok`, events: ['deal.won'] };
    const created = await system.call('POST', '/api/v1/webhook-endpoints', body);
    expect(created.status).toBe(201);
    expect(
      (await system.call('DELETE', `/api/v1/webhook-endpoints/${created.body.id}`)).status,
    ).toBe(204);
    const again = await system.call('POST', '/api/v1/webhook-endpoints', body);
    expect(again.status).toBe(201);
    expect(again.body.name).toBe(name);
    // Receiving nothing in the tests that follow.
    expect((await system.call('DELETE', `/api/v1/webhook-endpoints/${again.body.id}`)).status).toBe(
      204,
    );
  });

  it('wins a deal of the shipped b2b rules though no endpoint receives deal.won, or the one that does cannot be reached', async () => {
    // The shipped b2b rules post deal.won on entering won (rules/b2b/rules.yaml, version 4).
    const shipped = await system.call('GET', '/api/v1/rules/b2b/versions/4');
    expect(shipped.body.content.stages.find((s: { id: string }) => s.id === 'won').onEnter).toEqual(
      expect.arrayContaining([{ type: 'post_webhook', event: 'deal.won' }]),
    );
    const client = system.api.get(Client);
    /** A b2b deal closed as won by an admin's override (its invoice unpaid), and its delivery. */
    const win = async (title: string) => {
      const created = await system.call(
        'POST',
        '/api/v1/deals',
        { title, pipelineId: 'b2b', amount: '4000.00' },
        { key: manager.key },
      );
      expect(created.status).toBe(201);
      expect(created.body.rulesVersion).toBe(4);
      const id = created.body.id as string;
      await eventually('the deal workflow running', async () => {
        const moved = await system.call('POST', `/api/v1/deals/${id}/move`, {
          to: 'won',
          override: true,
        });
        return moved.status === 200 ? moved : undefined;
      });
      const deal = await eventually('the deal closed', async () => {
        const d = await system.call('GET', `/api/v1/deals/${id}`);
        return d.body.closedAt ? d.body : undefined;
      });
      // The won stage's second action (won is the deal's second stage: won#2): its delivery runs
      // in a workflow of its own, which the deal does not wait for.
      const delivery = client.workflow.getHandle(`webhook/deal-${id}/won#2/enter/1`);
      return { deal, delivery };
    };

    // No endpoint receives deal.won: the deal is won, and its delivery finds nobody to post to.
    const alone = await win('Nobody listening');
    expect(alone.deal).toMatchObject({ stage: 'won', outcome: 'won' });
    expect(await alone.delivery.result()).toEqual({ done: true });

    // An endpoint that cannot be reached (nothing listens on its port): the deal is won at once,
    // while its delivery is retried and, after the last attempt, given up.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await system.call('POST', '/api/v1/webhook-endpoints', {
      name: 'offline',
      url: `http://127.0.0.1:${port}/hooks`,
      events: ['deal.won'],
    });
    expect(offline.status).toBe(201);
    const unreachable = await win('Listener offline');
    expect(unreachable.deal).toMatchObject({ stage: 'won', outcome: 'won' });
    const deliveries = () =>
      system.call('GET', `/api/v1/webhook-endpoints/${offline.body.id}/deliveries`);
    const first = await eventually('a first attempt refused', async () => {
      const page = await deliveries();
      return page.body.items[0]?.attempts.length > 0 ? page.body.items[0] : undefined;
    });
    expect(first.status).toBe('pending');
    expect(await unreachable.delivery.result()).toMatchObject({
      done: false,
      error: expect.stringContaining('offline (ECONNREFUSED)'),
    });
    const given = await deliveries();
    expect(given.body.total).toBe(1);
    expect(given.body.items[0]).toMatchObject({ status: 'failed' });
    expect(
      given.body.items[0].attempts.map((a: { status: number | null; answer: string }) => [
        a.status,
        a.answer,
      ]),
    ).toEqual(Array.from({ length: 5 }, () => [null, 'ECONNREFUSED']));
    // The deal stayed won throughout.
    expect((await system.call('GET', `/api/v1/deals/${unreachable.deal.id}`)).body).toMatchObject({
      stage: 'won',
      outcome: 'won',
    });
    expect(
      (await system.call('DELETE', `/api/v1/webhook-endpoints/${offline.body.id}`)).status,
    ).toBe(204);
  }, 120_000);

  it('posts a signed deal.won once to a working endpoint, and gives up on a refusing one without holding the deal', async () => {
    const register = (name: string, path: string) =>
      system.call('POST', '/api/v1/webhook-endpoints', {
        name,
        url: `${receiver.url}${path}`,
        events: ['deal.won'],
      });
    const erp = (await register('erp', '/ok')).body;
    const broken = (await register('broken', '/refuse')).body;

    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      { title: 'Hooked deal', pipelineId: 'hooks', amount: '1200.00' },
      { key: manager.key },
    );
    expect(deal.status).toBe(201);
    await eventually('the deal workflow running', async () => {
      const moved = await system.call(
        'POST',
        `/api/v1/deals/${deal.body.id}/move`,
        { to: 'won' },
        { key: manager.key },
      );
      return moved.status === 200 ? moved : undefined;
    });

    // The deal is won and closed at once, while the refusing endpoint is still being retried.
    const won = await eventually('the deal closed', async () => {
      const d = await system.call('GET', `/api/v1/deals/${deal.body.id}`);
      return d.body.closedAt ? d.body : undefined;
    });
    expect(won.stage).toBe('won');

    const [delivery] = await eventually('the delivery to erp', () => {
      const got = receiver.received.filter((r) => r.path === '/ok');
      return got.length > 0 ? got : undefined;
    });
    const check = checkWebhookSignature({
      secret: erp.secret,
      timestamp: delivery.headers['x-voronka-timestamp'] as string,
      signature: delivery.headers['x-voronka-signature'] as string,
      rawBody: Buffer.from(delivery.body),
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    expect(check).toEqual({ ok: true });
    const sent = JSON.parse(delivery.body);
    expect(sent).toMatchObject({
      id: delivery.headers['x-voronka-delivery'],
      event: 'deal.won',
      data: {
        record: { kind: 'deal', id: deal.body.id },
        deal: { title: 'Hooked deal', amount: expect.stringMatching(/^1200\.0+$/) },
      },
    });
    const pendingMeanwhile = await system.call(
      'GET',
      `/api/v1/webhook-endpoints/${broken.id}/deliveries`,
    );
    expect(pendingMeanwhile.body.items[0].status).toBe('pending');

    // The refusing endpoint: retried with backoff (5 attempts), then given up, visibly.
    const failed = await eventually(
      'the refused delivery given up',
      async () => {
        const page = await system.call('GET', `/api/v1/webhook-endpoints/${broken.id}/deliveries`);
        return page.body.items[0]?.status === 'failed' ? page.body : undefined;
      },
      { timeoutMs: 60_000, everyMs: 500 },
    );
    expect(failed.total).toBe(1);
    const [given] = failed.items;
    expect(given.attempts.map((a: { status: number }) => a.status)).toEqual([
      500, 500, 500, 500, 500,
    ]);
    expect(given.attempts[0].answer).toBe('down for maintenance');
    expect(given.failure).toMatch(/broken \(HTTP 500\)/);
    const gaps = given.attempts
      .slice(1)
      .map((a: { at: string }, i: number) => Date.parse(a.at) - Date.parse(given.attempts[i].at));
    expect(gaps[3]).toBeGreaterThan(gaps[0]); // backoff

    // The working endpoint got it once, though the event's effect ran five times.
    expect(receiver.received.filter((r) => r.path === '/ok')).toHaveLength(1);
    const erpDeliveries = await system.call(
      'GET',
      `/api/v1/webhook-endpoints/${erp.id}/deliveries?limit=10`,
    );
    expect(erpDeliveries.body).toMatchObject({ total: 1, nextCursor: null });
    expect(erpDeliveries.body.items[0]).toMatchObject({
      id: delivery.headers['x-voronka-delivery'],
      status: 'delivered',
      failure: null,
      attempts: [{ number: 1, status: 200, answer: 'thanks' }],
    });
    expect(
      (
        await system.call('GET', `/api/v1/webhook-endpoints/${erp.id}/deliveries`, undefined, {
          key: manager.key,
        })
      ).status,
    ).toBe(403);
  }, 120_000);
});
