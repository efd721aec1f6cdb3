import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from '@temporalio/client';
import { AutomationReconciler } from '../libs/automation/effects/automation-reconciler';
import { DealsService } from '../libs/crm/deals/deals.service';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { eventually } from './support/eventually';
import { FAST_LEAD_RULES, fastPipelineRules } from './support/fast-rules';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Leads and deals as durable workflows, end to end on a real Temporal server, a real PostgreSQL
 * and a real SMTP server: the whole path from a lead to a won deal, payments applied once, a
 * forbidden move, and a deal moved to a newer rules version.
 */
describe('lead and deal workflows', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let m1: TestUser;
  let bot: { key: string; secret: string };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ env: { SMTP_URL: mailbox.url } });
    for (const files of [FAST_LEAD_RULES, fastPipelineRules()]) {
      const published = await system.call('POST', '/api/v1/rules/publish', { files });
      expect(published.status).toBe(201);
    }
    // The fast rules lose a deal (junk a lead) whose source becomes spam, a source of the catalogue.
    const spam = await system.call('POST', '/api/v1/lead-sources', { code: 'spam', name: 'Spam' });
    expect(spam.status).toBe(201);
    m1 = await system.user('manager', { name: 'Mia Manager' });
    const botUser = await system.call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@workflows.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${botUser.body.id}/api-keys`, {
      name: 'bank',
    });
    bot = { key: issued.body.key, secret: issued.body.signingSecret };
  }, 60_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  const automation = async (kind: 'deals' | 'leads', id: string) =>
    (await system.call('GET', `/api/v1/${kind}/${id}/automation`, undefined, { key: m1.key })).body;
  const openCall = (kind: 'deals' | 'leads', id: string) =>
    eventually(`an open call on ${kind} ${id}`, async () => {
      const view = await automation(kind, id);
      return view.openFollowUps?.find((f: { activityId: string | null }) => f.activityId)
        ?.activityId as string | undefined;
    });
  const complete = async (activityId: string, outcome: string) => {
    const done = await system.call(
      'POST',
      `/api/v1/activities/${activityId}/complete`,
      { outcome },
      { key: m1.key },
    );
    expect(done.status).toBe(200);
  };
  const stageOf = async (dealId: string) =>
    (await system.call('GET', `/api/v1/deals/${dealId}`)).body.stage as string;
  const pay = async (externalId: string, invoiceNumber: string, amount: string) => {
    const raw = JSON.stringify({
      externalId,
      invoiceNumber,
      amount,
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const response = await fetch(`${system.baseUrl}/api/v1/integrations/payments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bot.key}`,
        'x-voronka-timestamp': String(ts),
        'x-voronka-signature': signWebhook(bot.secret, ts, raw),
      },
      body: raw,
    });
    return response.status;
  };

  it('takes a lead through a qualifying call to a won deal: quote, invoice, two payments', async () => {
    // A lead comes in; its workflow plans the first call and thanks the person.
    const lead = (
      await system.call(
        'POST',
        '/api/v1/leads',
        {
          title: 'Website request',
          name: 'Ann Lee',
          email: 'ann@customer.test',
          companyName: 'Customer Ltd',
        },
        { key: m1.key },
      )
    ).body;
    const [thanks] = await mailbox.waitFor((m) => m.subject === 'Thanks for asking, Ann Lee');
    expect(addressOf(thanks)).toBe('ann@customer.test');
    expect(thanks.text).toContain('Mia Manager will call you soon.');

    // What a manager sees: the follow-up as its activity reads, the template rendered.
    const call = await openCall('leads', lead.id);
    expect((await automation('leads', lead.id)).openFollowUps).toEqual([
      expect.objectContaining({ activityId: call, activity: 'call', subject: 'Call Ann Lee' }),
    ]);
    // The qualifying call is done: the rules convert the lead into a deal of the fast pipeline.
    await complete(call, 'qualified');
    const converted = await eventually('the lead converted', async () => {
      const l = (await system.call('GET', `/api/v1/leads/${lead.id}`)).body;
      return l.outcome === 'converted' && l.convertedDealId ? l : undefined;
    });
    expect(converted.status).toBe('converted');
    const leadView = await eventually('the lead workflow closed', async () => {
      const v = await automation('leads', lead.id);
      return v.closed ? v : undefined;
    });
    expect(leadView.closed.kind).toBe('converted');
    // What each event caused, with the rule: the start ran the first stage's actions; the call
    // moved the lead, whose new stage converted it, and the conversion closed it.
    expect(leadView.lastEvents.at(-1)).toMatchObject({
      rule: 'start',
      what: 'started in new',
      caused: [
        { rule: 'stages[0].on_enter[0]', action: 'create_activity', key: 'new#1/enter/0' },
        {
          rule: 'stages[0].on_enter[1]',
          action: 'send_email',
          key: 'new#1/enter/1',
          what: 'email contact (template thanks)',
        },
      ],
    });
    expect(
      leadView.lastEvents.find((e: { rule: string }) => e.rule === 'event:activity_completed'),
    ).toMatchObject({
      what: 'call completed (qualified)',
      caused: [
        { rule: 'stages[0].transitions[0]', what: 'on activity_completed: moved to qualified' },
        {
          rule: 'stages[1].on_enter[0]',
          action: 'convert',
          key: 'qualified#2/enter/0',
          what: 'convert into a deal in fast',
        },
        { rule: 'stages[1].transitions[0]', what: 'on lead_converted: moved to converted' },
      ],
    });
    const dealId: string = converted.convertedDealId;
    const deal = (await system.call('GET', `/api/v1/deals/${dealId}`)).body;
    expect(deal).toMatchObject({ pipelineId: 'fast', stage: 'new', responsibleId: m1.id });

    // The manager prepares the quote, then the call goes well: the quote is emailed with its PDF.
    const quote = (
      await system.call(
        'POST',
        '/api/v1/quotes',
        {
          currency: 'USD',
          dealId,
          contactId: deal.contactId,
          rows: [{ name: 'Licences', quantity: '10', unitPrice: '100.00' }],
        },
        { key: m1.key },
      )
    ).body;
    await complete(await openCall('deals', dealId), 'interested');
    const [quoteMail] = await mailbox.waitFor((m) => m.subject === `Your quote ${quote.number}`);
    expect(addressOf(quoteMail)).toBe('ann@customer.test');
    expect(quoteMail.text).toContain(`our quote ${quote.number} for Website request: 1000.00 USD`);
    expect(quoteMail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${quote.number}.pdf`, 'application/pdf'],
    ]);
    expect(quoteMail.attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
    await eventually('the deal in negotiation', async () =>
      (await stageOf(dealId)) === 'negotiation' ? true : undefined,
    );
    expect((await system.call('GET', `/api/v1/quotes/${quote.id}`)).body.status).toBe('sent');

    // The customer accepts through the signed link in the email: the invoice is issued from the
    // quote and emailed. Opening the page changes nothing (mail scanners open links).
    const link = /href="[^"]*(\/q\/[^"]+)"/.exec(quoteMail.html as string)![1];
    const pageView = await fetch(`${system.baseUrl}${link}`);
    expect(pageView.status).toBe(200);
    expect(await pageView.text()).toContain('Accept the quote');
    expect((await system.call('GET', `/api/v1/quotes/${quote.id}`)).body.status).toBe('sent');
    const forged = await fetch(`${system.baseUrl}${link.slice(0, -3)}abc/accept`, {
      method: 'POST',
    });
    expect(forged.status).toBe(404);
    const accepted = await fetch(`${system.baseUrl}${link}/accept`, { method: 'POST' });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('Thank you: the quote is accepted.');
    expect((await system.call('GET', `/api/v1/quotes/${quote.id}`)).body.status).toBe('accepted');
    const [invoiceMail] = await mailbox.waitFor((m) => /^Invoice INV-/.test(m.subject ?? ''));
    const invoiceNumber = invoiceMail.subject!.replace('Invoice ', '');
    expect(invoiceMail.text).toMatch(/please pay 1000\.00 USD by \d{4}-\d{2}-\d{2}/);
    expect(invoiceMail.attachments[0].filename).toBe(`${invoiceNumber}.pdf`);
    // Marked sent once the mail server took the mail: a moment after it arrives.
    const invoice = await eventually('the invoice marked sent', async () => {
      const i = (await system.call('GET', `/api/v1/invoices?dealId=${dealId}`)).body.items[0];
      return i?.status === 'sent' ? i : undefined;
    });
    expect(invoice).toMatchObject({ number: invoiceNumber, status: 'sent' });
    expect(invoice.totals.total).toBe('1000.00');
    expect(await stageOf(dealId)).toBe('invoice');

    // Two partial payments; the second pays the invoice and the deal closes as won. The last one
    // arrives three times: applied once, one closing mail.
    expect(await pay('bank-1', invoiceNumber, '400.00')).toBe(201);
    expect(await stageOf(dealId)).toBe('invoice');
    expect(await Promise.all([1, 2, 3].map(() => pay('bank-2', invoiceNumber, '600.00')))).toEqual(
      expect.arrayContaining([201, 200]),
    );
    const won = await eventually('the deal won', async () => {
      const d = (await system.call('GET', `/api/v1/deals/${dealId}`)).body;
      return d.outcome === 'won' ? d : undefined;
    });
    expect(won).toMatchObject({ stage: 'won', wonAmount: '1000.00' });
    expect(won.closedAt).not.toBeNull();
    await mailbox.waitFor((m) => m.subject === 'Thank you, Ann Lee');
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailbox.messages.filter((m) => m.subject === 'Thank you, Ann Lee')).toHaveLength(1);
    expect((await system.call('GET', `/api/v1/payments?invoiceId=${invoice.id}`)).body.total).toBe(
      2,
    );

    // The history tells the story, each change with its cause and rules version.
    const history = (await system.call('GET', `/api/v1/deals/${dealId}/history`)).body.items;
    expect(history.map((h: { to: string }) => h.to)).toEqual([
      'new',
      'quote',
      'negotiation',
      'invoice',
      'won',
    ]);
    expect(history[4]).toMatchObject({ from: 'invoice', ruleSetId: 'fast', rulesVersion: 1 });
    expect(history[4].cause).toMatch(/invoice_paid/);
    const view = await automation('deals', dealId);
    expect(view).toMatchObject({
      workflowId: `deal-${dealId}`,
      ruleSetId: 'fast',
      rulesVersion: 1,
      stage: 'won',
      closed: { kind: 'won' },
      pendingTimers: [],
    });
    // Each event with what it caused: the rule that moved the deal, the actions of the stage.
    expect(view.lastEvents.find((e: { rule: string }) => e.rule === 'event:invoice_paid')).toEqual({
      at: expect.any(String),
      rule: 'event:invoice_paid',
      what: 'invoice paid',
      caused: [
        {
          rule: 'stages[3].transitions[0]',
          what: 'on invoice_paid: moved to won',
          action: null,
          key: null,
        },
        {
          rule: 'stages[4].on_enter[0]',
          what: 'email contact (template thank-you)',
          action: 'send_email',
          key: 'won#5/enter/0',
        },
      ],
    });
  }, 120_000);

  it('refuses a move the rules forbid with the reason, and changes nothing', async () => {
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Forbidden', pipelineId: 'fast', amount: '10.00' },
        { key: m1.key },
      )
    ).body;
    await openCall('deals', deal.id);
    const before = (await system.call('GET', `/api/v1/deals/${deal.id}/history`)).body.items;
    const won = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'won' },
      { key: m1.key },
    );
    expect(won.status).toBe(409);
    expect(won.body).toMatchObject({
      type: '/problems/transition-refused',
      code: 'not_paid',
      detail: 'the invoice is not paid yet; only a head of sales can close an unpaid deal as won',
    });
    const nowhere = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'heaven' },
      { key: m1.key },
    );
    expect(nowhere.status).toBe(422);
    expect(nowhere.body.errors[0].field).toBe('to');
    expect((await system.call('GET', `/api/v1/deals/${deal.id}/history`)).body.items).toEqual(
      before,
    );
    expect(await stageOf(deal.id)).toBe('new');

    // A move the rules allow goes through the workflow, which runs the new stage.
    const moved = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'negotiation' },
      { key: m1.key },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('negotiation');
    const history = (await system.call('GET', `/api/v1/deals/${deal.id}/history`)).body.items;
    expect(history.at(-1)).toMatchObject({
      from: 'new',
      to: 'negotiation',
      cause: 'manual',
      byUserId: m1.id,
    });
  }, 60_000);

  it('loses the deal when the customer declines the quote in the CRM', async () => {
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Declining', pipelineId: 'fast', amount: '10.00' },
        { key: m1.key },
      )
    ).body;
    const quote = (
      await system.call(
        'POST',
        '/api/v1/quotes',
        { currency: 'USD', dealId: deal.id, rows: [{ name: 'X', quantity: '1', unitPrice: '10' }] },
        { key: m1.key },
      )
    ).body;
    await openCall('deals', deal.id);
    await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'negotiation' },
      {
        key: m1.key,
      },
    );
    const declined = await system.call('POST', `/api/v1/quotes/${quote.id}/decline`, undefined, {
      key: m1.key,
    });
    expect(declined.body.status).toBe('declined');
    const lost = await eventually('the deal lost', async () => {
      const d = (await system.call('GET', `/api/v1/deals/${deal.id}`)).body;
      return d.outcome === 'lost' ? d : undefined;
    });
    expect(lost.stage).toBe('lost');
    const again = await system.call('POST', `/api/v1/quotes/${quote.id}/accept`, undefined, {
      key: m1.key,
    });
    expect(again.status).toBe(409);
  }, 60_000);

  it('hands field changes to the rules: a deal marked as spam is lost', async () => {
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Spammy', pipelineId: 'fast', amount: '10.00', source: 'web' },
        { key: m1.key },
      )
    ).body;
    await openCall('deals', deal.id);
    await system.call('PATCH', `/api/v1/deals/${deal.id}`, { amount: '20.00' }, { key: m1.key });
    await system.call('PATCH', `/api/v1/deals/${deal.id}`, { source: 'spam' }, { key: m1.key });
    const lost = await eventually('the deal lost', async () => {
      const d = (await system.call('GET', `/api/v1/deals/${deal.id}`)).body;
      return d.outcome === 'lost' ? d : undefined;
    });
    expect(lost.stage).toBe('lost');
    const history = (await system.call('GET', `/api/v1/deals/${deal.id}/history`)).body.items;
    expect(history.at(-1).cause).toMatch(/field_changed/);
  }, 60_000);

  it('hands field changes to the rules: a lead marked as spam is junk', async () => {
    const lead = (
      await system.call(
        'POST',
        '/api/v1/leads',
        { title: 'Spammy lead', name: 'Sam Spam', source: 'web' },
        { key: m1.key },
      )
    ).body;
    await openCall('leads', lead.id);
    await system.call('PATCH', `/api/v1/leads/${lead.id}`, { name: 'Sam' }, { key: m1.key });
    await system.call('PATCH', `/api/v1/leads/${lead.id}`, { source: 'spam' }, { key: m1.key });
    const junk = await eventually('the lead junk', async () => {
      const l = (await system.call('GET', `/api/v1/leads/${lead.id}`)).body;
      return l.outcome === 'junk' ? l : undefined;
    });
    expect(junk.status).toBe('junk');
    const history = (await system.call('GET', `/api/v1/leads/${lead.id}/history`)).body.items;
    expect(history.at(-1).cause).toMatch(/field_changed/);
  }, 60_000);

  it('keeps its state across continue-as-new', async () => {
    // A deal whose workflow continues as new after every event (the knob keeps histories short).
    const contact = (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Cora', email: 'cora@can.test' },
        { key: m1.key },
      )
    ).body;
    const deal = await system.api
      .get(MikroORM)
      .em.fork()
      .transactional((em) =>
        system.api
          .get(DealsService)
          .createIn(
            em as EntityManager,
            { userId: m1.id, name: 'M', role: 'manager', teamId: null },
            { title: 'Long-lived', pipelineId: 'fast', amount: '50.00', contactId: contact.id },
          ),
      );
    const client = system.api.get(Client);
    const started = await client.workflow.start('dealWorkflow', {
      taskQueue: system.config.temporal.taskQueue,
      workflowId: `deal-${deal.id}`,
      args: [
        {
          kind: 'deal',
          recordId: deal.id,
          ruleSetId: 'fast',
          version: deal.rulesVersion,
          continueAfterEvents: 1,
        },
      ],
    });
    await system.call(
      'POST',
      '/api/v1/quotes',
      { currency: 'USD', dealId: deal.id, rows: [{ name: 'Y', quantity: '1', unitPrice: '50' }] },
      { key: m1.key },
    );
    await complete(await openCall('deals', deal.id), 'interested');
    await eventually('the deal in negotiation', async () =>
      (await stageOf(deal.id)) === 'negotiation' ? true : undefined,
    );
    // The stage is written before the run continues as new: wait for the new run.
    await eventually('a new run', async () => {
      const described = await client.workflow.getHandle(`deal-${deal.id}`).describe();
      return described.runId !== started.firstExecutionRunId ? true : undefined;
    });
    const view = await automation('deals', deal.id);
    expect(view).toMatchObject({ stage: 'negotiation', rulesVersion: deal.rulesVersion });
    // The events and what they caused came over with the state.
    expect(view.lastEvents).toContainEqual(
      expect.objectContaining({
        what: 'call completed (interested)',
        caused: expect.arrayContaining([
          expect.objectContaining({ what: 'on quote_sent: moved to negotiation' }),
        ]),
      }),
    );
    // And it goes on in the new run: a move, answered through the Update.
    const moved = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'invoice' },
      { key: m1.key },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('invoice');
  }, 60_000);

  it('moves a deal to a newer rules version mid-flight, and refuses one without its stage', async () => {
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Migrating', pipelineId: 'fast', amount: '10.00' },
        { key: m1.key },
      )
    ).body;
    await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'negotiation' },
      {
        key: m1.key,
      },
    );
    // v2: negotiation also gives up after 30 days.
    const v2 = fastPipelineRules(2, '\n      - { to: lost, after: 30d }');
    expect((await system.call('POST', '/api/v1/rules/publish', { files: v2 })).status).toBe(201);
    const migrated = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/rules-version`,
      { version: 2 },
      { key: m1.key },
    );
    expect(migrated.status).toBe(200);
    expect(migrated.body).toMatchObject({ rulesVersion: 2, stage: 'negotiation' });
    const view = await automation('deals', deal.id);
    expect(view.rulesVersion).toBe(2);
    expect(view.pendingTimers.map((t: { description: string }) => t.description)).toEqual([
      'move to lost after 30d in negotiation',
    ]);
    const history = (await system.call('GET', `/api/v1/deals/${deal.id}/history`)).body.items;
    expect(history.at(-1)).toMatchObject({ cause: 'rules v1 → v2', rulesVersion: 2 });

    // v3 has no negotiation stage: refused, and the deal stays on v2.
    const v3 = fastPipelineRules(3);
    v3['rules.yaml'] = v3['rules.yaml']
      .replace(/ {2}- id: negotiation\n( {4}.*\n)+?(?= {2}- id: invoice)/, '')
      .replace('{ to: negotiation, on: quote_sent }', '{ to: invoice, on: quote_sent }');
    const publishedV3 = await system.call('POST', '/api/v1/rules/publish', { files: v3 });
    expect(publishedV3.status).toBe(201);
    const refused = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/rules-version`,
      { version: 3 },
      { key: m1.key },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toEqual({
      field: 'version',
      problem: expect.stringContaining('stage "negotiation" does not exist in fast v3'),
    });
    expect((await system.call('GET', `/api/v1/deals/${deal.id}`)).body.rulesVersion).toBe(2);
  }, 60_000);

  it('starts the workflow of a record whose start was lost (the reconciler)', async () => {
    // As if the API crashed between the insert and the start: the row exists, no workflow.
    const orm = system.api.get(MikroORM);
    const deals = system.api.get(DealsService);
    const orphan = await orm.em
      .fork()
      .transactional((em) =>
        deals.createIn(
          em as EntityManager,
          { userId: m1.id, name: 'M', role: 'manager', teamId: null },
          { title: 'Orphan', pipelineId: 'fast', amount: '10.00' },
        ),
      );
    const missing = await system.call('GET', `/api/v1/deals/${orphan.id}/automation`);
    expect(missing.status).toBe(503);
    const reconciler = system.worker!.get(AutomationReconciler);
    expect(await reconciler.reconcile(0)).toBeGreaterThanOrEqual(1);
    const view = await eventually('the orphan running', async () => {
      const v = await automation('deals', orphan.id);
      return v.openFollowUps?.length ? v : undefined;
    });
    expect(view.stage).toBe('new');
    expect(view.openFollowUps[0].subject).toBe('Qualify Orphan');
    // Once is enough: a second pass finds nothing, and the history has one first stage.
    expect(await reconciler.reconcile(0)).toBe(0);
    const history = (await system.call('GET', `/api/v1/deals/${orphan.id}/history`)).body.items;
    expect(history.map((h: { to: string }) => h.to)).toEqual(['new']);
  }, 60_000);
});
