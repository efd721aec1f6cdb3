import { ApplicationFailure } from '@temporalio/common';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { workflowSource } from '../apps/worker/workflow-source';
import type {
  AutomationView,
  RecordWorkflowInput,
} from '../libs/automation/contract/automation.contract';
import type { AutomationEffectsApi } from '../libs/automation/contract/effects.contract';
import {
  automationQuery,
  migrateRulesUpdate,
  moveUpdate,
  recordEventSignal,
} from '../libs/automation/contract/record-workflow.definitions';
import { loadConfig } from '../libs/config';
import type { RuleSet } from '../libs/rules';
import { compileRules } from '../libs/rules/testing/compile';
import { resolveTool, TEMPORAL_TEST_SERVER } from '../libs/temporal';
import { eventually } from './support/eventually';

/**
 * The lead and deal workflow alone: its real code on Temporal's time-skipping test server, with
 * stub effects that note what they are asked and answer as the worker's would — no database, no
 * API. What it proves: the commands of the rules become effects with their keys, in order; the
 * signal, updates and query of the state class; timers of days pass in an instant; an effect that
 * fails for good is noted and the record goes on; the state survives continue-as-new.
 */
const rules = (version: number, extra = '') =>
  compileRules(
    `kind: pipeline
id: stub
name: Stub pipeline
version: ${version}
currency: USD
won_requires_payment: true
stages:
  - id: new
    on_enter:
      - create_activity: { type: call, subject: 'Call {{deal.title}}', due: 1h }
      - send_email: { template: hello, to: contact }
    transitions:
      - { to: quote, on: { activity_completed: { type: call, outcome: interested } } }
      - { to: lost, after: 14d }
  - id: quote
    on_enter:
      - send_quote: { template: hello, valid_for: 14d }
    transitions:
      - { to: negotiation, on: quote_sent }
  - id: negotiation
    transitions:
      - { to: won, on: invoice_paid }${extra}
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
    ['hello'],
  );
const RULES: Record<number, RuleSet> = {
  1: rules(1),
  2: rules(2, '\n      - { to: lost, after: 30d }'),
  // Dunning: an overdue invoice gets a call and an email; an expired quote loses the deal.
  3: compileRules(
    `kind: pipeline
id: stub
name: Stub pipeline
version: 3
currency: USD
stages:
  - id: new
    transitions:
      - { to: dunning, on: invoice_overdue }
      - { to: lost, on: quote_expired }
  - id: dunning
    on_enter:
      - create_activity: { type: call, subject: 'Chase payment: {{deal.title}}', due: 1d }
      - send_email: { template: hello, to: contact }
    transitions:
      - { to: won, on: invoice_paid }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
    ['hello'],
  ),
};
const DAY = 86_400_000;

type Call = { effect: keyof AutomationEffectsApi; key?: string; input: Record<string, unknown> };

