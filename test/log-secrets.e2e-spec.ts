import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../libs/logging';
import { buildOrmOptions } from '../libs/persistence/orm-options';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { freePort } from '../libs/temporal';
import { fastPipelineRules } from './support/fast-rules';
import { http } from './support/http';
import { startTestMailbox, type TestMailbox } from './support/smtp';
import { TEST_TEMPORAL_ADDRESS_VAR } from './support/test-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { eventually } from './support/eventually';

const ROOT = resolve(__dirname, '..');

/** A built process (npm test builds first), its stdout and stderr kept whole. */
function run(entry: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

/** The shared polling helper, with the patience of processes that start from scratch. */
const until = <T>(what: string, probe: () => Promise<T | undefined>) =>
  eventually(what, probe, { timeoutMs: 30_000, everyMs: 200 });

/**
 * Known secrets go through a whole sales cycle on the API and the worker as production runs them
 * (built, separate processes, every log level on): an admin key, an integration key, its signing
 * secret and the signatures made with it, a password in the database URL and one in a request
 * body, a session cookie, a link token from the quote email. None of them may appear in any line
 * either process writes.
 */
describe('secrets never reach the logs', () => {
  const secrets = {
    adminKey: `vk_${randomBytes(24).toString('base64url')}`,
    linkSecret: `link-secret-${randomBytes(24).toString('hex')}`,
    databasePassword: `db-pw-${randomBytes(12).toString('hex')}`,
    adminPassword: `admin-pw-${randomBytes(12).toString('hex')}`,
    bodyPassword: `body-pw-${randomBytes(12).toString('hex')}`,
    cookie: `session-${randomBytes(16).toString('hex')}`,
    queryToken: `query-token-${randomBytes(12).toString('hex')}`,
  };
  const found: Record<string, string> = {};
  let database: TestDatabase;
  let mailbox: TestMailbox;
  let api: ReturnType<typeof run>;
  let worker: ReturnType<typeof run>;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startTestMailbox();
    const databaseUrl = new URL(database.url);
    databaseUrl.password = secrets.databasePassword; // trust authentication: never checked
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'trace',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl.toString(),
      DATABASE_POOL_MAX: '4',
      TEMPORAL_ADDRESS: process.env[TEST_TEMPORAL_ADDRESS_VAR],
      TEMPORAL_TASK_QUEUE: `log-secrets-${randomBytes(4).toString('hex')}`,
      ADMIN_API_KEY: secrets.adminKey,
      ADMIN_PASSWORD: secrets.adminPassword,
      LINK_SECRET: secrets.linkSecret,
      SMTP_URL: mailbox.url,
      PUBLIC_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'voronka-logs-')),
    };
    api = run('dist/apps/api/main.js', env);
    await until('the API', async () =>
      (await http(url, 'GET', '/ready')).status === 200 ? 1 : undefined,
    );
    worker = run('dist/apps/worker/main.js', env);
  }, 90_000);
  afterAll(async () => {
    for (const p of [api, worker]) p?.child.kill('SIGTERM');
    await Promise.all(
      [api, worker].map(
        (p) => p && new Promise((r) => (p.child.exitCode !== null ? r(0) : p.child.on('exit', r))),
      ),
    );
    await mailbox?.close();
    await database?.drop();
  });

  it('runs a sales cycle with known secrets, and none of them is in any log line', async () => {
    const admin = { key: secrets.adminKey };
    const call = (method: 'GET' | 'POST', path: string, body?: unknown, o = admin) =>
      http(url, method, path, body, o);
    expect(
      (await call('POST', '/api/v1/rules/publish', { files: fastPipelineRules() })).status,
    ).toBe(201);

    // An integration user: its key and signing secret are shown once, in the answer.
    const bank = await call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@logs.test',
      role: 'integration',
    });
    const issued = (await call('POST', `/api/v1/users/${bank.body.id}/api-keys`, { name: 'b' }))
      .body;
    found.integrationKey = issued.key;
    found.signingSecret = issued.signingSecret;

    // Requests that carry secrets in other places: a cookie, a query parameter, a body field.
    await http(url, 'GET', `/api/v1/me?token=${secrets.queryToken}`, undefined, {
      ...admin,
      headers: { cookie: `voronka_session=${secrets.cookie}` },
    });
    const refused = await call('POST', '/api/v1/companies', {
      name: 'Secretive Ltd',
      password: secrets.bodyPassword,
    });
    expect(refused.status).toBe(400);
    // The web app's sign-in: a password, then a session cookie and a CSRF token on a write.
    const signIn = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@voronka.local', password: secrets.adminPassword }),
    });
    expect(signIn.status).toBe(201);
    found.sessionCookie = /voronka_session=([^;]+)/.exec(
      signIn.headers.get('set-cookie') ?? '',
    )![1];
    found.csrfToken = ((await signIn.json()) as { csrfToken: string }).csrfToken;
    const withCookie = await fetch(`${url}/api/v1/teams`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `voronka_session=${found.sessionCookie}`,
        'x-csrf-token': found.csrfToken,
      },
      body: JSON.stringify({ name: 'Signed-in team' }),
    });
    expect(withCookie.status).toBe(201);
    // A key that does not work: its text is still a credential.
    expect(
      (await http(url, 'GET', '/api/v1/me', undefined, { key: `${secrets.adminKey}x` })).status,
    ).toBe(401);

    // The cycle: a deal with its contact, the quote mailed with its signed link, accepted there.
    const contact = (
      await call('POST', '/api/v1/contacts', {
        firstName: 'Lou',
        lastName: 'Logs',
        email: 'lou@logs.test',
      })
    ).body;
    const deal = (
      await call('POST', '/api/v1/deals', {
        title: 'Logged deal',
        pipelineId: 'fast',
        amount: '100.00',
        contactId: contact.id,
      })
    ).body;
    const quote = (
      await call('POST', '/api/v1/quotes', {
        currency: 'USD',
        dealId: deal.id,
        contactId: contact.id,
        rows: [{ name: 'Audit', quantity: '1', unitPrice: '100.00' }],
      })
    ).body;
    const callId = await until('the qualifying call', async () => {
      const view = (await call('GET', `/api/v1/deals/${deal.id}/automation`)).body;
      return view.openFollowUps?.find((f: { activityId: string | null }) => f.activityId)
        ?.activityId;
    });
    expect(
      (await call('POST', `/api/v1/activities/${callId}/complete`, { outcome: 'interested' }))
        .status,
    ).toBe(200);
    const [quoteMail] = await mailbox.waitFor((m) => m.subject === `Your quote ${quote.number}`);
    const link = /href="[^"]*\/q\/([^"]+)"/.exec(quoteMail.html as string)![1];
    found.linkToken = link;
    expect((await fetch(`${url}/q/${link}`)).status).toBe(200);
    expect((await fetch(`${url}/q/${link}/accept`, { method: 'POST' })).status).toBe(200);

    // The invoice is paid through the signed webhook; one delivery with a wrong signature first.
    const [invoiceMail] = await mailbox.waitFor((m) => /^Invoice INV-/.test(m.subject ?? ''));
    const raw = JSON.stringify({
      externalId: 'pay-logs-1',
      invoiceNumber: invoiceMail.subject!.replace('Invoice ', ''),
      amount: '100.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const pay = (signature: string) =>
      fetch(`${url}/api/v1/integrations/payments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${issued.key}`,
          'x-voronka-timestamp': String(ts),
          'x-voronka-signature': signature,
        },
        body: raw,
      });
    const wrong = signWebhook(`whsec_${randomBytes(32).toString('base64url')}`, ts, raw);
    found.wrongSignature = wrong.replace('sha256=', '');
    expect((await pay(wrong)).status).toBe(401);
    const signature = signWebhook(issued.signingSecret, ts, raw);
    found.signature = signature.replace('sha256=', '');
    expect((await pay(signature)).status).toBe(201);
    await until('the deal won', async () =>
      (await call('GET', `/api/v1/deals/${deal.id}`)).body.outcome === 'won' ? true : undefined,
    );

    // Both processes wrote plenty (trace level); not one secret.
    await new Promise((r) => setTimeout(r, 500));
    const logs = api.output() + worker.output();
    expect(logs.split('\n').length).toBeGreaterThan(50);
    const leaked = Object.entries({ ...secrets, ...found }).filter(([, secret]) =>
      logs.includes(secret),
    );
    expect(leaked.map(([name]) => name)).toEqual([]);
    expect(logs).toContain('"authorization":"[redacted]"');
  }, 120_000);
});

