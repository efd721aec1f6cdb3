import { MikroORM } from '@mikro-orm/postgresql';
import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { eventually } from './support/eventually';
import { FAST_LEAD_RULES, fastPipelineRules } from './support/fast-rules';
import { startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

interface Item {
  id: string;
  kind: string;
  at: string;
  actorId: string | null;
  [part: string]: unknown;
}

/**
 * Record timelines and comments, on a real PostgreSQL, Temporal server and SMTP server: a deal's
 * whole story in one list (stage changes, activities, the emails the rules sent with their text,
 * the quote, the invoice, its payment, comments), a lead's, a contact's; paging by cursor; who may
 * read, comment, edit and delete.
 */
describe('timeline and comments', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let m1: TestUser, m2: TestUser, head: TestUser, ops: TestUser;
  let bot: { key: string; secret: string };

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ env: { SMTP_URL: mailbox.url } });
    for (const files of [FAST_LEAD_RULES, fastPipelineRules()])
      expect((await system.call('POST', '/api/v1/rules/publish', { files })).status).toBe(201);
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Timeline team' })).body;
    m1 = await system.user('manager', { teamId: team.id });
    head = await system.user('head', { teamId: team.id });
    m2 = await system.user('manager');
    ops = await system.user('salesops');
    const botUser = await system.call('POST', '/api/v1/users', {
      name: 'Bank',
      email: 'bank@timeline.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${botUser.body.id}/api-keys`, {
      name: 'bank',
    });
    bot = { key: issued.body.key, secret: issued.body.signingSecret };
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  const timeline = async (path: string, key = m1.key, query = '') => {
    const page = await system.call('GET', `/api/v1/${path}/timeline${query}`, undefined, { key });
    expect(page.status).toBe(200);
    return page.body as { items: Item[]; total: number; nextCursor: string | null };
  };
  const comment = (path: string, body: unknown, key = m1.key) =>
    system.call('POST', `/api/v1/${path}/comments`, body, { key });
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
    expect(response.status).toBe(201);
  };

  it("tells a deal's story newest first: stages, activities, emails with their text, documents, payments, comments", async () => {
    const contact = (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Olga', lastName: 'Buyer', email: 'olga@buyer.test' },
        { key: m1.key },
      )
    ).body;
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Timeline deal', pipelineId: 'fast', contactId: contact.id },
        { key: m1.key },
      )
    ).body;
    const quote = (
      await system.call(
        'POST',
        '/api/v1/quotes',
        {
          currency: 'USD',
          dealId: deal.id,
          contactId: contact.id,
          rows: [{ name: 'Licences', quantity: '3', unitPrice: '100.00' }],
        },
        { key: m1.key },
      )
    ).body;
    const call = await eventually('the qualifying call', async () => {
      const items = (await timeline(`deals/${deal.id}`)).items;
      return items.find((i) => i.kind === 'activity');
    });
    expect(call).toMatchObject({
      actorId: m1.id,
      activity: {
        type: 'call',
        subject: 'Qualify Timeline deal',
        status: 'planned',
        automated: true,
      },
      email: null,
      comment: null,
    });
    const objection = await comment(`deals/${deal.id}`, {
      body: 'They find it expensive; price list: https://acme.test/prices.',
    });
    expect(objection.status).toBe(201);
    expect(objection.body).toMatchObject({
      recordType: 'deal',
      recordId: deal.id,
      authorId: m1.id,
      links: ['https://acme.test/prices'],
      editedAt: null,
      version: 1,
    });

    // The call goes well: the rules send the quote; it is accepted; the invoice is paid.
    const done = await system.call(
      'POST',
      `/api/v1/activities/${call.id}/complete`,
      { outcome: 'interested' },
      { key: m1.key },
    );
    expect(done.status).toBe(200);
    await mailbox.waitFor((m) => m.subject === `Your quote ${quote.number}`);
    await eventually('the deal in negotiation', async () =>
      (await system.call('GET', `/api/v1/deals/${deal.id}`)).body.stage === 'negotiation'
        ? true
        : undefined,
    );
    expect(
      (await system.call('POST', `/api/v1/quotes/${quote.id}/accept`, undefined, { key: m1.key }))
        .status,
    ).toBe(200);
    const [invoiceMail] = await mailbox.waitFor((m) => /^Invoice INV-/.test(m.subject ?? ''));
    const invoiceNumber = invoiceMail.subject!.replace('Invoice ', '');
    await pay(`timeline-${deal.id}`, invoiceNumber, '300.00');
    await mailbox.waitFor((m) => m.subject === 'Thank you, Olga Buyer');

    const story = await eventually('the whole story', async () => {
      const page = await timeline(`deals/${deal.id}`);
      return page.items.some(
        (i) =>
          i.kind === 'email' &&
          i.email &&
          (i.email as { subject: string }).subject === 'Thank you, Olga Buyer' &&
          (i.email as { status: string }).status === 'sent',
      )
        ? page
        : undefined;
    });
    // Newest first, every kind there.
    const times = story.items.map((i) => i.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(story.items.map((i) => i.kind))).toEqual(
      new Set(['stage_change', 'activity', 'email', 'quote', 'invoice', 'payment', 'comment']),
    );
    expect(story.total).toBe(story.items.length);
    const stages = story.items
      .filter((i) => i.kind === 'stage_change')
      .map((i) => (i.stageChange as { to: string }).to);
    expect(stages).toEqual(['won', 'invoice', 'negotiation', 'quote', 'new']);
    const quoteMail = story.items.find(
      (i) =>
        i.kind === 'email' && (i.email as { subject: string }).subject.startsWith('Your quote'),
    )!;
    expect(quoteMail.email).toMatchObject({
      to: 'olga@buyer.test',
      status: 'sent',
      error: null,
      sentAt: expect.any(String),
    });
    expect((quoteMail.email as { body: string }).body).toContain(
      `our quote ${quote.number} for Timeline deal: 300.00 USD`,
    );
    expect(story.items.find((i) => i.kind === 'quote')).toMatchObject({
      id: quote.id,
      actorId: m1.id,
      quote: { number: quote.number, status: 'accepted', total: '300.00', currency: 'USD' },
    });
    expect(story.items.find((i) => i.kind === 'invoice')).toMatchObject({
      invoice: { number: invoiceNumber, status: 'paid', total: '300.00', amountPaid: '300.00' },
    });
    expect(story.items.find((i) => i.kind === 'payment')).toMatchObject({
      actorId: null,
      payment: { amount: '300.00', currency: 'USD', invoiceNumber },
    });
    expect(story.items.find((i) => i.kind === 'comment')).toMatchObject({
      id: objection.body.id,
      actorId: m1.id,
      comment: { body: objection.body.body, links: ['https://acme.test/prices'], version: 1 },
    });

    // The contact's timeline has the documents, the payment and its own comments, not the deal's.
    await comment(`contacts/${contact.id}`, { body: 'Prefers email to calls' });
    const contactStory = await timeline(`contacts/${contact.id}`);
    expect(contactStory.items.map((i) => i.kind).sort()).toEqual([
      'comment',
      'invoice',
      'payment',
      'quote',
    ]);

    // Who may read it: the responsible's head yes, another manager no, an unknown id 404.
    expect((await timeline(`deals/${deal.id}`, head.key)).total).toBe(story.total + 0);
    const foreign = await system.call('GET', `/api/v1/deals/${deal.id}/timeline`, undefined, {
      key: m2.key,
    });
    expect(foreign.status).toBe(403);
    const missing = await system.call(
      'GET',
      `/api/v1/deals/00000000-0000-4000-8000-000000000000/timeline`,
    );
    expect(missing.status).toBe(404);
  }, 120_000);

  it("shows a lead's stage, its call and the thank-you mail the rules sent it, with the text", async () => {
    const lead = (
      await system.call(
        'POST',
        '/api/v1/leads',
        { title: 'Form request', name: 'Petr Lead', email: 'petr@lead.test' },
        { key: m1.key },
      )
    ).body;
    await mailbox.waitFor((m) => m.subject === 'Thanks for asking, Petr Lead');
    const page = await eventually('the mail marked sent', async () => {
      const p = await timeline(`leads/${lead.id}`);
      return p.items.some((i) => (i.email as { status: string } | null)?.status === 'sent')
        ? p
        : undefined;
    });
    expect(page.items.map((i) => i.kind).sort()).toEqual(['activity', 'email', 'stage_change']);
    expect(page.items.find((i) => i.kind === 'email')!.email).toMatchObject({
      to: 'petr@lead.test',
      subject: 'Thanks for asking, Petr Lead',
      body: expect.stringContaining('will call you soon.'),
    });
  }, 120_000);

  it('pages newest first by cursor, never repeating nor skipping an item while comments are added', async () => {
    const company = (
      await system.call('POST', '/api/v1/companies', { name: 'Paged Ltd' }, { key: m1.key })
    ).body;
    const written: string[] = [];
    for (let n = 1; n <= 7; n += 1)
      written.push((await comment(`companies/${company.id}`, { body: `note ${n}` })).body.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await timeline(
        `companies/${company.id}`,
        m1.key,
        `?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
      // A comment written while paging comes first on a fresh read, not on a later page.
      if (pages === 1) await comment(`companies/${company.id}`, { body: 'late note' });
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...written].reverse());

    const bad = await system.call(
      'GET',
      `/api/v1/companies/${company.id}/timeline?cursor=nonsense`,
      undefined,
      { key: m1.key },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'cursor', problem: expect.any(String) }]);
  });

  it('lets the author edit and delete a comment for 24 hours, an admin delete any, and refuses bad text naming the field', async () => {
    const contact = (
      await system.call('POST', '/api/v1/contacts', { firstName: 'Commented' }, { key: m1.key })
    ).body;
    const path = `contacts/${contact.id}`;
    for (const body of [{ body: 'x'.repeat(5001) }, { body: '   ' }, { body: 42 }, {}]) {
      const refused = await comment(path, body);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['body']);
    }
    expect((await comment(path, { body: 'x'.repeat(5000) })).status).toBe(201);
    // Sales ops read records but do not write on them; a manager not responsible cannot see it.
    expect((await comment(path, { body: 'ops note' }, ops.key)).status).toBe(403);
    expect((await comment(path, { body: 'hello' }, m2.key)).status).toBe(403);
    expect((await timeline(path, ops.key)).total).toBe(1);

    const note = (await comment(path, { body: 'first try' })).body;
    const url = `/api/v1/${path}/comments/${note.id}`;
    const edited = await system.call(
      'PATCH',
      url,
      { body: ' second try ' },
      {
        key: m1.key,
        headers: { 'if-match': '"1"' },
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      body: 'second try',
      version: 2,
      editedAt: expect.any(String),
    });
    const stale = await system.call(
      'PATCH',
      url,
      { body: 'third' },
      {
        key: m1.key,
        headers: { 'if-match': '"1"' },
      },
    );
    expect(stale.status).toBe(409);
    // The head of the team reads it but may not change another's words; nor may the admin.
    expect((await system.call('PATCH', url, { body: 'boss' }, { key: head.key })).status).toBe(403);
    expect((await system.call('PATCH', url, { body: 'root' })).status).toBe(403);
    expect((await timeline(path)).items.find((i) => i.id === note.id)!.comment).toMatchObject({
      body: 'second try',
      version: 2,
    });

    // A day later the author may neither edit nor delete it; an admin still deletes it.
    await system.api
      .get(MikroORM)
      .em.getConnection()
      .execute(`update comment set created_at = now() - interval '25 hours' where id = ?`, [
        note.id,
      ]);
    const late = await system.call('PATCH', url, { body: 'too late' }, { key: m1.key });
    expect(late.status).toBe(403);
    expect(late.body.detail).toBe('a comment may be edited within 24 hours of writing it');
    expect((await system.call('DELETE', url, undefined, { key: m1.key })).status).toBe(403);
    expect((await system.call('DELETE', url)).status).toBe(204);
    expect((await system.call('DELETE', url)).status).toBe(404);
    expect((await timeline(path)).items.map((i) => i.id)).not.toContain(note.id);

    // The author deletes a fresh one; a comment id under another record is not found.
    const other = (await comment(path, { body: 'oops' })).body;
    const elsewhere = await system.call(
      'DELETE',
      `/api/v1/deals/00000000-0000-4000-8000-000000000000/comments/${other.id}`,
    );
    expect(elsewhere.status).toBe(404);
    expect(
      (
        await system.call('DELETE', `/api/v1/${path}/comments/${other.id}`, undefined, {
          key: m1.key,
        })
      ).status,
    ).toBe(204);
  });
});
