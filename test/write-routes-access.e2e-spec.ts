import { signWebhook } from '../libs/crm/payments/webhook-signature';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

type Who = 'admin' | 'salesops' | 'headA' | 'headB' | 'm1' | 'm2' | 'integration' | 'nobody';
const EVERYONE: Who[] = [
  'admin',
  'salesops',
  'headA',
  'headB',
  'm1',
  'm2',
  'integration',
  'nobody',
];
/** Who may change a record of manager M1 (team A). */
const M1_WRITERS: Who[] = ['admin', 'headA', 'm1'];
/** Who may create records (their own): those who work records. */
const CREATORS: Who[] = ['admin', 'headA', 'headB', 'm1', 'm2'];

interface Route {
  /** As in the OpenAPI document: `POST /api/v1/deals/{id}/move`. */
  route: string;
  allowed: Who[];
  /** The record the route acts on, created fresh by M1: the path's {id}, or each of its params. */
  target?: () => Promise<string | Record<string, string>>;
  body?: (who: Who) => unknown;
}

/**
 * Every write route of the API, for every role: who is refused (403, 401 without a key) and who
 * gets through. The list is held against the OpenAPI document, so a new write route fails this
 * test until it is added here with the roles it allows.
 */
describe('every write route, per role', () => {
  let system: TestSystem;
  const users = {} as Record<Exclude<Who, 'admin' | 'nobody'>, TestUser>;
  /** A company of each caller's own, to bind the activities they create to. */
  const companyOf = {} as Record<Who, string>;
  let bot: { key: string; secret: string };
  const keyOf = (who: Who) =>
    who === 'admin' ? undefined : who === 'nobody' ? null : users[who].key;
  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
  const rows = [{ name: 'Setup', quantity: '1', unitPrice: '100.00' }];
  let skus = 0;

  const asM1 = async (path: string, body: unknown) => {
    const created = await system.call('POST', `/api/v1/${path}`, body, { key: users.m1.key });
    if (created.status !== 201) throw new Error(`${path}: ${JSON.stringify(created.body)}`);
    return created.body.id as string;
  };
  const deal = () => asM1('deals', { title: 'Route deal', pipelineId: 'b2b', amount: '10.00' });
  const lead = () => asM1('leads', { title: 'Route lead', name: 'Lee Route' });
  const activity = () =>
    asM1('activities', {
      type: 'task',
      subject: 'Route',
      dueAt: inAnHour(),
      companyId: companyOf.m1,
    });
  const quote = () => asM1('quotes', { currency: 'USD', rows });
  const invoice = () => asM1('invoices', { currency: 'USD', dueDate: '2026-12-31', rows });
  const company = () => asM1('companies', { name: 'Route Ltd', allowDuplicate: true });
  const contact = () => asM1('contacts', { firstName: 'Ria', lastName: 'Route' });
  /** The survivor the last merge's target made (the body names it). */
  let survivor = '';
  const product = async () =>
    (
      await system.call('POST', '/api/v1/products', {
        name: 'Route kit',
        sku: `RK-${++skus}`,
        price: '5.00',
        currency: 'USD',
      })
    ).body.id as string;

  const leadSource = async () =>
    (
      await system.call('POST', '/api/v1/lead-sources', {
        code: `route-${++skus}`,
        name: 'Route source',
      })
    ).body.id as string;

  const customField = async () =>
    (
      await system.call('POST', '/api/v1/custom-fields', {
        recordType: 'deal',
        code: `route_${++skus}`,
        label: 'Route field',
        type: 'text',
      })
    ).body.id as string;
  const webFormBody = () => ({
    name: 'Route form',
    fields: [{ field: 'email', label: 'Email', required: true }],
    responsibleId: users.m1.id,
    thankYouText: 'Thanks',
  });
  const webForm = async () =>
    (await system.call('POST', '/api/v1/web-forms', webFormBody())).body.id as string;

  const quoteTemplate = async () =>
    (
      await system.call('POST', '/api/v1/quote-templates', {
        code: `route-${++skus}`,
        name: 'Route template',
        currency: 'USD',
        rows,
      })
    ).body.id as string;

  const records: [string, () => Promise<string>, (who: Who) => unknown, () => unknown][] = [
    ['companies', company, (who) => ({ name: `Co of ${who}` }), () => ({ industry: 'x' })],
    [
      'contacts',
      contact,
      () => ({ firstName: 'Cy', lastName: 'Create' }),
      () => ({ position: 'x' }),
    ],
    [
      'deals',
      deal,
      () => ({ title: 'New', pipelineId: 'b2b', amount: '1.00' }),
      () => ({ title: 'x' }),
    ],
    ['leads', lead, () => ({ title: 'New', name: 'Nell' }), () => ({ title: 'x' })],
    [
      'activities',
      activity,
      (who) => ({ type: 'task', subject: 'New', dueAt: inAnHour(), companyId: companyOf[who] }),
      () => ({ subject: 'x' }),
    ],
    ['quotes', quote, () => ({ currency: 'USD', rows }), () => ({ notes: 'x' })],
    [
      'invoices',
      invoice,
      () => ({ currency: 'USD', dueDate: '2026-12-31', rows }),
      () => ({ notes: 'x' }),
    ],
  ];
  const rulesFiles = { 'rules.yaml': 'kind: pipeline\n' };
  const routes: Route[] = [
    ...records.flatMap(([path, target, create, change]): Route[] => [
      {
        route: `POST /api/v1/${path}`,
        allowed: path === 'leads' ? [...CREATORS, 'integration'] : CREATORS,
        body: create,
      },
      { route: `PATCH /api/v1/${path}/{id}`, allowed: M1_WRITERS, target, body: change },
      { route: `DELETE /api/v1/${path}/{id}`, allowed: M1_WRITERS, target },
    ]),
    // Comments: whoever may change the record writes one; its author alone edits it, and an
    // admin may also delete it. The target is a comment M1 wrote on their own record.
    ...(['companies', 'contacts', 'deals', 'leads'] as const).flatMap((kind): Route[] => {
      const record = { companies: company, contacts: contact, deals: deal, leads: lead }[kind];
      const comment = async () => {
        const id = await record();
        return { id, commentId: await asM1(`${kind}/${id}/comments`, { body: 'A note' }) };
      };
      return [
        {
          route: `POST /api/v1/${kind}/{id}/comments`,
          allowed: M1_WRITERS,
          target: record,
          body: () => ({ body: 'An objection' }),
        },
        {
          route: `PATCH /api/v1/${kind}/{id}/comments/{commentId}`,
          allowed: ['m1'],
          target: comment,
          body: () => ({ body: 'Edited' }),
        },
        {
          route: `DELETE /api/v1/${kind}/{id}/comments/{commentId}`,
          allowed: ['admin', 'm1'],
          target: comment,
        },
      ];
    }),
    // Merging: whoever may change both records (here both M1's).
    ...(['companies', 'contacts'] as const).map((kind): Route => ({
      route: `POST /api/v1/${kind}/{id}/merge`,
      allowed: M1_WRITERS,
      target: async () => {
        const record = kind === 'companies' ? company : contact;
        survivor = await record();
        return record();
      },
      body: () => ({ into: survivor }),
    })),
    {
      route: 'POST /api/v1/activities/{id}/send',
      allowed: M1_WRITERS,
      target: activity,
    },
    {
      route: 'POST /api/v1/rules/{id}/impact',
      allowed: ['admin', 'salesops'],
      target: async () => 'b2b',
      body: () => ({ version: 1 }),
    },
    {
      route: 'POST /api/v1/rules/{id}/migrations',
      allowed: ['admin', 'salesops'],
      target: async () => 'b2b',
      // The same version on both sides: refused (422) for those allowed, nothing started.
      body: () => ({ fromVersion: 1, toVersion: 1 }),
    },
    ...(['pause', 'resume', 'cancel'] as const).map((action) => ({
      route: `POST /api/v1/rules/{id}/migrations/{migrationId}/${action}`,
      allowed: ['admin', 'salesops'] as Who[],
      target: async () => ({ id: 'b2b', migrationId: '00000000-0000-4000-8000-000000000000' }),
    })),
    // CSV imports: those who create records (an unknown import answers 404 to them).
    { route: 'POST /api/v1/imports', allowed: CREATORS },
    ...[
      'POST /api/v1/imports/{id}/dry-run',
      'POST /api/v1/imports/{id}/start',
      'POST /api/v1/imports/{id}/cancel',
    ].map((route) => ({
      route,
      allowed: CREATORS,
      target: async () => '00000000-0000-4000-8000-000000000000',
    })),
    {
      route: 'PUT /api/v1/imports/{id}/mapping',
      allowed: CREATORS,
      target: async () => '00000000-0000-4000-8000-000000000000',
      body: () => ({ mapping: [] }),
    },
    {
      route: 'POST /api/v1/webhook-endpoints',
      allowed: ['admin'],
      body: (who) => ({
        name: `Hook of ${who}`,
        url: 'http://127.0.0.1:9/hook',
        events: ['deal.won'],
      }),
    },
    {
      route: 'DELETE /api/v1/webhook-endpoints/{id}',
      allowed: ['admin'],
      target: async () => '00000000-0000-4000-8000-000000000000',
    },
    {
      route: 'PATCH /api/v1/webhook-endpoints/{id}',
      allowed: ['admin'],
      target: async () => '00000000-0000-4000-8000-000000000000',
      body: () => ({ events: ['deal.won'] }),
    },
    {
      route: 'POST /api/v1/webhook-endpoints/{id}/secret',
      allowed: ['admin'],
      target: async () => '00000000-0000-4000-8000-000000000000',
    },
    {
      route: 'POST /api/v1/deals/{id}/move',
      allowed: M1_WRITERS,
      target: deal,
      body: () => ({ to: 'qualification' }),
    },
    {
      route: 'POST /api/v1/deals/{id}/rules-version',
      allowed: M1_WRITERS,
      target: deal,
      body: () => ({ version: 1 }),
    },
    {
      route: 'POST /api/v1/leads/{id}/move',
      allowed: M1_WRITERS,
      target: lead,
      body: () => ({ to: 'in_progress' }),
    },
    {
      route: 'POST /api/v1/leads/{id}/convert',
      allowed: M1_WRITERS,
      target: lead,
      body: () => ({ createContact: true }),
    },
    {
      route: 'POST /api/v1/activities/{id}/complete',
      allowed: M1_WRITERS,
      target: activity,
      body: () => ({ outcome: 'done' }),
    },
    {
      route: 'POST /api/v1/activities/{id}/reschedule',
      allowed: M1_WRITERS,
      target: activity,
      body: () => ({ dueAt: inAnHour() }),
    },
    {
      route: 'POST /api/v1/activities/{id}/cancel',
      allowed: M1_WRITERS,
      target: activity,
      body: () => ({}),
    },
    // Cancelling an invoice: heads (of its team) and admins, not its manager.
    {
      route: 'POST /api/v1/invoices/{id}/cancel',
      allowed: ['admin', 'headA'],
      target: invoice,
      body: () => ({ reason: 'Issued by mistake' }),
    },
    // Matching an unmatched payment: admins only (none here: 404 for them).
    {
      route: 'POST /api/v1/payments/{id}/match',
      allowed: ['admin'],
      target: async () => '00000000-0000-4000-8000-000000000000',
      body: () => ({ invoiceId: '00000000-0000-4000-8000-000000000000' }),
    },
    { route: 'POST /api/v1/quotes/{id}/accept', allowed: M1_WRITERS, target: quote },
    { route: 'POST /api/v1/quotes/{id}/decline', allowed: M1_WRITERS, target: quote },
    {
      route: 'POST /api/v1/products',
      allowed: ['admin', 'salesops'],
      body: () => ({ name: 'Kit', sku: `K-${++skus}`, price: '1.00', currency: 'USD' }),
    },
    {
      route: 'PATCH /api/v1/products/{id}',
      allowed: ['admin', 'salesops'],
      target: product,
      body: () => ({ name: 'Kit 2' }),
    },
    { route: 'DELETE /api/v1/products/{id}', allowed: ['admin', 'salesops'], target: product },
    {
      route: 'PUT /api/v1/deals/{id}/products',
      allowed: M1_WRITERS,
      target: deal,
      body: () => ({ rows }),
    },
    {
      route: 'POST /api/v1/quote-templates',
      allowed: ['admin', 'salesops'],
      body: (who) => ({ code: `qt-${who}-${++skus}`, name: 'Template', currency: 'USD', rows }),
    },
    {
      route: 'PATCH /api/v1/quote-templates/{id}',
      allowed: ['admin', 'salesops'],
      target: quoteTemplate,
      body: () => ({ name: 'Template 2' }),
    },
    {
      route: 'DELETE /api/v1/quote-templates/{id}',
      allowed: ['admin', 'salesops'],
      target: quoteTemplate,
    },
    // Those who create quotes; a template and a deal that do not exist: refused (422) for them.
    {
      route: 'POST /api/v1/quotes/from-template',
      allowed: CREATORS,
      body: () => ({
        templateId: '00000000-0000-4000-8000-000000000000',
        dealId: '00000000-0000-4000-8000-000000000000',
      }),
    },
    {
      route: 'POST /api/v1/lead-sources',
      allowed: ['admin', 'salesops'],
      body: (who) => ({ code: `src-${who}-${++skus}`, name: 'Route source' }),
    },
    {
      route: 'PATCH /api/v1/lead-sources/{id}',
      allowed: ['admin', 'salesops'],
      target: leadSource,
      body: () => ({ name: 'Route source 2' }),
    },
    {
      route: 'DELETE /api/v1/lead-sources/{id}',
      allowed: ['admin', 'salesops'],
      target: leadSource,
    },
    { route: 'POST /api/v1/web-forms', allowed: ['admin', 'salesops'], body: webFormBody },
    {
      route: 'PATCH /api/v1/web-forms/{id}',
      allowed: ['admin', 'salesops'],
      target: webForm,
      body: () => ({ name: 'Route form 2' }),
    },
    { route: 'DELETE /api/v1/web-forms/{id}', allowed: ['admin', 'salesops'], target: webForm },
    {
      route: 'POST /api/v1/custom-fields',
      allowed: ['admin', 'salesops'],
      body: (who) => ({
        recordType: 'company',
        code: `field_${who}_${++skus}`,
        label: 'Route field',
        type: 'flag',
      }),
    },
    {
      route: 'PATCH /api/v1/custom-fields/{id}',
      allowed: ['admin', 'salesops'],
      target: customField,
      body: () => ({ label: 'Route field 2' }),
    },
    {
      route: 'DELETE /api/v1/custom-fields/{id}',
      allowed: ['admin', 'salesops'],
      target: customField,
    },
    {
      route: 'POST /api/v1/rules/validate',
      allowed: ['admin', 'salesops'],
      body: () => ({ files: rulesFiles }),
    },
    {
      route: 'POST /api/v1/rules/publish',
      allowed: ['admin', 'salesops'],
      body: () => ({ files: rulesFiles }),
    },
    {
      route: 'POST /api/v1/rules/simulate',
      allowed: ['admin', 'salesops'],
      body: () => ({ files: rulesFiles, scenario: 'events: []\n' }),
    },
    {
      route: 'POST /api/v1/teams',
      allowed: ['admin'],
      body: (who) => ({ name: `Team by ${who}` }),
    },
    {
      route: 'POST /api/v1/users',
      allowed: ['admin'],
      body: (who) => ({ name: 'U', email: `u.${who}@routes.test`, role: 'manager' }),
    },
    {
      route: 'PATCH /api/v1/users/{id}',
      allowed: ['admin'],
      target: async () => users.m2.id,
      body: () => ({ name: 'M2' }),
    },
    {
      route: 'POST /api/v1/users/{id}/api-keys',
      allowed: ['admin'],
      target: async () => users.m2.id,
      body: () => ({ name: 'k' }),
    },
    {
      route: 'DELETE /api/v1/api-keys/{id}',
      allowed: ['admin'],
      target: async () =>
        (await system.call('POST', `/api/v1/users/${users.m2.id}/api-keys`, { name: 'spare' })).body
          .id,
    },
    { route: 'POST /api/v1/integrations/payments', allowed: ['integration'] },
    // The web app's session: signing in and setting a password are for anyone (no key needed).
    {
      route: 'POST /api/v1/session',
      allowed: EVERYONE,
      body: () => ({ email: 'no@routes.test', password: 'not-the-password' }),
    },
    {
      route: 'POST /api/v1/password-resets',
      allowed: EVERYONE,
      body: () => ({ email: 'no@routes.test' }),
    },
    {
      route: 'POST /api/v1/password',
      allowed: EVERYONE,
      body: () => ({ token: 'not-a-token', password: 'a long new password 1' }),
    },
    {
      route: 'DELETE /api/v1/session',
      allowed: ['admin', 'salesops', 'headA', 'headB', 'm1', 'm2'],
    },
    {
      route: 'PUT /api/v1/me/preferences',
      allowed: ['admin', 'salesops', 'headA', 'headB', 'm1', 'm2'],
      body: () => ({ language: 'en' }),
    },
    {
      route: 'POST /api/v1/invitations',
      allowed: ['admin'],
      body: (who) => ({ name: 'Invited', email: `invited.${who}@routes.test`, role: 'manager' }),
    },
    {
      route: 'POST /api/v1/users/{id}/invitation',
      allowed: ['admin'],
      target: async () => users.m2.id,
    },
  ];

  beforeAll(async () => {
    system = await startTestSystem();
    const teamA = (await system.call('POST', '/api/v1/teams', { name: 'Routes A' })).body.id;
    const teamB = (await system.call('POST', '/api/v1/teams', { name: 'Routes B' })).body.id;
    users.m1 = await system.user('manager', { teamId: teamA, name: 'M1' });
    users.m2 = await system.user('manager', { teamId: teamA, name: 'M2' });
    users.headA = await system.user('head', { teamId: teamA, name: 'Head A' });
    users.headB = await system.user('head', { teamId: teamB, name: 'Head B' });
    users.salesops = await system.user('salesops');
    const botUser = await system.call('POST', '/api/v1/users', {
      name: 'Routes bank',
      email: 'bank@routes.test',
      role: 'integration',
    });
    const issued = await system.call('POST', `/api/v1/users/${botUser.body.id}/api-keys`, {
      name: 'b',
    });
    bot = { key: issued.body.key, secret: issued.body.signingSecret };
    users.integration = { id: botUser.body.id, key: bot.key, role: 'integration', teamId: null };
    for (const who of EVERYONE) {
      const responsibleId =
        who === 'admin' || !['headA', 'headB', 'm1', 'm2'].includes(who)
          ? undefined
          : users[who as 'm1'].id;
      companyOf[who] = (
        await system.call('POST', '/api/v1/companies', {
          name: `Of ${who}`,
          ...(responsibleId ? { responsibleId } : {}),
        })
      ).body.id;
    }
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  });

  it('lists every write route of the API', async () => {
    const document = (await system.call('GET', '/docs/openapi.json')).body;
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path}`),
      )
      .filter((route) => route.includes(' /api/'));
    expect(routes.map((r) => r.route).sort()).toEqual(documented.sort());
  });

  it.each(routes)(
    '$route: the roles it names get through, every other is refused',
    async (route) => {
      const call = async (who: Who) => {
        const target = route.target ? await route.target() : undefined;
        const params = typeof target === 'string' ? { id: target } : (target ?? {});
        const path = route.route
          .split(' ')[1]
          .replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
        const method = route.route.split(' ')[0] as 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        if (route.route === 'POST /api/v1/integrations/payments' && who === 'integration')
          return signedPayment(path);
        const answer = await system.call(method, path, route.body?.(who), { key: keyOf(who) });
        return answer.status;
      };
      const statuses: Record<string, number> = {};
      for (const who of EVERYONE) statuses[who] = await call(who);
      const expected = Object.fromEntries(
        EVERYONE.map((who) => [
          who,
          route.allowed.includes(who) ? 'allowed' : who === 'nobody' ? 401 : 403,
        ]),
      );
      const seen = Object.fromEntries(
        Object.entries(statuses).map(([who, status]) => [
          who,
          // Allowed: past the guards (a 401 of a public route is its own answer, a wrong password).
          expected[who] === 'allowed' &&
          status !== 403 &&
          (status !== 401 || route.allowed.includes('nobody'))
            ? 'allowed'
            : status,
        ]),
      );
      expect(seen).toEqual(expected);
    },
  );

  async function signedPayment(path: string): Promise<number> {
    const raw = JSON.stringify({
      externalId: `route-${Date.now()}`,
      invoiceNumber: 'INV-NONE',
      amount: '1.00',
      currency: 'USD',
      paidAt: new Date().toISOString(),
    });
    const ts = Math.floor(Date.now() / 1000);
    const answer = await fetch(`${system.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${bot.key}`,
        'x-voronka-timestamp': String(ts),
        'x-voronka-signature': signWebhook(bot.secret, ts, raw),
      },
      body: raw,
    });
    return answer.status;
  }
});
