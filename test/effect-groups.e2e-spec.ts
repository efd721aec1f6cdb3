import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { ModuleRef } from '@nestjs/core';
import { MockActivityEnvironment } from '@temporalio/testing';
import { collectEffects } from '../apps/worker/effects';
import { type EffectTarget } from '../libs/automation/contract/automation.contract';
import { Activity } from '../libs/crm/activities/activity.entity';
import { StageChange } from '../libs/crm/stages/stage-change.entity';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const template = (subject: string, body: string) => `---\nsubject: '${subject}'\n---\n${body}\n`;

/** Rules that do nothing by themselves: the tests call the effects, the workflows only wait. */
const QUIET_PIPELINE = {
  'rules.yaml': `kind: pipeline
id: quiet
name: Quiet
version: 1
currency: USD
stages:
  - id: new
    transitions: [ { to: won, on: invoice_paid }, { to: lost, after: 90d } ]
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  'templates/hello.hbs': template(
    'Hello {{contact.name}}',
    '<p>{{deal.title}} for {{company_name}}</p>',
  ),
  'templates/quote.hbs': template(
    'Quote {{quote.number}}',
    '<p>{{quote.total}} {{quote.link}}</p>',
  ),
  'templates/invoice.hbs': template('Invoice {{invoice.number}}', '<p>{{invoice.amount_due}}</p>'),
  'templates/escalated.hbs': template(
    'Overdue: {{activity.subject}}',
    '<p>{{responsible.name}}, {{head.name}}</p>',
  ),
};

/**
 * Each group of effects against real PostgreSQL (and a real SMTP server), called as Temporal calls
 * them: what they write, that a repeat writes nothing more, and what they refuse.
 */
describe('effect groups', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let manager: TestUser;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ env: { SMTP_URL: mailbox.url } });
    const published = await system.call('POST', '/api/v1/rules/publish', { files: QUIET_PIPELINE });
    expect(published.status).toBe(201);
    manager = await system.user('manager', { name: 'Mona Manager' });
  }, 60_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  /** A registered effect by name, run as Temporal runs it (a failure as Temporal sees it). */
  const run = <T>(name: string, input: unknown): Promise<T> => {
    const effect = collectEffects(system.worker!.get(ModuleRef))[name] as (
      i: unknown,
    ) => Promise<T>;
    return new MockActivityEnvironment().run(effect, input);
  };
  const em = () => system.worker!.get(MikroORM).em.fork();
  const target = (kind: 'deal' | 'lead', recordId: string, key: string): EffectTarget => ({
    kind,
    recordId,
    workflowId: `test-${randomUUID()}`,
    key,
    ruleSetId: 'quiet',
    version: 1,
  });

  async function newDeal(extra: Record<string, unknown> = {}) {
    const contact = await system.call(
      'POST',
      '/api/v1/contacts',
      { firstName: 'Cora', lastName: 'Contact', email: `cora.${randomUUID()}@effects.test` },
      { key: manager.key },
    );
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      {
        title: 'Effects deal',
        pipelineId: 'quiet',
        amount: '1200.00',
        contactId: contact.body.id,
        ...extra,
      },
      { key: manager.key },
    );
    expect(deal.status).toBe(201);
    return { deal: deal.body, contact: contact.body };
  }
  const getDeal = async (id: string) => (await system.call('GET', `/api/v1/deals/${id}`)).body;

  describe('records', () => {
    it('writes a stage and its history once, however often it runs', async () => {
      const { deal } = await newDeal();
      const input = {
        ...target('deal', deal.id, 'stage/1'),
        from: 'new',
        to: 'won',
        at: Date.now(),
        cause: 'rule test',
        byUserId: null,
      };
      await run('recordStage', input);
      await run('recordStage', input);
      expect((await getDeal(deal.id)).stage).toBe('won');
      const rows = await em().find(StageChange, {
        recordType: 'deal',
        recordId: deal.id,
        toStage: 'won',
      });
      expect(rows.map((r) => [r.fromStage, r.cause])).toEqual([['new', 'rule test']]);
    });

    it('closes a won deal with what it was won for: its amount when nothing was paid', async () => {
      const { deal } = await newDeal();
      await run('closeRecord', {
        ...target('deal', deal.id, 'close/1'),
        outcome: 'won',
        at: Date.now(),
      });
      const closed = await getDeal(deal.id);
      expect(closed).toMatchObject({ outcome: 'won', wonAmount: '1200.00' });
      expect(closed.closedAt).not.toBeNull();
    });

    it('sets the fields the rules may set, and refuses the others for good', async () => {
      const { deal } = await newDeal();
      await run('setField', {
        ...target('deal', deal.id, 'a/1'),
        field: 'deal.probability',
        value: 60,
      });
      await run('setField', {
        ...target('deal', deal.id, 'a/2'),
        field: 'deal.custom.segment',
        value: 'smb',
      });
      const set = await getDeal(deal.id);
      expect(set).toMatchObject({ probability: 60, custom: { segment: 'smb' }, stage: 'new' });
      const refused = await run('setField', {
        ...target('deal', deal.id, 'a/3'),
        field: 'deal.stage',
        value: 'won',
      }).catch((error: unknown) => error);
      expect(refused).toMatchObject({ type: 'invalid-fields', nonRetryable: true });
      expect((await getDeal(deal.id)).stage).toBe('new');
    });

    it('assigns round robin in a team, in turn, and creates a keyed activity with its subject rendered', async () => {
      const team = (await system.call('POST', '/api/v1/teams', { name: `robin-${randomUUID()}` }))
        .body;
      const a = await system.user('manager', { teamId: team.id, name: 'Ada' });
      const b = await system.user('manager', { teamId: team.id, name: 'Bob' });
      const { deal } = await newDeal();
      const assignee = { kind: 'round_robin', team: team.name };
      const turns = [];
      for (const key of ['r/1', 'r/2', 'r/3'])
        turns.push(
          (
            await run<{ responsibleId: string }>('assign', {
              ...target('deal', deal.id, key),
              assignee,
            })
          ).responsibleId,
        );
      expect(turns).toEqual([a.id, b.id, a.id]);

      const input = {
        ...target('deal', deal.id, 'new#1/enter/0'),
        activity: 'call',
        subject: 'Call {{contact.name}} about {{deal.title}}',
        dueAt: Date.now() + 3_600_000,
        assignee: { kind: 'responsible' },
      };
      const first = await run<{ activityId: string }>('createActivity', input);
      const again = await run<{ activityId: string }>('createActivity', input);
      expect(again.activityId).toBe(first.activityId);
      const activity = await em().findOneOrFail(Activity, first.activityId);
      expect(activity.subject).toBe('Call Cora Contact about Effects deal');
      expect(activity.automationKey).toBe(`${input.workflowId}/${input.key}`);
    });
  });

  describe('mail', () => {
    it("sends a rules' template to the deal's contact once per key", async () => {
      const { deal, contact } = await newDeal();
      const input = {
        ...target('deal', deal.id, 'won#1/enter/0'),
        template: 'hello',
        to: 'contact',
      };
      expect(await run('sendEmail', input)).toEqual({ sentTo: contact.email });
      expect(await run('sendEmail', input)).toEqual({ sentTo: contact.email });
      const [mail] = await mailbox.waitFor((m) => addressOf(m) === contact.email);
      expect(mail.subject).toBe('Hello Cora Contact');
      await new Promise((r) => setTimeout(r, 300));
      expect(mailbox.messages.filter((m) => addressOf(m) === contact.email)).toHaveLength(1);
    });

    it('says why nothing was sent: a template the rules lack', async () => {
      const { deal } = await newDeal();
      expect(
        await run('sendEmail', {
          ...target('deal', deal.id, 'x/1'),
          template: 'nope',
          to: 'contact',
        }),
      ).toEqual({ sentTo: null, note: 'no template "nope" in quiet v1' });
    });
  });

  describe('documents', () => {
    it('sends the draft quote with its PDF and answer link, and marks it sent', async () => {
      const { deal, contact } = await newDeal();
      const none = await run('sendQuote', {
        ...target('deal', deal.id, 'q/0'),
        template: 'quote',
        validUntil: Date.now() + 14 * 86_400_000,
      });
      expect(none).toEqual({ quoteId: null, note: 'the deal has no draft quote to send' });
      const quote = (
        await system.call(
          'POST',
          '/api/v1/quotes',
          {
            currency: 'USD',
            dealId: deal.id,
            rows: [{ name: 'Seats', quantity: '2', unitPrice: '600' }],
          },
          { key: manager.key },
        )
      ).body;
      const sent = await run('sendQuote', {
        ...target('deal', deal.id, 'q/1'),
        template: 'quote',
        validUntil: Date.now() + 14 * 86_400_000,
      });
      expect(sent).toEqual({ quoteId: quote.id, number: quote.number });
      const [mail] = await mailbox.waitFor(
        (m) => addressOf(m) === contact.email && m.subject === `Quote ${quote.number}`,
      );
      expect(mail.attachments.map((a) => a.filename)).toEqual([`${quote.number}.pdf`]);
      expect(mail.text).toMatch(/\/q\/\S+/);
      expect((await system.call('GET', `/api/v1/quotes/${quote.id}`)).body.status).toBe('sent');
    });

    it("issues the invoice from the accepted quote's rows, once", async () => {
      const { deal } = await newDeal();
      const quote = (
        await system.call(
          'POST',
          '/api/v1/quotes',
          {
            currency: 'USD',
            dealId: deal.id,
            rows: [{ name: 'Seats', quantity: '3', unitPrice: '100' }],
          },
          { key: manager.key },
        )
      ).body;
      await system.call('POST', `/api/v1/quotes/${quote.id}/accept`, undefined, {
        key: manager.key,
      });
      const input = {
        ...target('deal', deal.id, 'i/1'),
        dueAt: Date.now() + 7 * 86_400_000,
        send: false,
      };
      const issued = await run<{ invoiceId: string; paid: boolean }>('issueInvoice', input);
      expect(await run('issueInvoice', input)).toEqual(issued);
      const invoice = (await system.call('GET', `/api/v1/invoices/${issued.invoiceId}`)).body;
      expect(invoice).toMatchObject({ quoteId: quote.id, dealId: deal.id, status: 'draft' });
      expect(
        invoice.rows.map((r: { name: string; quantity: string }) => [r.name, r.quantity]),
      ).toEqual([['Seats', '3.000']]);
      expect(invoice.totals.total).toBe('300.00');
    });
  });

  describe('leads', () => {
    it('converts a lead into a contact and a deal once, and starts the deal', async () => {
      const lead = (
        await system.call(
          'POST',
          '/api/v1/leads',
          { title: 'Convert me', name: 'Lena Lead' },
          { key: manager.key },
        )
      ).body;
      const input = { ...target('lead', lead.id, 'q#1/enter/0'), pipeline: 'quiet' };
      const converted = await run<{ dealId: string }>('convertLead', input);
      expect(await run('convertLead', { ...input, key: 'q#1/enter/1' })).toEqual(converted);
      const after = (await system.call('GET', `/api/v1/leads/${lead.id}`)).body;
      expect(after).toMatchObject({ outcome: 'converted', convertedDealId: converted.dealId });
      expect(after.convertedContactId).not.toBeNull();
      expect((await getDeal(converted.dealId)).pipelineId).toBe('quiet');
    });
  });
});
