import { MikroORM } from '@mikro-orm/postgresql';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Idempotency-Key on creates: an integration that retries after a timeout creates nothing twice
 * and gets the first answer again, byte for byte.
 */
describe('Idempotency-Key on creates', () => {
  let system: TestSystem;
  let manager: TestUser;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    manager = await system.user('manager', { name: 'Ida Potent' });
  });
  afterAll(async () => {
    await system?.close();
  });

  /** A create as a client sends it, the answer's bytes kept. */
  const create = async (
    path: string,
    body: unknown,
    key: string | undefined,
    as: TestUser | null = null,
  ) => {
    const response = await fetch(`${system.baseUrl}/api/v1/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${as ? as.key : system.adminKey}`,
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  };
  const companiesNamed = async (name: string) =>
    (await system.call('GET', `/api/v1/companies?q=${encodeURIComponent(name)}&limit=200`)).body
      .items.length;

  it('answers a repeat with the first answer, byte for byte, and creates once', async () => {
    const body = { name: 'Once Ltd', email: 'once@idem.test', industry: 'Robots' };
    const first = await create('companies', body, 'create-once-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await create('companies', body, 'create-once-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.text).toBe(first.text);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    // The same data with its keys in another order is the same request.
    const reordered = await create(
      'companies',
      { industry: 'Robots', email: 'once@idem.test', name: 'Once Ltd' },
      'create-once-1',
    );
    expect(reordered.text).toBe(first.text);
    expect(await companiesNamed('Once Ltd')).toBe(1);
    // Without a key, every request creates (saying so, since it duplicates the first).
    const duplicate = await create('companies', body, undefined);
    expect(duplicate.status).toBe(409);
    expect((await create('companies', { ...body, allowDuplicate: true }, undefined)).status).toBe(
      201,
    );
    expect(await companiesNamed('Once Ltd')).toBe(2);
  });

  it('keeps a retried comment to one: a repeat with its key answers the first comment', async () => {
    const company = await create(
      'companies',
      { name: 'Commented Ltd', email: 'commented@idem.test' },
      'comment-target',
    );
    const path = `companies/${company.body.id}/comments`;
    const first = await create(path, { body: 'They asked for a discount.' }, 'comment-once-1');
    expect(first.status).toBe(201);
    const again = await create(path, { body: 'They asked for a discount.' }, 'comment-once-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const timeline = await system.call('GET', `/api/v1/${path.replace('comments', 'timeline')}`);
    const comments = (timeline.body.items as { kind: string }[]).filter(
      (i) => i.kind === 'comment',
    );
    expect(comments).toHaveLength(1);
  });

  it('refuses the same key with another request (422, naming the header), creating nothing', async () => {
    expect((await create('companies', { name: 'First Co' }, 'reused-1')).status).toBe(201);
    const other = await create('companies', { name: 'Second Co' }, 'reused-1');
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      type: '/problems/idempotency-key-reused',
      errors: [{ field: 'Idempotency-Key' }],
    });
    const elsewhere = await create('contacts', { firstName: 'First', lastName: 'Co' }, 'reused-1');
    expect(elsewhere.status).toBe(422);
    expect(await companiesNamed('Second Co')).toBe(0);
  });

  it('keeps keys per caller: the same key from someone else is their own request', async () => {
    const body = { title: 'Shared key', name: 'Sam Key' };
    const mine = await create('leads', body, 'shared-key');
    const theirs = await create('leads', body, 'shared-key', manager);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('creates once when duplicates arrive at the same time, and answers each the same', async () => {
    const body = { title: 'Concurrent', name: 'Con Current', email: 'con@idem.test' };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => create('leads', body, 'concurrent-1', manager)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
    const leads = await system.call('GET', '/api/v1/leads?q=Con%20Current&limit=200');
    expect(leads.body.items).toHaveLength(1);
  });

  it('lets a request that failed be sent again with its key', async () => {
    const bad = await create(
      'deals',
      { title: 'Later', pipelineId: 'nope', amount: '1.00' },
      'retry-1',
    );
    expect(bad.status).toBe(422);
    const good = await create(
      'deals',
      { title: 'Later', pipelineId: 'b2b', amount: '1.00' },
      'retry-1',
    );
    expect(good.status).toBe(201);
    const again = await create(
      'deals',
      { title: 'Later', pipelineId: 'b2b', amount: '1.00' },
      'retry-1',
    );
    expect(again.text).toBe(good.text);
  });

  it('refuses a key that is not 1 to 255 visible ASCII characters, naming the header', async () => {
    for (const key of ['x'.repeat(256), 'with space']) {
      const refused = await create('companies', { name: 'Bad key' }, key);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'Idempotency-Key', problem: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    expect(await companiesNamed('Bad key')).toBe(0);
  });

  it('forgets a key after its time: a repeat then creates anew', async () => {
    const first = await create('companies', { name: 'Expiring Ltd' }, 'expiring-1');
    await system.api
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute(
        `update idempotent_request set expires_at = now() - interval '1 second' where key = ?`,
        ['expiring-1'],
      );
    const later = await create('companies', { name: 'Expiring Ltd' }, 'expiring-1');
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.id).not.toBe(first.body.id);
  });

  it('is offered by every create, as the OpenAPI document says', async () => {
    const document = (await system.call('GET', '/docs/openapi.json')).body;
    const creates: string[] = [];
    for (const [path, operations] of Object.entries(
      document.paths as Record<
        string,
        Record<string, { responses: object; parameters?: { name: string }[] }>
      >,
    )) {
      const post = operations.post;
      if (!post || !('201' in post.responses)) continue;
      const idempotent = (post.parameters ?? []).some((p) => p.name === 'Idempotency-Key');
      creates.push(`${path} ${idempotent ? 'idempotent' : 'not idempotent'}`);
    }
    expect(creates.sort()).toEqual(
      [
        '/api/v1/activities idempotent',
        '/api/v1/companies idempotent',
        '/api/v1/contacts idempotent',
        '/api/v1/custom-fields idempotent',
        '/api/v1/deals idempotent',
        '/api/v1/imports idempotent',
        // Deduplicated by the payment's external id instead (docs/records.md).
        '/api/v1/integrations/payments not idempotent',
        '/api/v1/invitations idempotent',
        '/api/v1/users/{id}/invitation idempotent',
        '/api/v1/rules/{id}/migrations idempotent',
        '/api/v1/web-forms idempotent',
        '/api/v1/webhook-endpoints idempotent',
        // Their answers open a session: a CSRF token and a cookie, never stored.
        '/api/v1/session not idempotent',
        '/api/v1/password not idempotent',
        '/api/v1/invoices idempotent',
        '/api/v1/leads idempotent',
        '/api/v1/lead-sources idempotent',
        '/api/v1/products idempotent',
        '/api/v1/quotes idempotent',
        '/api/v1/quotes/from-template idempotent',
        '/api/v1/quote-templates idempotent',
        '/api/v1/rules/publish idempotent',
        '/api/v1/teams idempotent',
        '/api/v1/users idempotent',
        // Its answer is a secret that is shown once and never stored, so it cannot be replayed.
        '/api/v1/users/{id}/api-keys not idempotent',
        '/api/v1/companies/{id}/comments idempotent',
        '/api/v1/contacts/{id}/comments idempotent',
        '/api/v1/deals/{id}/comments idempotent',
        '/api/v1/leads/{id}/comments idempotent',
      ].sort(),
    );
  });
});