describe('the record workflow with stub effects', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = 'record-workflow-stubs';
  /** What each workflow asked of its effects, in order. */
  const calls = new Map<string, Call[]>();
  /** Records whose emails fail for good. */
  const brokenMail = new Set<string>();
  let activities = 0;
  /** The pending timers each workflow last wrote for the upcoming-automation view. */
  const pendingTimers = new Map<string, string[]>();
  /** The stub deals' invoices and quotes, by id: what the lapse effect finds. */
  const documents = new Map<string, { number: string; status: string }>();

  const note = (
    input: { workflowId?: string; recordId: string; key?: string },
    effect: Call['effect'],
  ) => {
    const id = input.workflowId ?? `deal-${input.recordId}`;
    if (!calls.has(id)) calls.set(id, []);
    calls.get(id)!.push({ effect, key: input.key, input: input as Record<string, unknown> });
  };
  const stubs: AutomationEffectsApi = {
    async begin(input) {
      note(input, 'begin');
      return {
        rules: RULES[input.version],
        ...(input.snapshot ? { snapshot: { deal: { title: 'Stubbed', amount: '100.00' } } } : {}),
        ...(input.deadlines ? { deadlines: [] } : {}),
      };
    },
    async documentDeadlines(input) {
      note({ recordId: input.dealId }, 'documentDeadlines');
      return [];
    },
    async lapseDocument(input) {
      note(input, 'lapseDocument');
      const doc = documents.get(input.documentId);
      if (!doc || !['draft', 'sent', 'partially_paid'].includes(doc.status))
        return { lapsed: false, number: doc?.number ?? null, why: `it is ${doc?.status}` };
      doc.status = input.document === 'invoice' ? 'overdue' : 'expired';
      return { lapsed: true, number: doc.number };
    },
    async loadRules(input) {
      return RULES[input.version];
    },
    async loadSnapshot() {
      return { deal: { title: 'Stubbed', amount: '100.00' } };
    },
    async recordStage(input) {
      note(input, 'recordStage');
    },
    async closeRecord(input) {
      note(input, 'closeRecord');
    },
    async createActivity(input) {
      note(input, 'createActivity');
      return { activityId: `activity-${++activities}` };
    },
    async assign(input) {
      note(input, 'assign');
      return { responsibleId: 'someone' };
    },
    async setField(input) {
      note(input, 'setField');
    },
    async recordRulesVersion(input) {
      note(input, 'recordRulesVersion');
    },
    async logInputs() {
      // The log itself is tested on the real system (record-input-log.e2e-spec.ts).
    },
    async syncPendingAutomation(input) {
      pendingTimers.set(
        input.workflowId,
        input.timers.map((t) => t.description),
      );
    },
    async sendEmail(input) {
      note(input, 'sendEmail');
      if (brokenMail.has(input.recordId))
        throw ApplicationFailure.nonRetryable('the contact has no email address', 'no-recipient');
      return { sentTo: 'someone@stub.test' };
    },
    async notify(input) {
      note(input, 'notify');
      return { sentTo: 'someone@stub.test' };
    },
    async postWebhook(input) {
      note(input, 'postWebhook');
      return { delivered: 1 };
    },
    async webhookGivenUp({ input }) {
      note(input, 'webhookGivenUp');
    },
    async sendQuote(input) {
      note(input, 'sendQuote');
      return { quoteId: 'quote-1', number: 'Q-1' };
    },
    async issueInvoice(input) {
      note(input, 'issueInvoice');
      return { invoiceId: 'invoice-1', number: 'I-1', paid: false };
    },
    async convertLead(input) {
      note(input, 'convertLead');
      return { dealId: null };
    },
  };

  beforeAll(async () => {
    const config = loadConfig();
    const tool = await resolveTool(TEMPORAL_TEST_SERVER, {
      configuredPath: config.temporal.testServerPath,
      cacheDir: config.cacheDir,
    });
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: tool.path } },
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      ...workflowSource(process.env.TEMPORAL_WORKFLOW_BUNDLE), // the run's bundle
      activities: stubs,
    });
    running = worker.run();
  }, 120_000);
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  let deals = 0;
  async function startDeal(options: Partial<RecordWorkflowInput> = {}, brokenEmail = false) {
    const recordId = `stub-${++deals}`;
    if (brokenEmail) brokenMail.add(recordId);
    const handle = await env.client.workflow.start('dealWorkflow', {
      taskQueue,
      workflowId: `deal-${recordId}`,
      args: [{ kind: 'deal', recordId, ruleSetId: 'stub', version: 1, ...options }],
    });
    return { recordId, handle };
  }
  const view = (handle: WorkflowHandle) => handle.query(automationQuery);
  const effectsOf = (handle: WorkflowHandle) =>
    (calls.get(handle.workflowId) ?? []).map((c) => `${c.effect} ${c.key ?? ''}`.trim());
  const settled = (handle: WorkflowHandle, what: string, test: (v: AutomationView) => boolean) =>
    eventually(what, async () => {
      const v = await view(handle);
      return test(v) ? v : undefined;
    });
  const openCall = async (handle: WorkflowHandle) =>
    (await settled(handle, 'the call created', (v) => Boolean(v.openFollowUps[0]?.activityId)))
      .openFollowUps[0].activityId!;

  it('carries out the first stage through its effects, keyed, and writes no first stage', async () => {
    const { handle } = await startDeal();
    const started = await settled(handle, 'the first stage', (v) => v.stage === 'new');
    await openCall(handle);
    await eventually('the email', () => (effectsOf(handle).length >= 3 ? true : undefined));
    expect(effectsOf(handle)).toEqual([
      'begin',
      'createActivity new#1/enter/0',
      'sendEmail new#1/enter/1',
    ]);
    expect(started).toMatchObject({ ruleSetId: 'stub', rulesVersion: 1, closed: null });
    expect(started.pendingTimers.map((t) => t.description)).toEqual([
      'move to lost after 14d in new',
    ]);
  });

  it('moves by its rules on a signal, and a quote sent moves it on', async () => {
    const { handle } = await startDeal();
    const call = await openCall(handle);
    await handle.signal(recordEventSignal, {
      type: 'activity_completed',
      activityId: call,
      activity: 'call',
      outcome: 'interested',
    });
    const moved = await settled(handle, 'negotiation', (v) => v.stage === 'negotiation');
    expect(effectsOf(handle).slice(3)).toEqual([
      'recordStage stage/1',
      'sendQuote quote#2/enter/0',
      'recordStage stage/2',
    ]);
    const stages = calls.get(handle.workflowId)!.filter((c) => c.effect === 'recordStage');
    expect(stages.map((c) => c.input.cause)).toEqual([
      'rule stages[0].transitions[0] on activity_completed',
      'rule stages[1].transitions[0] on quote_sent',
    ]);
    expect(moved.openFollowUps).toEqual([]);
    expect(moved.lastEvents.map((e) => e.what)).toEqual([
      'call completed (interested)',
      'started in new',
    ]);
    // What the call caused, in order, each with its rule: the quote sent by the stage it moved
    // to moved the deal on again.
    expect(moved.lastEvents[0].caused).toEqual([
      {
        rule: 'stages[0].transitions[0]',
        what: 'on activity_completed: moved to quote',
        action: null,
        key: null,
      },
      {
        rule: 'stages[1].on_enter[0]',
        what: 'send quote (template hello), valid for 14d',
        action: 'send_quote',
        key: 'quote#2/enter/0',
      },
      {
        rule: 'stages[1].transitions[0]',
        what: 'on quote_sent: moved to negotiation',
        action: null,
        key: null,
      },
    ]);
  });

  it('refuses a move the rules forbid in the validator, with its code, and changes nothing', async () => {
    const { handle } = await startDeal();
    await openCall(handle);
    const before = effectsOf(handle).length;
    const refused = await handle
      .executeUpdate(moveUpdate, { args: [{ to: 'won', by: { id: 'u1', role: 'manager' } }] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'not_paid',
      message: expect.stringContaining('only a head of sales'),
    });
    // A head may override; the move answers once its effects are done, and closing completes it.
    const result = await handle.executeUpdate(moveUpdate, {
      args: [{ to: 'won', by: { id: 'h1', role: 'head' }, override: true }],
    });
    expect(result).toEqual({ stage: 'won', closed: true });
    expect(effectsOf(handle).slice(before)).toEqual(['recordStage stage/1', 'closeRecord close/1']);
    const stage = calls.get(handle.workflowId)!.find((c) => c.effect === 'recordStage')!;
    expect(stage.input).toMatchObject({ cause: 'manual (override)', byUserId: 'h1' });
    expect(await handle.result()).toEqual({ stage: 'won', closed: true });
  });

  it('notes an effect that failed for good and goes on', async () => {
    const { handle } = await startDeal({}, true);
    // The email comes after the call: it fails on its only attempt, and the deal still moves.
    await eventually('the failure noted', async () =>
      (await view(handle)).lastEvents.find((e) => e.rule === 'effect:send_email'),
    );
    const v = await view(handle);
    expect(v.lastEvents[0]).toMatchObject({
      rule: 'effect:send_email',
      what: 'failed: the contact has no email address',
    });
    const moved = await handle.executeUpdate(moveUpdate, {
      args: [{ to: 'negotiation', by: { id: 'u1', role: 'manager' } }],
    });
    expect(moved.stage).toBe('negotiation');
  });

  it('lets its timers of days pass in an instant: a deal nobody answers is lost', async () => {
    const { handle } = await startDeal();
    await openCall(handle);
    const from = await env.currentTimeMs();
    expect(await handle.result()).toEqual({ stage: 'lost', closed: true });
    expect((await env.currentTimeMs()) - from).toBeGreaterThanOrEqual(14 * 24 * 3600_000 - 60_000);
    expect(effectsOf(handle).slice(-2)).toEqual(['recordStage stage/1', 'closeRecord close/1']);
    const stage = calls.get(handle.workflowId)!.find((c) => c.effect === 'recordStage')!;
    expect(stage.input.cause).toBe('rule stages[0].transitions[1]');
    // What it waited on was written for the upcoming-automation view, and cleared when it closed.
    expect(pendingTimers.get(handle.workflowId)).toEqual([]);
  });

  it('writes its pending timers for the upcoming-automation view whenever they change', async () => {
    const { handle } = await startDeal();
    await openCall(handle);
    await eventually('the timers written', () =>
      pendingTimers.get(handle.workflowId)?.[0] === 'move to lost after 14d in new'
        ? true
        : undefined,
    );
  });

  it('keeps its state across continue-as-new', async () => {
    const { handle } = await startDeal({ continueAfterEvents: 1 });
    const call = await openCall(handle);
    const first = (await handle.describe()).runId;
    await handle.signal(recordEventSignal, {
      type: 'activity_completed',
      activityId: call,
      activity: 'call',
      outcome: 'interested',
    });
    await eventually('a new run', async () =>
      (await handle.describe()).runId !== first ? true : undefined,
    );
    const v = await settled(handle, 'negotiation', (x) => x.stage === 'negotiation');
    expect(v.lastEvents.map((e) => e.what)).toContain('call completed (interested)');
    // The new run reads its rules again (begin, without the record) and goes on.
    const begins = calls.get(handle.workflowId)!.filter((c) => c.effect === 'begin');
    expect(begins.map((c) => c.input.snapshot)).toEqual([true, false]);
    const moved = await handle.executeUpdate(moveUpdate, {
      args: [{ to: 'lost', by: { id: 'u1', role: 'manager' } }],
    });
    expect(moved).toEqual({ stage: 'lost', closed: true });
  });

  it('moves to a newer rules version at a safe point, and refuses the version it runs', async () => {
    const { handle } = await startDeal();
    await openCall(handle);
    const refused = await handle
      .executeUpdate(migrateRulesUpdate, { args: [{ rules: RULES[1], by: 'ops' }] })
      .catch((e: unknown) => e);
    expect((refused as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'migration_refused',
      message: 'the record already runs v1',
    });
    const migrated = await handle.executeUpdate(migrateRulesUpdate, {
      args: [{ rules: RULES[2], by: 'ops' }],
    });
    expect(migrated).toEqual({ version: 2 });
    const v = await view(handle);
    expect(v).toMatchObject({ rulesVersion: 2, stage: 'new', pendingMigration: null });
    expect(v.lastEvents[0].what).toBe('moved from v1 to v2 in new');
    expect(effectsOf(handle).at(-1)).toBe('recordRulesVersion rules/v2');
  });

  describe('the deal’s documents: invoices overdue, quotes expired', () => {
    const deadline = async (
      handle: WorkflowHandle,
      document: 'invoice' | 'quote',
      number: string,
      inDays: number,
      status = 'sent',
    ) => {
      const documentId = `${number}-${handle.workflowId}`;
      documents.set(documentId, { number, status });
      const at = (await env.currentTimeMs()) + inDays * DAY;
      await handle.signal(recordEventSignal, {
        type: 'document_deadline',
        document,
        documentId,
        at,
      });
      return { documentId, at, key: `${document}/${documentId}/lapse@${at}` };
    };

    it('marks an invoice overdue at the end of its due date, and the rules hear invoice_overdue', async () => {
      const { handle } = await startDeal({ version: 3 });
      await settled(handle, 'started', (v) => v.stage === 'new');
      const invoice = await deadline(handle, 'invoice', 'INV-1', 2);
      const waiting = await settled(handle, 'the deadline known', (v) =>
        v.documentDeadlines.length === 1 ? true : false,
      );
      expect(waiting.documentDeadlines).toEqual([
        {
          document: 'invoice',
          documentId: invoice.documentId,
          at: new Date(invoice.at).toISOString(),
        },
      ]);
      await env.sleep(DAY);
      expect(effectsOf(handle)).toEqual(['begin']);

      await env.sleep(DAY + 60_000);
      const dunning = await settled(handle, 'dunning', (v) => v.stage === 'dunning');
      expect(documents.get(invoice.documentId)!.status).toBe('overdue');
      expect(effectsOf(handle)).toEqual([
        'begin',
        `lapseDocument ${invoice.key}`,
        'recordStage stage/1',
        'createActivity dunning#2/enter/0',
        'sendEmail dunning#2/enter/1',
      ]);
      expect(dunning.documentDeadlines).toEqual([]);
      expect(dunning.lastEvents[0]).toMatchObject({
        rule: 'event:invoice_overdue',
        what: 'invoice INV-1 overdue',
        caused: [
          expect.objectContaining({ what: 'on invoice_overdue: moved to dunning' }),
          expect.objectContaining({ action: 'create_activity' }),
          expect.objectContaining({ action: 'send_email' }),
        ],
      });
      // Its history, written under the patch, replays on this code.
      await expect(
        Worker.runReplayHistory(
          workflowSource(process.env.TEMPORAL_WORKFLOW_BUNDLE),
          await handle.fetchHistory(),
        ),
      ).resolves.toBeUndefined();
    });

    it('does nothing for a paid invoice: one paid in time is forgotten, one found paid is left as it is', async () => {
      const { handle } = await startDeal({ version: 3 });
      await settled(handle, 'started', (v) => v.stage === 'new');
      const signalled = await deadline(handle, 'invoice', 'INV-2', 1);
      const found = await deadline(handle, 'invoice', 'INV-3', 1);
      await settled(handle, 'both known', (v) => v.documentDeadlines.length === 2);
      // Paid in time: the webhook's invoice_paid takes its deadline away.
      documents.get(signalled.documentId)!.status = 'paid';
      await handle.signal(recordEventSignal, {
        type: 'invoice_paid',
        invoiceId: signalled.documentId,
      });
      await settled(handle, 'one left', (v) => v.documentDeadlines.length === 1);
      // Paid without the workflow hearing of it (a lost signal): the effect finds it paid.
      documents.get(found.documentId)!.status = 'paid';
      await env.sleep(DAY + 60_000);
      await eventually('the lapse tried', () =>
        effectsOf(handle).includes(`lapseDocument ${found.key}`) ? true : undefined,
      );
      const v = await settled(handle, 'no deadlines', (x) => x.documentDeadlines.length === 0);
      expect(v.stage).toBe('new');
      expect(effectsOf(handle)).toEqual(['begin', `lapseDocument ${found.key}`]);
      expect(documents.get(found.documentId)!.status).toBe('paid');
      expect(v.lastEvents.map((e) => e.rule)).not.toContain('event:invoice_overdue');
    });

    it('expires a quote at the end of its validity date unless it was answered', async () => {
      const { handle } = await startDeal({ version: 3 });
      await settled(handle, 'started', (v) => v.stage === 'new');
      const answered = await deadline(handle, 'quote', 'Q-1', 1);
      const unanswered = await deadline(handle, 'quote', 'Q-2', 3);
      documents.get(answered.documentId)!.status = 'accepted';
      await handle.signal(recordEventSignal, {
        type: 'quote_accepted',
        quoteId: answered.documentId,
      });
      await settled(
        handle,
        'the answered one forgotten',
        (v) => v.documentDeadlines.map((d) => d.documentId).join() === unanswered.documentId,
      );
      expect(await handle.result()).toEqual({ stage: 'lost', closed: true });
      expect(documents.get(unanswered.documentId)!.status).toBe('expired');
      expect(effectsOf(handle)).toEqual([
        'begin',
        `lapseDocument ${unanswered.key}`,
        'recordStage stage/1',
        'closeRecord close/1',
      ]);
      const stage = calls.get(handle.workflowId)!.find((c) => c.effect === 'recordStage')!;
      expect(stage.input.cause).toBe('rule stages[0].transitions[1] on quote_expired');
    });

    it('wakes for a deadline earlier than the one it waits for, and carries deadlines over continue-as-new', async () => {
      const { handle } = await startDeal({ version: 3, continueAfterEvents: 1 });
      await settled(handle, 'started', (v) => v.stage === 'new');
      const late = await deadline(handle, 'invoice', 'INV-4', 20);
      await settled(handle, 'the late one known', (v) => v.documentDeadlines.length === 1);
      const first = (await handle.describe()).runId;
      await handle.signal(recordEventSignal, {
        type: 'field_changed',
        field: 'deal.title',
        value: 'x',
      });
      await eventually('a new run', async () =>
        (await handle.describe()).runId !== first ? true : undefined,
      );
      const carried = await view(handle);
      expect(carried.documentDeadlines.map((d) => d.documentId)).toEqual([late.documentId]);
      // The new run carried its deadlines: it read none.
      const begins = calls.get(handle.workflowId)!.filter((c) => c.effect === 'begin');
      expect(begins.map((c) => c.input.deadlines ?? false)).toEqual([true, false]);

      const early = await deadline(handle, 'invoice', 'INV-5', 1);
      await env.sleep(DAY + 60_000);
      await settled(handle, 'dunning', (v) => v.stage === 'dunning');
      expect(effectsOf(handle).filter((e) => e.startsWith('lapseDocument'))).toEqual([
        `lapseDocument ${early.key}`,
      ]);
      expect(documents.get(late.documentId)!.status).toBe('sent');
    });
  });
});
