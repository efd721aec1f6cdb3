import { startTestSystem, type TestSystem } from './support/test-system';

/** A request with a body exactly as given (bytes, content type), as a hostile client sends it. */
async function raw(
  system: TestSystem,
  method: string,
  path: string,
  body?: string | Buffer | ReadableStream<Uint8Array>,
  options: { contentType?: string | null; key?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  if (options.contentType !== null)
    headers['content-type'] = options.contentType ?? 'application/json';
  const key = options.key === undefined ? system.adminKey : options.key;
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch(`${system.baseUrl}${path}`, {
    method,
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    contentType,
    body: contentType.includes('json') ? JSON.parse(text) : text,
  };
}

/** A body sent in chunks (no Content-Length), `total` bytes of a JSON string. */
function chunked(total: number): ReadableStream<Uint8Array> {
  const chunk = Buffer.from('x'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) controller.enqueue(Buffer.from('{"title":"'));
      if (sent >= total) {
        controller.enqueue(Buffer.from('"}'));
        return controller.close();
      }
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

const fieldsOf = (body: { errors?: { field: string }[] }) =>
  (body.errors ?? []).map((e) => e.field);

/** Input that reached PostgreSQL or the parser and came back as 500: each answers 4xx naming what is wrong. */
describe('hostile input: 4xx naming the field, never 500', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(() => system?.close());

  it('refuses the NUL character in a text field, a search, a filter and a path, naming each', async () => {
    const lead = await system.call('POST', '/api/v1/leads', { title: 'a\u0000b' });
    expect(lead.status).toBe(400);
    expect(lead.contentType).toContain('application/problem+json');
    expect(lead.body.errors).toEqual([
      { field: 'title', problem: 'must not contain the NUL character (U+0000)' },
    ]);

    const company = await system.call('POST', '/api/v1/companies', {
      name: 'Acme',
      custom: { 'k\u0000': 'v' },
    });
    expect(company.status).toBe(400);
    expect(fieldsOf(company.body)).toEqual(['custom']);

    for (const path of [
      '/api/v1/leads?q=a%00b',
      '/api/v1/deals?q=%00',
      '/api/v1/deals?stage=new%00',
      '/api/v1/rules/a%00b',
    ]) {
      const answer = await system.call('GET', path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.body.errors[0].problem).toContain('NUL');
    }
    expect(fieldsOf((await system.call('GET', '/api/v1/leads?q=a%00b')).body)).toEqual(['q']);
    expect(fieldsOf((await system.call('GET', '/api/v1/rules/a%00b')).body)).toEqual(['id']);
  });

  it('refuses a lone UTF-16 surrogate, naming the field, and keeps whole characters', async () => {
    const lone = await raw(system, 'POST', '/api/v1/leads', '{"title":"ok","name":"half \\ud83d"}');
    expect(lone.status).toBe(400);
    expect(lone.body.errors).toEqual([
      {
        field: 'name',
        problem:
          'must be valid Unicode: it contains a lone surrogate (U+D83D), half of a character',
      },
    ]);
    const pair = await raw(system, 'POST', '/api/v1/leads', '{"title":"whole \\ud83d\\ude00"}');
    expect(pair.status).toBe(201);
    expect(pair.body.title).toBe('whole 😀');
  });

  it('answers 413 with a problem to a body over the route limit, before authentication', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(300 * 1024) });
    for (const key of [null, system.adminKey]) {
      const answer = await raw(system, 'POST', '/api/v1/leads', big, { key });
      expect(answer.status).toBe(413);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body.detail).toBe('body: larger than this route takes (at most 262144 bytes)');
    }
    // The payment webhook takes small bodies only; rules take large ones.
    const webhook = await raw(
      system,
      'POST',
      '/api/v1/integrations/payments',
      '{"a":"' + 'x'.repeat(20_000) + '"}',
      {
        key: null,
      },
    );
    expect(webhook.status).toBe(413);
    const rules = await raw(
      system,
      'POST',
      '/api/v1/rules/validate',
      JSON.stringify({ files: { 'rules.yaml': `# ${'x'.repeat(1024 * 1024)}\n` } }),
    );
    expect(rules.status).not.toBe(413);
    expect(rules.status).toBeLessThan(500);
    const huge = await raw(
      system,
      'POST',
      '/api/v1/rules/validate',
      Buffer.alloc(12 * 1024 * 1024, 0x20),
    );
    expect(huge.status).toBe(413);
  });

  it('answers 431 with a problem to a query past the 16 KB of request line and headers', async () => {
    // Many long custom-field filters: refused by the HTTP server before the API reads anything.
    const filters = Array.from({ length: 20 }, (_, i) => `custom=f${i}:${'é'.repeat(200)}`);
    const answer = await raw(system, 'GET', `/api/v1/companies?${filters.join('&')}`);
    expect(answer.status).toBe(431);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body).toMatchObject({
      type: expect.stringMatching(/\/problems\/headers-too-large$/),
      status: 431,
      detail: 'the request line and headers are larger than the server reads (16 KB)',
    });
    // Documented on every operation, as its problem type.
    const document = (await raw(system, 'GET', '/docs/openapi.json')).body;
    const operations = Object.values(document.paths as Record<string, object>).flatMap((path) =>
      Object.values(path as Record<string, { responses: Record<string, unknown> }>),
    );
    expect(operations.filter((o) => !o.responses['431'])).toEqual([]);
    // The server goes on answering.
    expect((await raw(system, 'GET', '/api/v1/companies?limit=1')).status).toBe(200);
  });

  it('cuts off a chunked body once it passes the limit', async () => {
    const answer = await raw(system, 'POST', '/api/v1/leads', chunked(1024 * 1024));
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toContain('at most 262144 bytes');
  });

  it('answers 400 to JSON nested deeper than 32 levels, and to JSON that does not parse', async () => {
    const deep = `{"title":"x","custom":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const answer = await raw(system, 'POST', '/api/v1/leads', deep);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: 'body', problem: 'nests deeper than 32 levels of objects and arrays' },
    ]);
    const broken = await raw(system, 'POST', '/api/v1/leads', '{"title": "x",');
    expect(broken.status).toBe(400);
    expect(fieldsOf(broken.body)).toEqual(['body']);
  });

  it('answers 415 to a body of a content type the route does not take', async () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      null,
    ]) {
      const answer = await raw(system, 'POST', '/api/v1/leads', 'title=x', { contentType });
      expect({ contentType, status: answer.status }).toEqual({ contentType, status: 415 });
      expect(answer.body.detail).toMatch(/^content-type: /);
    }
    const json = await raw(system, 'POST', '/api/v1/leads', '{"title":"typed"}', {
      contentType: 'application/json; charset=utf-8',
    });
    expect(json.status).toBe(201);
  });
  it('takes dates and times as RFC 3339 only (what the document says), naming the field otherwise', async () => {
    for (const [path, field] of [
      ['/api/v1/leads?updatedTo=0.5', 'updatedTo'],
      ['/api/v1/deals?createdFrom=1', 'createdFrom'],
      ['/api/v1/activities?dueFrom=tomorrow', 'dueFrom'],
      ['/api/v1/companies?createdTo=2026-13-01T00:00:00Z', 'createdTo'],
    ]) {
      const answer = await system.call('GET', path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(fieldsOf(answer.body)).toEqual([field]);
    }
    const ok = await system.call(
      'GET',
      '/api/v1/leads?createdFrom=2026-01-01T00:00:00Z&updatedTo=2030-06-30T12:00:00.5%2B02:00',
    );
    expect(ok.status).toBe(200);
    const activity = await system.call('POST', '/api/v1/activities', {
      type: 'call',
      subject: 'x',
      dueAt: 0.5,
    });
    expect(activity.status).toBe(400);
    expect(fieldsOf(activity.body)).toContain('dueAt');
  });
});
