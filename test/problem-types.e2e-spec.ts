import { signIn } from './support/browser-session';
import { type HttpResult } from './support/http';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const NO_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every problem has a specific type: the known error paths of the API, walked one by one, each
 * answering a type listed at /problems with that type's status, never about:blank.
 */
describe('problem types on every known error path', () => {
  let system: TestSystem;
  let manager: TestUser;
  const types = new Map<string, { status: number }>();
  let companyId: string, leadId: string, quoteId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    manager = await system.user('manager');
    const listed = await system.call('GET', '/problems', undefined, { key: null });
    for (const t of listed.body as { type: string; status: number }[]) types.set(t.type, t);
    companyId = (await system.call('POST', '/api/v1/companies', { name: 'Typed' })).body.id;
    await system.call('PATCH', `/api/v1/companies/${companyId}`, { industry: 'Tools' });
    await system.call('POST', '/api/v1/teams', { name: 'Once' });
    const lead = (await system.call('POST', '/api/v1/leads', { title: 'Done', name: 'Ann' })).body;
    leadId = lead.id;
    const converted = await system.call('POST', `/api/v1/leads/${leadId}/convert`, {
      createContact: true,
    });
    if (converted.status !== 200) throw new Error(`convert: ${JSON.stringify(converted.body)}`);
    quoteId = (
      await system.call('POST', '/api/v1/quotes', {
        currency: 'USD',
        rows: [{ name: 'A', quantity: '1', unitPrice: '1' }],
      })
    ).body.id;
    await system.call('POST', `/api/v1/quotes/${quoteId}/accept`);
  });
  afterAll(async () => {
    await system?.close();
  });

  const raw = async (
    method: string,
    path: string,
    body: string,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> => {
    const res = await fetch(`${system.baseUrl}${path}`, {
      method,
      body,
      headers: { authorization: `Bearer ${system.adminKey}`, ...headers },
    });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      contentType,
      headers: res.headers,
      body: text ? JSON.parse(text) : null,
    };
  };

  const paths: [string, number, () => Promise<HttpResult>][] = [
    ['an invalid body', 400, () => system.call('POST', '/api/v1/companies', { name: '' })],
    [
      'JSON that does not parse',
      400,
      () => raw('POST', '/api/v1/companies', '{"name":', { 'content-type': 'application/json' }),
    ],
    ['an id that is not a UUID', 400, () => system.call('GET', '/api/v1/companies/not-an-id')],
    [
      'a version that is not a number',
      400,
      () => system.call('GET', '/api/v1/rules/b2b/versions/two'),
    ],
    ['a diff without its versions', 400, () => system.call('GET', '/api/v1/rules/b2b/diff')],
    ['a limit that is not a number', 400, () => system.call('GET', '/api/v1/deals?limit=many')],
    ['no key', 401, () => system.call('GET', '/api/v1/companies', undefined, { key: null })],
    [
      'a wrong password',
      401,
      async () => (await signIn(system.baseUrl, 'nobody@test.example', 'not the password')).answer,
    ],
    ['no session', 401, () => system.call('GET', '/api/v1/session', undefined, { key: null })],
    [
      'an unsigned payment',
      401,
      () => system.call('POST', '/api/v1/integrations/payments', {}, { key: null }),
    ],
    [
      'a role that may not',
      403,
      () => system.call('POST', '/api/v1/teams', { name: 'No' }, { key: manager.key }),
    ],
    ['an unknown record', 404, () => system.call('GET', `/api/v1/companies/${NO_ID}`)],
    ['an unknown route', 404, () => system.call('GET', '/api/v1/nothing-here')],
    ['an unknown method', 404, () => system.call('PUT', '/api/v1/companies')],
    ['an unknown problem type', 404, () => system.call('GET', '/problems/nope')],
    [
      'a stale If-Match',
      409,
      () =>
        system.call(
          'PATCH',
          `/api/v1/companies/${companyId}`,
          { industry: 'Toys' },
          { headers: { 'if-match': '"1"' } },
        ),
    ],
    ['a taken name', 409, () => system.call('POST', '/api/v1/teams', { name: 'Once' })],
    [
      'moving a converted lead',
      409,
      () => system.call('POST', `/api/v1/leads/${leadId}/move`, { to: 'in_progress' }),
    ],
    [
      'a move the rules refuse',
      409,
      async () => {
        const lead = (await system.call('POST', '/api/v1/leads', { title: 'Open', name: 'Bo' }))
          .body;
        return system.call('POST', `/api/v1/leads/${lead.id}/move`, { to: 'converted' });
      },
    ],
    [
      'deactivating the last admin',
      409,
      async () => {
        const me = (await system.call('GET', '/api/v1/me')).body;
        return system.call('PATCH', `/api/v1/users/${me.userId}`, { active: false });
      },
    ],
    ['a quote answered twice', 409, () => system.call('POST', `/api/v1/quotes/${quoteId}/accept`)],
    [
      'an If-Match that is not an ETag',
      400,
      () =>
        system.call(
          'PATCH',
          `/api/v1/companies/${companyId}`,
          { industry: 'Toys' },
          { headers: { 'if-match': 'yesterday' } },
        ),
    ],
    [
      'a body too large',
      413,
      () => system.call('POST', '/api/v1/companies', { name: 'x'.repeat(300_000) }),
    ],
    [
      'a body that is not JSON',
      415,
      () => raw('POST', '/api/v1/companies', 'name=x', { 'content-type': 'text/plain' }),
    ],
    [
      'a pipeline that does not exist',
      422,
      () => system.call('POST', '/api/v1/deals', { title: 'X', pipelineId: 'nowhere' }),
    ],
    [
      'rules that do not validate',
      422,
      () =>
        system.call('POST', '/api/v1/rules/validate', { files: { 'rules.yaml': 'kind: nothing' } }),
    ],
    [
      'an idempotency key reused',
      422,
      async () => {
        const headers = { 'idempotency-key': `typed-${Date.now()}` };
        await system.call('POST', '/api/v1/companies', { name: 'First' }, { headers });
        return system.call('POST', '/api/v1/companies', { name: 'Second' }, { headers });
      },
    ],
  ];

  it.each(paths)('%s answers %i with a specific, listed type', async (_what, status, request) => {
    const answer = await request();
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body.type).not.toBe('about:blank');
    const listed = types.get(answer.body.type);
    expect(listed).toBeDefined();
    if (answer.body.type !== '/problems/invalid-fields') expect(listed!.status).toBe(status);
    expect(answer.body).toMatchObject({ status, title: expect.any(String) });
  });

  it('names the path or query parameter that is malformed', async () => {
    const id = await system.call('GET', '/api/v1/deals/42');
    expect(id.body.errors).toEqual([{ field: 'id', problem: 'must be a UUID' }]);
    const version = await system.call('GET', '/api/v1/rules/b2b/versions/two');
    expect(version.body.errors).toEqual([{ field: 'version', problem: 'must be a whole number' }]);
    const diff = await system.call('GET', '/api/v1/rules/b2b/diff?from=1');
    expect(diff.body.errors).toEqual([{ field: 'to', problem: 'must be a whole number' }]);
  });
});
