import { type ChildProcess } from 'node:child_process';
import { encode } from 'iconv-lite';
import { eventually } from './support/eventually';
import { type HttpResult } from './support/http';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';
import { startWorkerProcess, stopWorkerProcess } from './support/worker-process';

interface Import {
  id: string;
  status: string;
  rowCount: number;
  columns: string[];
  mapping: { column: string; field: string }[];
  counts: { pending: number; created: number; updated: number; skipped: number; failed: number };
  workflows: { started: number; total: number };
}

/**
 * CSV imports (docs/import.md) as a user meets them: a file uploaded (UTF-8 or Windows-1251, `,`
 * or `;`, quotes in quotes), mapped, dry-run (the bad rows named), started, watched; duplicates
 * skipped, updated or created; the imported leads' workflows started behind it; a worker killed
 * (SIGKILL) in the middle of an import, every row imported once; malformed files refused with a
 * 4xx, never a 5xx.
 */
describe('CSV imports', () => {
  let system: TestSystem;
  let manager: TestUser, other: TestUser;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    manager = await system.user('manager');
    other = await system.user('manager');
    worker = await startWorkerProcess(system.config);
  }, 120_000);
  afterAll(async () => {
    await stopWorkerProcess(worker);
    await system?.close();
  }, 120_000);

  const upload = async (
    file: string | Buffer,
    query: string,
    key = manager.key,
    contentType = 'text/csv',
  ): Promise<HttpResult> => {
    const response = await fetch(`${system.baseUrl}/api/v1/imports?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': contentType },
      body: typeof file === 'string' ? Buffer.from(file) : file,
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      headers: response.headers,
      body:
        text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  };
  const as = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, key = manager.key) =>
    system.call(method, path, body, { key });
  const finished = (id: string) =>
    eventually(
      `import ${id} completed`,
      async () => {
        const job = (await as('GET', `/api/v1/imports/${id}`)).body as Import;
        return job.status === 'completed' ? job : undefined;
      },
      { timeoutMs: 120_000, everyMs: 250 },
    );

  it('fills custom fields of every kind, reading each cell as its field’s type', async () => {
    const define = async (code: string, type: string, extra: object = {}) =>
      expect(
        (
          await system.call('POST', '/api/v1/custom-fields', {
            recordType: 'contact',
            code,
            label: code,
            type,
            ...extra,
          })
        ).status,
      ).toBe(201);
    await define('seats', 'number');
    await define('vip', 'flag');
    await define('budget', 'money');
    await define('tier', 'list', { options: ['silver', 'gold'] });
    const file = [
      'First name,Email,Seats,VIP,Budget,Tier',
      'Ann,ann.custom@acme.test,"1 200,5",да,1200.50 usd,gold',
      'Bob,bob.custom@acme.test,many,maybe,12,platinum',
    ].join('\n');
    const up = await upload(file, 'kind=contact');
    expect(up.status).toBe(201);
    expect(up.body.fields).toEqual(
      expect.arrayContaining(['custom.seats', 'custom.vip', 'custom.budget', 'custom.tier']),
    );
    const id = up.body.id as string;
    const unknown = await as('PUT', `/api/v1/imports/${id}/mapping`, {
      mapping: [...up.body.mapping, { column: 'Seats', field: 'custom.nope' }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe(`mapping.${up.body.mapping.length}.field`);
    const mapped = await as('PUT', `/api/v1/imports/${id}/mapping`, {
      mapping: [
        ...up.body.mapping,
        { column: 'Seats', field: 'custom.seats' },
        { column: 'VIP', field: 'custom.vip' },
        { column: 'Budget', field: 'custom.budget' },
        { column: 'Tier', field: 'custom.tier' },
      ],
    });
    expect(mapped.status).toBe(200);
    const dry = await as('POST', `/api/v1/imports/${id}/dry-run`);
    expect(dry.body).toMatchObject({ rows: 2, valid: 1, invalid: 1 });
    expect(dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'custom.seats'],
      [2, 'custom.vip'],
      [2, 'custom.budget'],
      [2, 'custom.tier'],
    ]);
    expect((await as('POST', `/api/v1/imports/${id}/start`, {})).status).toBe(200);
    const done = await finished(id);
    expect(done.counts).toMatchObject({ created: 1, failed: 1 });
    const rows = (await as('GET', `/api/v1/imports/${id}/rows`)).body.items;
    const ann = await as('GET', `/api/v1/contacts/${rows[0].recordId}`);
    expect(ann.body.custom).toEqual({
      seats: 1200.5,
      vip: true,
      budget: { amount: '1200.50', currency: 'USD' },
      tier: 'gold',
    });
  });

  it('imports leads from UTF-8 with `;`: mapping, dry run, duplicates skipped, workflows started', async () => {
    // The file's Notes column fills this custom field of leads.
    const notes = await system.call('POST', '/api/v1/custom-fields', {
      recordType: 'lead',
      code: 'notes',
      label: 'Notes',
      type: 'text',
    });
    expect(notes.status).toBe(201);
    const existing = await as('POST', '/api/v1/leads', {
      title: 'Already here',
      email: 'known@acme.test',
    });
    expect(existing.status).toBe(201);
    const file = [
      'Название;Имя;E-mail;Телефон;Компания;Notes',
      'Roof "Deluxe" works;Ann Lee;ann@acme.test;+1 555 010 0200;ACME;x',
      '"Quote ""40 seats""; urgent";Bob;bob@acme.test;;"Bob & Co";',
      'Bad email row;Cy;not-an-email;;;',
      'Known again;Dee;KNOWN@acme.test;;;',
      'Ann twice;Ann L.;;+1 (555) 010-0200;;',
      ';No title;nt@acme.test;;;',
    ].join('\r\n');
    const up = await upload(file, 'kind=lead&fileName=leads.csv');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      kind: 'lead',
      fileName: 'leads.csv',
      encoding: 'utf-8',
      delimiter: ';',
      rowCount: 6,
      status: 'uploaded',
      columns: ['Название', 'Имя', 'E-mail', 'Телефон', 'Компания', 'Notes'],
      // Suggested from the header, in Russian and English.
      mapping: [
        { column: 'Название', field: 'title' },
        { column: 'Имя', field: 'name' },
        { column: 'E-mail', field: 'email' },
        { column: 'Телефон', field: 'phone' },
        { column: 'Компания', field: 'companyName' },
      ],
      counts: { pending: 6, created: 0, updated: 0, skipped: 0, failed: 0 },
    });
    expect(up.body.preview[1]).toEqual([
      'Quote "40 seats"; urgent',
      'Bob',
      'bob@acme.test',
      '',
      'Bob & Co',
      '',
    ]);
    const id = up.body.id as string;

    const badMapping = await as('PUT', `/api/v1/imports/${id}/mapping`, {
      mapping: [
        { column: 'Nope', field: 'title' },
        { column: 'Notes', field: 'amount' },
      ],
    });
    expect(badMapping.status).toBe(422);
    expect(badMapping.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'mapping.0.column',
      'mapping.1.field',
    ]);
    const mapped = await as('PUT', `/api/v1/imports/${id}/mapping`, {
      mapping: [...up.body.mapping, { column: 'Notes', field: 'custom.notes' }],
      duplicateMode: 'skip',
    });
    expect(mapped.status).toBe(200);
    expect(mapped.body.duplicateMode).toBe('skip');

    const dry = await as('POST', `/api/v1/imports/${id}/dry-run`);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      rows: 6,
      valid: 4,
      invalid: 2,
      wouldCreate: 2,
      wouldSkip: 2,
      wouldUpdate: 0,
      truncated: false,
    });
    expect(dry.body.errors).toEqual([
      { row: 3, field: 'email', problem: 'email must be an email' },
      { row: 6, field: 'title', problem: expect.stringContaining('title') },
    ]);
    expect(dry.body.duplicates).toEqual([
      {
        row: 4,
        matches: [{ kind: 'lead', id: existing.body.id, name: 'Already here', field: 'email' }],
        earlierRow: null,
      },
      { row: 5, matches: [], earlierRow: 1 },
    ]);
    // Nothing was written.
    expect((await as('GET', '/api/v1/leads?q=Roof')).body.total).toBe(0);

    const started = await as('POST', `/api/v1/imports/${id}/start`, {});
    expect(started.status).toBe(200);
    expect(['storing', 'starting', 'completed']).toContain(started.body.status);
    expect((await as('POST', `/api/v1/imports/${id}/start`, {})).status).toBe(409);
    expect((await as('PUT', `/api/v1/imports/${id}/mapping`, { mapping: [] })).status).toBe(409);

    const done = await finished(id);
    expect(done.counts).toEqual({ pending: 0, created: 2, updated: 0, skipped: 2, failed: 2 });
    expect(done.workflows).toEqual({ started: 2, total: 2 });

    const failed = await as('GET', `/api/v1/imports/${id}/rows?outcome=failed`);
    expect(
      failed.body.items.map((r: { row: number; reason: string }) => [r.row, r.reason]),
    ).toEqual([
      [3, 'email: email must be an email'],
      [6, expect.stringMatching(/^title: /)],
    ]);
    const rows = (await as('GET', `/api/v1/imports/${id}/rows`)).body.items;
    expect(rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'created',
      'created',
      'failed',
      'skipped',
      'skipped',
      'failed',
    ]);
    expect(rows[3]).toMatchObject({
      recordId: existing.body.id,
      reason: expect.stringContaining('email'),
    });

    const lead = await as('GET', `/api/v1/leads/${rows[1].recordId}`);
    expect(lead.body).toMatchObject({
      title: 'Quote "40 seats"; urgent',
      name: 'Bob',
      email: 'bob@acme.test',
      companyName: 'Bob & Co',
      status: 'new',
      responsibleId: manager.id,
    });
    const first = await as('GET', `/api/v1/leads/${rows[0].recordId}`);
    expect(first.body.custom).toEqual({ notes: 'x' });
    const history = await as('GET', `/api/v1/leads/${rows[0].recordId}/history`);
    expect(history.body.items).toEqual([
      expect.objectContaining({ from: null, to: 'new', cause: 'imported' }),
    ]);
    // Its workflow runs: the automation answers.
    await eventually(
      'the imported lead’s workflow runs',
      async () =>
        (await as('GET', `/api/v1/leads/${rows[0].recordId}/automation`)).body.stage === 'new' ||
        undefined,
      { timeoutMs: 60_000 },
    );

    // Another manager neither sees nor starts it.
    expect((await as('GET', `/api/v1/imports/${id}`, undefined, other.key)).status).toBe(404);
    expect((await as('GET', '/api/v1/imports', undefined, other.key)).body.total).toBe(0);
  }, 180_000);

  it('imports contacts from Windows-1251 with `;`, updating or creating duplicates', async () => {
    const ann = await as('POST', '/api/v1/contacts', {
      firstName: 'Анна',
      email: 'anna@example.ru',
    });
    expect(ann.status).toBe(201);
    const text = [
      'Имя;Фамилия;Должность;Почта',
      'Анна;Иванова;Директор;ANNA@example.ru',
      'Пётр;"Сидоров ""младший""";Инженер;petr@example.ru',
    ].join('\r\n');
    const up = await upload(encode(text, 'win1251'), 'kind=contact');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ encoding: 'windows-1251', delimiter: ';', rowCount: 2 });
    expect(up.body.mapping).toEqual([
      { column: 'Имя', field: 'firstName' },
      { column: 'Фамилия', field: 'lastName' },
      { column: 'Должность', field: 'position' },
      { column: 'Почта', field: 'email' },
    ]);
    const id = up.body.id as string;
    await as('PUT', `/api/v1/imports/${id}/mapping`, {
      mapping: up.body.mapping,
      duplicateMode: 'update',
    });
    expect((await as('POST', `/api/v1/imports/${id}/dry-run`)).body).toMatchObject({
      valid: 2,
      wouldCreate: 1,
      wouldUpdate: 1,
    });
    expect((await as('POST', `/api/v1/imports/${id}/start`, {})).status).toBe(200);
    const done = await finished(id);
    expect(done.counts).toMatchObject({ created: 1, updated: 1, skipped: 0, failed: 0 });
    expect(done.workflows).toEqual({ started: 0, total: 0 });
    const updated = await as('GET', `/api/v1/contacts/${ann.body.id}`);
    expect(updated.body).toMatchObject({
      firstName: 'Анна',
      lastName: 'Иванова',
      position: 'Директор',
      email: 'ANNA@example.ru',
    });
    const petr = (await as('GET', '/api/v1/contacts?q=petr@example.ru')).body.items;
    expect(petr).toEqual([expect.objectContaining({ lastName: 'Сидоров "младший"' })]);

    // The same file again, creating duplicates: two more contacts.
    const again = await upload(encode(text, 'win1251'), 'kind=contact');
    await as('PUT', `/api/v1/imports/${again.body.id}/mapping`, {
      mapping: again.body.mapping,
      duplicateMode: 'create',
    });
    await as('POST', `/api/v1/imports/${again.body.id}/start`, {});
    expect((await finished(again.body.id)).counts).toMatchObject({ created: 2, updated: 0 });
    expect((await as('GET', '/api/v1/contacts?q=anna@example.ru')).body.total).toBe(2);
  }, 120_000);

  it('refuses malformed files with a 4xx naming the problem, never a 5xx', async () => {
    const fields = (r: HttpResult) => r.body.errors?.map((e: { field: string }) => e.field);
    const noKind = await upload('a,b\n1,2\n', '');
    expect(noKind.status).toBe(400);
    expect(fields(noKind)).toEqual(['kind']);
    const unclosed = await upload('Title,Email\nok,a@b.test\n"open,x\n', 'kind=lead');
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.errors).toEqual([
      { field: 'body', problem: expect.stringMatching(/^line 3: a quoted cell is not closed/) },
    ]);
    const tenMegabyteLine = await upload(`Title\n${'x'.repeat(10 * 1024 * 1024)}\n`, 'kind=lead');
    expect(tenMegabyteLine.status).toBe(400);
    expect(tenMegabyteLine.body.errors[0].problem).toMatch(/^line 2: .*longer than/);
    const notUtf8 = await upload(
      Buffer.from([0x54, 0x0a, 0xff, 0xfe, 0x0a]),
      'kind=lead&encoding=utf-8',
    );
    expect(notUtf8.status).toBe(400);
    expect(fields(notUtf8)).toEqual(['encoding']);
    const binary = await upload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x0a]), 'kind=lead');
    expect(binary.status).toBe(400);
    const json = await upload('{"title":"x"}', 'kind=lead', manager.key, 'application/json');
    expect(json.status).toBe(400);
    expect(fields(json)).toEqual(['body']);
    const headerOnly = await upload('Title\n', 'kind=lead');
    expect(headerOnly.status).toBe(400);
    const tooLarge = await upload(Buffer.alloc(33 * 1024 * 1024, 0x61), 'kind=lead');
    expect(tooLarge.status).toBe(413);
    // Broken encodings, stray quotes, odd bytes: each answered, none a 5xx.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 30; i++) {
      const junk = Buffer.from(
        Array.from({ length: 200 }, (_, j) =>
          j % 7 === 0 ? 0x22 : j % 11 === 0 ? 0x0a : random(),
        ),
      );
      const answer = await upload(Buffer.concat([Buffer.from('Title;Email\n'), junk]), 'kind=lead');
      expect([201, 400]).toContain(answer.status);
      if (answer.status === 201) {
        const dry = await as('POST', `/api/v1/imports/${answer.body.id}/dry-run`);
        expect(dry.status).toBe(200);
      }
    }
  }, 120_000);

  it('imports each row once although the worker is killed mid-way', async () => {
    const ROWS = 300;
    const lines = ['Title,Email'];
    for (let i = 0; i < ROWS; i++) lines.push(`Crash ${i},crash${i}@kill.test`);
    const up = await upload(lines.join('\n'), 'kind=lead');
    expect(up.status).toBe(201);
    const id = up.body.id as string;
    const started = await as('POST', `/api/v1/imports/${id}/start`, {
      batchSize: 10,
      workflowStartsPerSecond: 50,
    });
    expect(started.status).toBe(200);
    await eventually(
      'some rows written',
      async () =>
        (await as('GET', `/api/v1/imports/${id}`)).body.counts.created >= 100 || undefined,
      { timeoutMs: 60_000, everyMs: 50 },
    );
    await stopWorkerProcess(worker, 'SIGKILL');
    const atTheCrash = (await as('GET', `/api/v1/imports/${id}`)).body as Import;
    expect(atTheCrash.counts.created).toBeLessThan(ROWS);

    worker = await startWorkerProcess(system.config);
    const done = await eventually(
      'the import completed',
      async () => {
        const job = (await as('GET', `/api/v1/imports/${id}`)).body as Import;
        return job.status === 'completed' ? job : undefined;
      },
      { timeoutMs: 300_000, everyMs: 500 },
    );
    expect(done.counts).toEqual({ pending: 0, created: ROWS, updated: 0, skipped: 0, failed: 0 });
    expect(done.workflows).toEqual({ started: ROWS, total: ROWS });
    // Each row once: as many leads as rows, one per email.
    expect((await as('GET', '/api/v1/leads?q=kill.test&limit=1')).body.total).toBe(ROWS);
    for (const i of [0, 150, ROWS - 1])
      expect((await as('GET', `/api/v1/leads?q=crash${i}@kill.test`)).body.total).toBe(1);
  }, 420_000);
});
