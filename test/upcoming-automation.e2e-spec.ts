import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

interface Upcoming {
  recordKind: string;
  recordId: string;
  recordTitle: string;
  stage: string;
  at: string;
  kind: string;
  moveTo: string | null;
  actions: string[];
  activity: { subject: string } | null;
  description: string;
}

/**
 * The upcoming automation across a person's records (pending_automation): written by each
 * record's workflow whenever its timers change, read in one query, within what the caller sees.
 */
describe('the upcoming automation across records', () => {
  let system: TestSystem;
  let ann: TestUser, bob: TestUser, head: TestUser, stranger: TestUser;

  beforeAll(async () => {
    system = await startTestSystem();
    const team = (await system.call('POST', '/api/v1/teams', { name: 'Upcoming team' })).body.id;
    const other = (await system.call('POST', '/api/v1/teams', { name: 'Other team' })).body.id;
    ann = await system.user('manager', { teamId: team });
    bob = await system.user('manager', { teamId: team });
    head = await system.user('head', { teamId: team });
    stranger = await system.user('head', { teamId: other });
  });
  afterAll(async () => {
    await system?.close();
  });

  const upcoming = async (key: string, query = '') => {
    const answer = await system.call('GET', `/api/v1/automation/upcoming${query}`, undefined, {
      key,
    });
    if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.items as Upcoming[];
  };
  const of = (items: Upcoming[], recordId: string) => items.filter((i) => i.recordId === recordId);
  const newDeal = async (title: string, key: string) =>
    (await system.call('POST', '/api/v1/deals', { title, pipelineId: 'b2b' }, { key })).body as {
      id: string;
    };

  it('lists what the rules will do on a new deal: its escalations and its timed move, soonest first', async () => {
    const deal = await newDeal('Upcoming rollout', ann.key);
    const items = await eventually('the deal’s timers', async () => {
      const mine = of(await upcoming(ann.key), deal.id);
      return mine.length === 3 ? mine : undefined;
    });
    // The qualifying call is due in 4 h: a reminder 1 h after, the head told a day after, and
    // the deal lost after 14 days in "new".
    expect(items.map((i) => [i.kind, i.actions, i.moveTo, i.activity?.subject ?? null])).toEqual([
      ['overdue', ['notify'], null, 'Qualify Upcoming rollout'],
      ['overdue', ['notify'], null, 'Qualify Upcoming rollout'],
      ['transition', ['move'], 'lost', null],
    ]);
    // In the words of the rules, the follow-up's subject as the activity reads (not its template).
    expect(items[0].description).toContain('"Qualify Upcoming rollout" is still open');
    expect(items[0]).toMatchObject({
      recordKind: 'deal',
      recordTitle: 'Upcoming rollout',
      stage: 'new',
    });
    const inHours = (i: Upcoming) => (Date.parse(i.at) - Date.now()) / 3600_000;
    expect(inHours(items[0])).toBeGreaterThan(4.5);
    expect(inHours(items[0])).toBeLessThan(5.1);
    expect(inHours(items[2])).toBeGreaterThan(14 * 24 - 1);
    // before= keeps what fires sooner.
    const soon = of(
      await upcoming(ann.key, `?before=${new Date(Date.now() + 2 * 86_400_000).toISOString()}`),
      deal.id,
    );
    expect(soon.map((i) => i.kind)).toEqual(['overdue', 'overdue']);
  });

  it('follows the rules: the qualifying call done moves the deal on, and its timers with it', async () => {
    const deal = await newDeal('Moving on', ann.key);
    const call = await eventually('the qualifying call', async () => {
      const list = await system.call('GET', `/api/v1/activities?dealId=${deal.id}`, undefined, {
        key: ann.key,
      });
      return list.body.items?.[0]?.id as string | undefined;
    });
    await system.call(
      'POST',
      `/api/v1/activities/${call}/complete`,
      { outcome: 'interested' },
      { key: ann.key },
    );
    const items = await eventually('the qualification timers', async () => {
      const mine = of(await upcoming(ann.key), deal.id);
      return mine.length > 0 && mine.every((i) => i.stage === 'qualification') ? mine : undefined;
    });
    expect(items.map((i) => [i.kind, i.moveTo])).toContainEqual(['transition', 'lost']);
  });

  it('answers within what the caller may see: a head for their team, nobody else’s', async () => {
    const deal = await newDeal('Bob’s deal', bob.key);
    await eventually('bob’s timers', async () =>
      of(await upcoming(bob.key), deal.id).length > 0 ? true : undefined,
    );
    expect(of(await upcoming(ann.key), deal.id)).toEqual([]);
    expect(of(await upcoming(head.key, `?responsibleId=${bob.id}`), deal.id).length).toBe(3);
    expect(of(await upcoming(system.adminKey, `?responsibleId=${bob.id}`), deal.id).length).toBe(3);
    const refused = await system.call(
      'GET',
      `/api/v1/automation/upcoming?responsibleId=${bob.id}`,
      undefined,
      { key: ann.key },
    );
    expect(refused.status).toBe(403);
    const otherHead = await system.call(
      'GET',
      `/api/v1/automation/upcoming?responsibleId=${bob.id}`,
      undefined,
      { key: stranger.key },
    );
    expect(otherHead.status).toBe(403);
    const bad = await system.call(
      'GET',
      '/api/v1/automation/upcoming?before=tomorrow&limit=0',
      undefined,
      { key: ann.key },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'before',
      'limit',
    ]);
  });

  it('clears a closed deal’s timers, and counts the open records with nothing planned', async () => {
    const deal = await newDeal('Closing', bob.key);
    await eventually('its timers', async () =>
      of(await upcoming(bob.key), deal.id).length > 0 ? true : undefined,
    );
    const before = (
      await system.call('GET', '/api/v1/activities/counters', undefined, { key: bob.key })
    ).body;
    const moved = await system.call(
      'POST',
      `/api/v1/deals/${deal.id}/move`,
      { to: 'lost', lossReason: 'no_need' },
      { key: bob.key },
    );
    expect(moved.status).toBe(200);
    await eventually('no timers left', async () =>
      of(await upcoming(bob.key), deal.id).length === 0 ? true : undefined,
    );
    // A deal whose call is cancelled has nothing planned.
    const quiet = await newDeal('Quiet', bob.key);
    const call = await eventually('its call', async () => {
      const list = await system.call('GET', `/api/v1/activities?dealId=${quiet.id}`, undefined, {
        key: bob.key,
      });
      return list.body.items?.[0]?.id as string | undefined;
    });
    await system.call('POST', `/api/v1/activities/${call}/cancel`, undefined, { key: bob.key });
    const after = (
      await system.call('GET', '/api/v1/activities/counters', undefined, { key: bob.key })
    ).body;
    expect(after.nothingPlanned).toBe(before.nothingPlanned + 1);
  });
});