/** A real PostgreSQL error about a statement with values in it, logged as the processes log. */
describe('database errors in the logs', () => {
  it('keep the statement and the reason, not the values', async () => {
    const database = await createTestDatabase();
    const orm = await MikroORM.init(buildOrmOptions({ url: database.url, poolMax: 2 }));
    const secret = `hunter2-${randomBytes(8).toString('hex')}`;
    const errors: unknown[] = [];
    try {
      const db = orm.em.fork().getConnection();
      await db.execute('create table t (email text primary key, pin int)');
      await db.execute('insert into t values (?, ?)', [`${secret}@x.test`, 987654]);
      for (const values of [
        [`${secret}@x.test`, 987654],
        [`${secret}@y.test`, secret],
      ])
        await db.execute('insert into t values (?, ?)', values).catch((e) => errors.push(e));
    } finally {
      await orm.close();
      await database.drop();
    }
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger({ logLevel: 'info' }, 'api', sink);
    for (const error of errors) log.error({ err: error }, (error as Error).message);
    const [duplicate, badNumber] = lines.map((l) => JSON.parse(l));
    expect(lines.join('')).not.toContain(secret);
    expect(lines.join('')).not.toContain('987654');
    expect(duplicate.msg).toContain('insert into t values');
    expect(duplicate.msg).toContain('duplicate key value violates unique constraint');
    expect(duplicate.err.code).toBe('23505');
    expect(badNumber.msg).toContain('invalid input syntax for type integer');

    // LOG_SQL_VALUES=true keeps them, for debugging.
    createLogger({ logLevel: 'info', logSqlValues: true }, 'api', sink).error({ err: errors[0] });
    expect(lines[2]).toContain(secret);
  });
});
