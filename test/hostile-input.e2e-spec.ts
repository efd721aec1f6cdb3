import { randomUUID } from 'node:crypto';
import { startTestSystem, type TestSystem } from './support/test-system';

/* eslint-disable @typescript-eslint/no-explicit-any -- the document is read as plain JSON */

interface Operation {
  method: string;
  path: string;
  /** The JSON body's properties by type, when the operation takes a body. */
  body?: { strings: string[]; numbers: string[] };
  /** Query parameters that take text. */
  queryStrings: string[];
}

/** Every operation of the document, with what takes text and numbers. */
function operationsOf(doc: any): Operation[] {
  const resolve = (schema: any): any =>
    schema?.$ref ? resolve(doc.components.schemas[schema.$ref.split('/').pop()]) : schema;
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const schema = resolve(op.requestBody?.content?.['application/json']?.schema);
      const props = Object.entries<any>(schema?.properties ?? {}).map(([name, s]) => [
        name,
        resolve(s),
      ]);
      ops.push({
        method: method.toUpperCase(),
        path,
        body: schema
          ? {
              strings: props.filter(([, s]) => s?.type === 'string').map(([n]) => n),
              numbers: props
                .filter(([, s]) => s?.type === 'number' || s?.type === 'integer')
                .map(([n]) => n),
            }
          : undefined,
        queryStrings: (op.parameters ?? [])
          .filter((p: any) => p.in === 'query' && resolve(p.schema)?.type === 'string')
          .map((p: any) => p.name),
      });
    }
  }
  return ops;
}

/**
 * A fixed corpus of hostile input on every operation that takes text or a body, read from the
 * OpenAPI document: whatever the operation, nothing answers 5xx, and each kind of input gets
 * the answer docs/api.md ("Limits and availability") promises.
 */
describe('hostile corpus: every operation, no 5xx', () => {
  let system: TestSystem;
  let ops: Operation[];
  const answers: string[] = [];

  /** One request as the admin; the path's parameters filled with a fresh id. */
  async function send(
    op: Operation,
    body?: string | Buffer,
    options: { contentType?: string; query?: string } = {},
  ) {
    const path = op.path.replace(/\{[^}]+\}/g, () => randomUUID()) + (options.query ?? '');
    const response = await fetch(`${system.baseUrl}${path}`, {
      method: op.method,
      headers: {
        authorization: `Bearer ${system.adminKey}`,
        ...(body !== undefined
          ? { 'content-type': options.contentType ?? 'application/json' }
          : {}),
      },
      body,
    });
    const text = await response.text();
    const json =
      (response.headers.get('content-type') ?? '').includes('json') && text
        ? JSON.parse(text)
        : text;
    answers.push(`${response.status} ${op.method} ${op.path}`);
    return { status: response.status, body: json };
  }

  const withBody = () => ops.filter((o) => o.body);
  const noServerError = () => expect(answers.filter((a) => a.startsWith('5'))).toEqual([]);

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const doc = await (await fetch(`${system.baseUrl}/docs/openapi.json`)).json();
    ops = operationsOf(doc).filter((o) => !o.path.startsWith('/docs'));
  });
  afterAll(() => system?.close());
  afterEach(() => noServerError());

  it('finds the operations that take text', () => {
    expect(withBody().length).toBeGreaterThan(20);
    expect(ops.filter((o) => o.queryStrings.length > 0).length).toBeGreaterThan(10);
  });

  it('the NUL character and a lone surrogate in any text field or query: 400 naming it', async () => {
    for (const op of withBody()) {
      for (const field of op.body!.strings) {
        for (const bad of ['a\u0000b', 'half \\ud800']) {
          const raw = `{${JSON.stringify(field)}:${JSON.stringify(bad).replace('\\\\ud800', '\\ud800')}}`;
          const answer = await send(op, raw);
          if (answer.status === 401 || answer.status === 403) continue; // the signed webhook
          expect({ op: `${op.method} ${op.path}`, field, status: answer.status }).toEqual({
            op: `${op.method} ${op.path}`,
            field,
            status: 400,
          });
          expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        }
      }
    }
    for (const op of ops) {
      for (const name of op.queryStrings) {
        const answer = await send(op, undefined, { query: `?${name}=a%00b` });
        expect({ op: `${op.method} ${op.path}`, name, status: answer.status }).toEqual({
          op: `${op.method} ${op.path}`,
          name,
          status: 400,
        });
      }
    }
  });

  it('1 MB and 12 MB bodies: 413 over the route limit, never 5xx', async () => {
    const mb = (n: number) => JSON.stringify({ x: 'x'.repeat(n * 1024 * 1024) });
    for (const op of withBody()) {
      const one = await send(op, mb(1));
      if (!op.path.startsWith('/api/v1/rules/')) expect(one.status).toBe(413);
      expect((await send(op, mb(12))).status).toBe(413);
    }
  });

  it('5,000-deep JSON: 400; a wrong content type: 415', async () => {
    for (const op of withBody()) {
      const deep = await send(op, '['.repeat(5000) + ']'.repeat(5000));
      expect({ op: op.path, status: deep.status }).toEqual({ op: op.path, status: 400 });
      for (const contentType of [
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
      ]) {
        const wrong = await send(op, '<a>1</a>', { contentType });
        expect({ op: op.path, contentType, status: wrong.status }).toEqual({
          op: op.path,
          contentType,
          status: 415,
        });
      }
    }
  });

  it('numbers out of range and very long strings: 4xx or accepted, never 5xx', async () => {
    for (const op of withBody()) {
      for (const field of op.body!.numbers)
        for (const n of ['1e308', '-1e308', '9007199254740993', '1e-400', '0.1e1000'])
          expect((await send(op, `{${JSON.stringify(field)}:${n}}`)).status).toBeLessThan(500);
      for (const field of op.body!.strings)
        expect(
          (await send(op, JSON.stringify({ [field]: 'ж'.repeat(100_000) }))).status,
        ).toBeLessThan(500);
    }
    for (const op of ops)
      for (const name of op.queryStrings)
        expect(
          (await send(op, undefined, { query: `?${name}=${'x'.repeat(8000)}` })).status,
        ).toBeLessThan(500);
  });

  it('homoglyph and right-to-left text is stored and echoed back exactly, as JSON', async () => {
    const texts = [
      'Аpple Іnc (Cyrillic А and І)',
      'invoice\u202Efdp.exe',
      '\u200Fשלום\u200E mixed',
      '👩🏽‍💼 team',
    ];
    for (const title of texts) {
      const created = await system.call('POST', '/api/v1/leads', { title, name: title });
      expect(created.status).toBe(201);
      expect(created.contentType).toContain('application/json');
      const read = await system.call('GET', `/api/v1/leads/${created.body.id}`);
      expect(read.body).toMatchObject({ title, name: title });
      const company = await system.call('POST', '/api/v1/companies', { name: title });
      expect((await system.call('GET', `/api/v1/companies/${company.body.id}`)).body.name).toBe(
        title,
      );
    }
  });
});
