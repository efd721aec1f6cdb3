import { dayBounds } from '../libs/crm/activities/day-bounds';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/** Activities: planned, completed with an outcome, rescheduled, cancelled; today's and overdue counters. */
describe('activities', () => {
  let system: TestSystem;
  let m1: TestUser, m2: TestUser, head: TestUser;
  let dealId: string;
  const H = 3600_000;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Activity team' })).body.id;
    m1 = await system.user('manager', { teamId: team });
    m2 = await system.user('manager', { teamId: team });
    head = await system.user('head', { teamId: team });
    dealId = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'Calls deal', pipelineId: 'b2b' },
        { key: m1.key },
      )
    ).body.id;
  });
  afterAll(async () => {
    await system?.close();
  });

  const create = (body: Record<string, unknown>, key = m1.key) =>
    system.call(
      'POST',
      '/api/v1/activities',
      {
        type: 'call',
        subject: 'Call',
        dealId,
        dueAt: new Date(Date.now() + H).toISOString(),
        ...body,
      },
      { key },
    );

  it('creates an activity bound to exactly one record', async () => {
    const call = await create({ subject: 'Qualify', durationMinutes: 15 });
    expect(call.status).toBe(201);
    expect(call.body).toMatchObject({
      type: 'call',
      subject: 'Qualify',
      status: 'planned',
      overdue: false,
      dealId,
      contactId: null,
      responsibleId: m1.id,
    });
    const none = await create({ dealId: undefined });
    expect(none.status).toBe(422);
    expect(none.body.detail).toBe(
      'dealId, leadId, contactId, companyId: bind the activity to exactly one record',
    );
    const company = (
      await system.call('POST', '/api/v1/companies', { name: 'Bound Co' }, { key: m1.key })
    ).body.id;
    expect((await create({ companyId: company })).status).toBe(422);
    expect((await create({ type: 'call', meetingMode: 'remote' })).status).toBe(422);
    expect((await create({ type: 'meeting', meetingMode: 'remote' })).body.meetingMode).toBe(
      'remote',
    );
    expect((await create({}, m2.key)).status).toBe(403); // m2 may not see m1's deal
    const bad = await create({ type: 'fax', dueAt: 'tomorrow' });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'dueAt',
      'type',
    ]);
  });

  it('completes with an outcome once; reschedules and cancels only what is planned', async () => {
    const { body: call } = await create({});
    const done = await system.call(
      'POST',
      `/api/v1/activities/${call.id}/complete`,
      { outcome: 'interested' },
      { key: m1.key },
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: 'interested',
      completedAt: expect.any(String),
    });
    const again = await system.call(
      'POST',
      `/api/v1/activities/${call.id}/complete`,
      { outcome: 'other' },
      { key: m1.key },
    );
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('the activity is done; only a planned activity changes');

    const { body: other } = await create({});
    const later = new Date(Date.now() + 48 * H).toISOString();
    const moved = await system.call(
      'POST',
      `/api/v1/activities/${other.id}/reschedule`,
      { dueAt: later },
      { key: m1.key },
    );
    expect(moved.body.dueAt).toBe(later);
    expect(
      (
        await system.call('POST', `/api/v1/activities/${other.id}/cancel`, undefined, {
          key: m2.key,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await system.call('POST', `/api/v1/activities/${other.id}/cancel`, undefined, {
          key: head.key,
        })
      ).body.status,
    ).toBe('cancelled');
    expect(
      (
        await system.call(
          'PATCH',
          `/api/v1/activities/${other.id}`,
          { subject: 'x' },
          { key: m1.key },
        )
      ).status,
    ).toBe(409);
  });

  it('lists today’s and overdue activities per user, and counts them', async () => {
    const now = Date.now();
    const { end } = dayBounds(new Date(now), 'Europe/Berlin');
    // Five minutes on: not overdue while the test runs; today unless the day ends sooner.
    const later = new Date(now + 5 * 60_000);
    const tomorrow = new Date(end.getTime() + 3 * H);
    await create(
      { subject: 'Overdue call', dueAt: new Date(now - 2 * H).toISOString() },
      m2.key,
    ).then(async (r) => {
      expect(r.status).toBe(403); // m2 cannot bind to m1's deal
    });
    const own = (
      await system.call(
        'POST',
        '/api/v1/deals',
        { title: 'M2 deal', pipelineId: 'b2b' },
        { key: m2.key },
      )
    ).body.id;
    const mk = (subject: string, dueAt: Date) =>
      create({ subject, dueAt: dueAt.toISOString(), dealId: own }, m2.key);
    const planned: Array<[string, Date]> = [
      ['Overdue call', new Date(now - 2 * H)],
      ['Due later', later],
      ['Tomorrow', tomorrow],
    ];
    for (const [subject, dueAt] of planned) await mk(subject, dueAt);
    const cancelled = (await mk('Cancelled', new Date(now - H))).body.id;
    await system.call('POST', `/api/v1/activities/${cancelled}/cancel`, undefined, { key: m2.key });

    const overdue = await system.call('GET', '/api/v1/activities/overdue', undefined, {
      key: m2.key,
    });
    expect(
      overdue.body.items.map((a: { subject: string; overdue: boolean }) => [a.subject, a.overdue]),
    ).toEqual([['Overdue call', true]]);
    // "Today" is the Berlin day of the moment asked (which may have turned since `now`).
    const askedAt = new Date();
    const today = await system.call(
      'GET',
      '/api/v1/activities/today?timeZone=Europe/Berlin',
      undefined,
      { key: m2.key },
    );
    const day = dayBounds(askedAt, 'Europe/Berlin');
    const expectedToday = planned
      .filter(([, dueAt]) => dueAt >= day.start && dueAt < day.end)
      .map(([subject]) => subject);
    expect(today.body.items.map((a: { subject: string }) => a.subject)).toEqual(expectedToday);
    const counters = await system.call(
      'GET',
      '/api/v1/activities/counters?timeZone=Europe/Berlin',
      undefined,
      { key: m2.key },
    );
    // m2 has no deal or lead of their own: none with nothing planned.
    expect(counters.body).toEqual({ today: expectedToday.length, overdue: 1, nothingPlanned: 0 });

    // The head sees the counters of their team's managers; another manager sees nothing of them.
    expect(
      (
        await system.call(
          'GET',
          `/api/v1/activities/counters?userId=${m2.id}&timeZone=Europe/Berlin`,
          undefined,
          { key: head.key },
        )
      ).body,
    ).toEqual(counters.body);
    expect(
      (
        await system.call('GET', `/api/v1/activities/counters?userId=${m2.id}`, undefined, {
          key: m1.key,
        })
      ).body,
    ).toEqual({ today: 0, overdue: 0, nothingPlanned: 0 });
    expect(
      (
        await system.call('GET', '/api/v1/activities/today?timeZone=Mars/Base', undefined, {
          key: m2.key,
        })
      ).body.errors[0],
    ).toEqual({
      field: 'timeZone',
      problem: 'timeZone must be an IANA time zone, like Europe/Berlin',
    });
  });
});
