import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { FAST_LEAD_RULES, fastPipelineRules } from './support/fast-rules';
import { startTestMailbox, type TestMailbox } from './support/smtp';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const WORKER_MAIN = join(__dirname, '..', 'dist', 'apps', 'worker', 'main.js');

/**
 * The worker killed with SIGKILL in the middle of the flows, and started again: every flow
 * completes, and no email goes out twice.
 */
describe('a worker killed mid-flight', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let m1: TestUser;
  let worker: ChildProcess | undefined;

  /** The worker as its own process (`npm run start:worker`), on the test's queue and database. */
  async function startWorker(): Promise<ChildProcess> {
    const c = system.config;
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: c.database.url,
        DATABASE_POOL_MAX: '5',
        TEMPORAL_ADDRESS: c.temporal.address,
        TEMPORAL_NAMESPACE: c.temporal.namespace,
        TEMPORAL_TASK_QUEUE: c.temporal.taskQueue,
        SMTP_URL: mailbox.url,
        DATA_DIR: c.dataDir,
        RULES_PUBLISH_ON_START: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('worker polling task queue')) resolve();
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`the worker exited (${code}): ${output}`)));
      timer = setTimeout(() => reject(new Error(`the worker did not start: ${output}`)), 60_000);
    }).finally(() => clearTimeout(timer));
    return child;
  }

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ worker: false, env: { SMTP_URL: mailbox.url } });
    for (const files of [FAST_LEAD_RULES, fastPipelineRules()])
      expect((await system.call('POST', '/api/v1/rules/publish', { files })).status).toBe(201);
    m1 = await system.user('manager');
  }, 60_000);
  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      worker.kill('SIGTERM');
      await new Promise((r) => worker!.once('exit', r));
    }
    await system?.close();
    await mailbox?.close();
  });

  it('completes every flow after a restart, each quote mailed once', async () => {
    worker = await startWorker();
    const deals: { id: string; quote: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const contact = await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: `Buyer${i}`, email: `buyer${i}@crash.test` },
        { key: m1.key },
      );
      const deal = await system.call(
        'POST',
        '/api/v1/deals',
        { title: `Crash ${i}`, pipelineId: 'fast', amount: '10.00', contactId: contact.body.id },
        { key: m1.key },
      );
      const quote = await system.call(
        'POST',
        '/api/v1/quotes',
        {
          currency: 'USD',
          dealId: deal.body.id,
          contactId: contact.body.id,
          rows: [{ name: 'Thing', quantity: '1', unitPrice: '10.00' }],
        },
        { key: m1.key },
      );
      deals.push({ id: deal.body.id, quote: quote.body.number });
    }
    // Each deal's first call, done: the quotes go out (a PDF and an email each)...
    const calls = await Promise.all(
      deals.map((d) =>
        eventually(
          `the call of ${d.id}`,
          async () => {
            const view = (await system.call('GET', `/api/v1/deals/${d.id}/automation`)).body;
            return view.openFollowUps?.[0]?.activityId as string | undefined;
          },
          { timeoutMs: 60_000 },
        ),
      ),
    );
    await Promise.all(
      calls.map((id) =>
        system.call(
          'POST',
          `/api/v1/activities/${id}/complete`,
          { outcome: 'interested' },
          {
            key: m1.key,
          },
        ),
      ),
    );
    // ... and the worker dies while they do.
    await new Promise((r) => setTimeout(r, 150));
    worker.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    const sentBeforeTheCrash = mailbox.messages.length;

    worker = await startWorker();
    for (const d of deals) {
      const [mail] = await mailbox.waitFor((m) => m.subject === `Your quote ${d.quote}`, 1, 60_000);
      expect(mail.attachments[0].filename).toBe(`${d.quote}.pdf`);
    }
    for (const d of deals) {
      await eventually(
        `${d.id} in negotiation`,
        async () =>
          (await system.call('GET', `/api/v1/deals/${d.id}`)).body.stage === 'negotiation' ||
          undefined,
        { timeoutMs: 60_000 },
      );
    }
    await new Promise((r) => setTimeout(r, 1000));
    const quoteMails = mailbox.messages.filter((m) => m.subject?.startsWith('Your quote '));
    expect(quoteMails.map((m) => m.subject).sort()).toEqual(
      deals.map((d) => `Your quote ${d.quote}`).sort(),
    );
    // Some went out before the crash (or the test proves little); the rest after the restart.
    expect(sentBeforeTheCrash).toBeLessThan(deals.length);
  }, 180_000);
});
