import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Email activities send their email, through a real SMTP server: to the record's contact, once,
 * recorded on the activity and in the timeline; a refused send is kept as failed with the
 * server's reason and sent again on request.
 */
describe('email activities', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let m1: TestUser;
  let refusing = true;

  beforeAll(async () => {
    mailbox = await startTestMailbox({
      refuse: (to) =>
        refusing && to.endsWith('@bounce.test') ? 'mailbox unavailable (test)' : undefined,
    });
    system = await startTestSystem({ worker: false, env: { SMTP_URL: mailbox.url } });
    m1 = await system.user('manager', { name: 'Mia Mailer' });
  }, 60_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  const contact = async (email: string | null) =>
    (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Ivan', lastName: 'Client', ...(email ? { email } : {}) },
        { key: m1.key },
      )
    ).body as { id: string };
  const emailActivity = (more: Record<string, unknown>) =>
    system.call(
      'POST',
      '/api/v1/activities',
      { type: 'email', subject: 'Our offer', dueAt: new Date().toISOString(), ...more },
      { key: m1.key },
    );

  it('sends the text to the contact once, and shows it sent on the activity and in the timeline', async () => {
    const ivan = await contact('ivan@client.test');
    const text = 'Hello Ivan,\n\nthe offer <b>stands</b> until Friday: https://acme.test/offer';
    const created = await emailActivity({ contactId: ivan.id, body: text });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      type: 'email',
      status: 'done',
      outcome: 'sent',
      email: { to: 'ivan@client.test', status: 'sent', error: null, sentAt: expect.any(String) },
    });
    const [mail] = await mailbox.waitFor((m) => addressOf(m) === 'ivan@client.test');
    expect(mail.subject).toBe('Our offer');
    expect(mail.text?.trim()).toBe(text);
    // The HTML shows the text as text, not markup.
    expect(mail.html).toContain('&lt;b&gt;stands&lt;/b&gt;');

    // Sending again is refused: it went out.
    const again = await system.call(
      'POST',
      `/api/v1/activities/${created.body.id}/send`,
      undefined,
      { key: m1.key },
    );
    expect(again.status).toBe(409);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailbox.messages.filter((m) => addressOf(m) === 'ivan@client.test')).toHaveLength(1);

    const read = await system.call('GET', `/api/v1/activities/${created.body.id}`, undefined, {
      key: m1.key,
    });
    expect(read.body.email.status).toBe('sent');
    const listed = await system.call('GET', `/api/v1/activities?contactId=${ivan.id}`, undefined, {
      key: m1.key,
    });
    expect(listed.body.items[0].email).toMatchObject({ status: 'sent' });
    const timeline = await system.call('GET', `/api/v1/contacts/${ivan.id}/timeline`, undefined, {
      key: m1.key,
    });
    expect(
      timeline.body.items.find((i: { kind: string }) => i.kind === 'email').email,
    ).toMatchObject({ to: 'ivan@client.test', subject: 'Our offer', body: text, status: 'sent' });
  });

  it('keeps a refused send as failed with the reason, then sends it on retry', async () => {
    const bounce = await contact('ivan@bounce.test');
    const deal = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Bouncing deal', pipelineId: 'b2b', contactId: bounce.id },
        { key: m1.key },
      )
    ).body;
    const created = await emailActivity({ dealId: deal.id, body: 'Are you there?' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'planned',
      email: { to: 'ivan@bounce.test', status: 'failed', sentAt: null },
    });
    expect(created.body.email.error).toContain('mailbox unavailable (test)');
    const timeline = await system.call('GET', `/api/v1/deals/${deal.id}/timeline`, undefined, {
      key: m1.key,
    });
    expect(
      timeline.body.items.find((i: { kind: string }) => i.kind === 'email').email,
    ).toMatchObject({ status: 'failed', error: expect.stringContaining('mailbox unavailable') });

    refusing = false;
    const retried = await system.call(
      'POST',
      `/api/v1/activities/${created.body.id}/send`,
      undefined,
      { key: m1.key },
    );
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({
      status: 'done',
      email: { status: 'sent', error: null },
    });
    const [mail] = await mailbox.waitFor((m) => addressOf(m) === 'ivan@bounce.test');
    expect(mail.text?.trim()).toBe('Are you there?');
  });

  it('refuses a text on another type, a blank one, and a record without an address, naming the field', async () => {
    const nobody = await contact(null);
    const call = await system.call(
      'POST',
      '/api/v1/activities',
      {
        type: 'call',
        subject: 'x',
        dueAt: new Date().toISOString(),
        contactId: nobody.id,
        body: 'hi',
      },
      { key: m1.key },
    );
    expect(call.body.errors).toEqual([{ field: 'body', problem: expect.any(String) }]);
    const blank = await emailActivity({ contactId: nobody.id, body: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: 'body', problem: expect.any(String) }]);
    const unreachable = await emailActivity({ contactId: nobody.id, body: 'hello' });
    expect(unreachable.status).toBe(422);
    expect(unreachable.body.errors).toEqual([{ field: 'contactId', problem: expect.any(String) }]);
    // Nothing half-written: no activity for that contact.
    const listed = await system.call(
      'GET',
      `/api/v1/activities?contactId=${nobody.id}`,
      undefined,
      { key: m1.key },
    );
    expect(listed.body.total).toBe(0);
    // A planned email without a text stays a plain activity, as before.
    const plain = await emailActivity({ contactId: nobody.id });
    expect(plain.body).toMatchObject({ status: 'planned', email: null });
  });
});
