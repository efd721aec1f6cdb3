import { type ParsedMail } from 'mailparser';
import { eventually } from './support/eventually';
import { addressOf, startTestMailbox, type TestMailbox } from './support/smtp';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * An activity reminds its responsible N minutes before it is due: a durable timer in the
 * activity's reminder workflow (real Temporal), an email through a real SMTP server. Times are
 * real: an activity due a minute and some seconds from now, reminded a minute before, reminds in
 * those seconds.
 */
describe('activity reminders', () => {
  let system: TestSystem;
  let mailbox: TestMailbox;
  let m1: TestUser;
  let m1Email: string;
  let contactId: string;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    system = await startTestSystem({ env: { SMTP_URL: mailbox.url } });
    m1 = await system.user('manager', { name: 'Rita Reminded' });
    m1Email = (await system.call('GET', `/api/v1/users/${m1.id}`)).body.email;
    contactId = (
      await system.call(
        'POST',
        '/api/v1/contacts',
        { firstName: 'Oleg', lastName: 'Client', email: 'oleg@client.test' },
        { key: m1.key },
      )
    ).body.id;
  }, 120_000);
  afterAll(async () => {
    await system?.close();
    await mailbox?.close();
  });

  /** An activity due `secondsAfterReminder` after a reminder `minutes` ahead of it, from now. */
  const plan = async (subject: string, dueAt: Date, remindBeforeMinutes: number | null) => {
    const created = await system.call(
      'POST',
      '/api/v1/activities',
      { type: 'call', subject, dueAt: dueAt.toISOString(), contactId, remindBeforeMinutes },
      { key: m1.key },
    );
    expect(created.status).toBe(201);
    return created.body as { id: string; version: number; remindBeforeMinutes: number | null };
  };
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000);
  const reminderOf = (subject: string) => (m: ParsedMail) =>
    addressOf(m) === m1Email && m.subject === `Reminder: ${subject}`;

  it('emails the responsible N minutes before the activity is due, once, and notes it', async () => {
    const dueAt = inSeconds(60 + 6);
    const activity = await plan('Call Oleg about the rollout', dueAt, 1);
    expect(activity.remindBeforeMinutes).toBe(1);
    const [mail] = await mailbox.waitFor(reminderOf('Call Oleg about the rollout'), 1, 60_000);
    // Not before its time (the Date header has whole seconds).
    expect(mail.date!.getTime()).toBeGreaterThanOrEqual(dueAt.getTime() - 60_000 - 1000);
    expect(mail.text).toContain('"Call Oleg about the rollout" is due at');
    expect(mail.text).toContain(`/contacts/${contactId}`);

    // The effect notes the reminder once the SMTP server has taken it: a moment after the mail.
    const read = await eventually('the activity noted as reminded', async () => {
      const r = await system.call('GET', `/api/v1/activities/${activity.id}`, undefined, {
        key: m1.key,
      });
      return r.body.remindedAt ? r : undefined;
    });
    expect(read.body).toMatchObject({ status: 'planned', remindedAt: expect.any(String) });
    // The contact's timeline shows the reminder among its emails.
    const timeline = await system.call('GET', `/api/v1/contacts/${contactId}/timeline`, undefined, {
      key: m1.key,
    });
    expect(
      timeline.body.items.filter(
        (i: { kind: string; email?: { subject: string } }) =>
          i.kind === 'email' && i.email?.subject === 'Reminder: Call Oleg about the rollout',
      ),
    ).toHaveLength(1);
    // Once: nothing more comes for it.
    await new Promise((r) => setTimeout(r, 2000));
    expect(mailbox.messages.filter(reminderOf('Call Oleg about the rollout'))).toHaveLength(1);
  }, 120_000);

  it('reminds at the new time when the activity is rescheduled', async () => {
    // Due in ten minutes: its reminder would come in nine.
    const activity = await plan('Meet Oleg', inSeconds(600), 1);
    const newDue = inSeconds(60 + 8);
    const moved = await system.call(
      'POST',
      `/api/v1/activities/${activity.id}/reschedule`,
      { dueAt: newDue.toISOString() },
      { key: m1.key },
    );
    expect(moved.status).toBe(200);
    const [mail] = await mailbox.waitFor(reminderOf('Meet Oleg'), 1, 60_000);
    expect(mail.date!.getTime()).toBeGreaterThanOrEqual(newDue.getTime() - 60_000 - 1000);
  }, 120_000);

  it('never reminds of a cancelled, completed or archived activity, nor of one whose reminder was taken off', async () => {
    const soon = inSeconds(60 + 12);
    const cancelled = await plan('Cancelled call', soon, 1);
    const completed = await plan('Completed call', soon, 1);
    const archived = await plan('Archived call', soon, 1);
    const takenOff = await plan('Unreminded call', soon, 1);
    expect(
      (
        await system.call('POST', `/api/v1/activities/${cancelled.id}/cancel`, undefined, {
          key: m1.key,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await system.call(
          'POST',
          `/api/v1/activities/${completed.id}/complete`,
          { outcome: 'done early' },
          { key: m1.key },
        )
      ).status,
    ).toBe(200);
    expect(
      (await system.call('DELETE', `/api/v1/activities/${archived.id}`, undefined, { key: m1.key }))
        .status,
    ).toBe(204);
    const patched = await system.call(
      'PATCH',
      `/api/v1/activities/${takenOff.id}`,
      { remindBeforeMinutes: null },
      { key: m1.key },
    );
    expect(patched.status).toBe(200);
    expect(patched.body.remindBeforeMinutes).toBeNull();
    // A sentinel reminded after all of them: once it has come, theirs would have too.
    await plan('Sentinel call', inSeconds(60 + 18), 1);
    await mailbox.waitFor(reminderOf('Sentinel call'), 1, 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    const subjects = mailbox.messages.map((m) => m.subject);
    for (const subject of ['Cancelled call', 'Completed call', 'Archived call', 'Unreminded call'])
      expect(subjects).not.toContain(`Reminder: ${subject}`);
  }, 120_000);

  it("reminds of an activity the rules created with create_activity's remind_before", async () => {
    // The call is due 70 s after the deal enters "open", its reminder a minute before that.
    const published = await system.call('POST', '/api/v1/rules/publish', {
      files: {
        'rules.yaml': `kind: pipeline
id: reminding
name: Reminding
version: 1
currency: USD
stages:
  - id: open
    on_enter:
      - create_activity: { type: call, subject: 'Reminded call: {{deal.title}}', due: PT1M10S, remind_before: 1m }
    transitions:
      - { to: won, on: { activity_completed: { type: call } } }
      - { to: lost, after: 14d }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
      },
    });
    expect(published.status).toBe(201);
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      { title: 'Rollout', pipelineId: 'reminding', amount: '100.00', contactId },
      { key: m1.key },
    );
    expect(deal.status).toBe(201);
    const activity = await eventually('the rules created the call', async () => {
      const listed = await system.call(
        'GET',
        `/api/v1/activities?dealId=${deal.body.id}`,
        undefined,
        { key: m1.key },
      );
      return listed.body.items?.[0] as
        | { id: string; dueAt: string; remindBeforeMinutes: number | null; responsibleId: string }
        | undefined;
    });
    expect(activity).toMatchObject({ remindBeforeMinutes: 1, responsibleId: m1.id });
    const dueAt = new Date(activity.dueAt).getTime();
    const [mail] = await mailbox.waitFor(reminderOf('Reminded call: Rollout'), 1, 60_000);
    // The reminder time is the due time less the minute (the Date header has whole seconds).
    expect(mail.date!.getTime()).toBeGreaterThanOrEqual(dueAt - 60_000 - 1000);
    expect(mail.date!.getTime()).toBeLessThan(dueAt);
    expect(mail.text).toContain('"Reminded call: Rollout" is due at');
    const read = await eventually('the activity noted as reminded', async () => {
      const r = await system.call('GET', `/api/v1/activities/${activity.id}`, undefined, {
        key: m1.key,
      });
      return r.body.remindedAt ? r : undefined;
    });
    expect(read.body.remindedAt).toEqual(expect.any(String));
  }, 120_000);

  it('refuses a reminder out of range, naming the field', async () => {
    for (const remindBeforeMinutes of [-1, 10_081, 1.5, 'ten']) {
      const refused = await system.call(
        'POST',
        '/api/v1/activities',
        {
          type: 'task',
          subject: 'Bad reminder',
          dueAt: inSeconds(3600).toISOString(),
          contactId,
          remindBeforeMinutes,
        },
        { key: m1.key },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'remindBeforeMinutes',
      ]);
    }
    const listed = await system.call('GET', `/api/v1/activities?q=Bad%20reminder`, undefined, {
      key: m1.key,
    });
    expect(listed.body.items).toHaveLength(0);
  });
});
