import { randomUUID } from 'node:crypto';
import { ModuleRef } from '@nestjs/core';
import { MockActivityEnvironment } from '@temporalio/testing';
import { collectEffects } from '../apps/worker/effects';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

const template = (subject: string, body: string) => `---\nsubject: '${subject}'\n---\n${body}\n`;

/** A pipeline whose rules read a deal's custom fields: a condition, and a template. */
const TIERED_RULES = {
  'rules.yaml': `kind: pipeline
id: tiered
name: Tiered
version: 1
currency: USD
stages:
  - id: new
    transitions:
      - to: priority
        if: deal.custom.tier == "gold" and deal.custom.budget.amount >= 5000
      - { to: lost, after: 90d }
  - id: priority
    on_enter:
      - create_activity:
          type: call
          subject: 'Call {{deal.custom.tier}} customer about {{deal.custom.budget.amount}} {{deal.custom.budget.currency}}'
          due: 1d
      - notify: { to: responsible, template: tiered }
        if: deal.custom.tier == "platinum"
    transitions:
      - { to: won, on: invoice_paid }
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
  'templates/tiered.hbs': template('{{deal.custom.tier}}', '<p>{{deal.custom.region}}</p>'),
};

type Problem = { field: string; problem: string };
const fieldsOf = (body: { errors?: Problem[] }) => (body.errors ?? []).map((e) => e.field).sort();

/**
 * Custom fields (issue 16): admins and sales ops define them per record type; the records' writes
 * check their values, answers return them, lists filter by them, and the rules read them.
 */
describe('custom fields', () => {
  let system: TestSystem;
  let ops: TestUser, manager: TestUser;

  beforeAll(async () => {
    system = await startTestSystem();
    ops = await system.user('salesops');
    manager = await system.user('manager');
  }, 60_000);
  afterAll(async () => {
    await system?.close();
  });

  const define = async (body: Record<string, unknown>, key = ops.key) =>
    system.call('POST', '/api/v1/custom-fields', body, { key });

  it('lets admins and sales ops define fields that everyone reads, in form order', async () => {
    const refused = await define(
      { recordType: 'company', code: 'tier', label: 'Tier', type: 'text' },
      manager.key,
    );
    expect(refused.status).toBe(403);
    const tier = await define({
      recordType: 'company',
      code: 'tier',
      label: 'Tier',
      type: 'list',
      options: ['silver', 'gold'],
      required: true,
    });
    expect(tier.status).toBe(201);
    expect(tier.body).toMatchObject({
      recordType: 'company',
      code: 'tier',
      label: 'Tier',
      type: 'list',
      options: ['silver', 'gold'],
      required: true,
      position: 0,
      active: true,
      version: 1,
    });
    const seats = await define({
      recordType: 'company',
      code: 'seats',
      label: 'Seats',
      type: 'number',
    });
    expect(seats.body.position).toBe(1);
    const again = await define({
      recordType: 'company',
      code: 'tier',
      label: 'Again',
      type: 'text',
    });
    expect(again.status).toBe(409);
    // The same code on another record type is another field.
    expect(
      (await define({ recordType: 'contact', code: 'tier', label: 'Tier', type: 'flag' })).status,
    ).toBe(201);

    const bad = await define({
      recordType: 'invoice',
      code: 'Bad Code',
      label: '',
      type: 'colour',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['code', 'label', 'recordType', 'type']);
    const noOptions = await define({
      recordType: 'company',
      code: 'size',
      label: 'Size',
      type: 'list',
    });
    expect(noOptions.status).toBe(422);
    expect(fieldsOf(noOptions.body)).toEqual(['options']);

    const listed = await system.call('GET', '/api/v1/custom-fields?recordType=company', undefined, {
      key: manager.key,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((f: { code: string }) => f.code)).toEqual(['tier', 'seats']);
  });

  it('checks custom values on every write, naming each wrong one custom.<code>', async () => {
    for (const [code, type, extra] of [
      ['renewal', 'date', {}],
      ['budget', 'money', {}],
      ['partner', 'flag', {}],
      ['note', 'text', {}],
    ] as const)
      expect(
        (await define({ recordType: 'company', code, label: code, type, ...extra })).status,
      ).toBe(201);

    const missing = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'No Tier Ltd' },
      { key: manager.key },
    );
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'custom.tier', problem: 'is required' }]);

    const wrong = await system.call(
      'POST',
      '/api/v1/companies',
      {
        name: 'Wrong Values Ltd',
        custom: {
          tier: 'bronze',
          seats: '40',
          renewal: '2027-02-30',
          budget: { amount: 1200, currency: 'USD' },
          partner: 'yes',
          colour: 'red',
        },
      },
      { key: manager.key },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'custom.tier', problem: 'must be one of: silver, gold' },
        { field: 'custom.seats', problem: 'must be a number, like 42 or 7.5' },
        { field: 'custom.renewal', problem: expect.stringContaining('YYYY-MM-DD') },
        { field: 'custom.budget', problem: expect.stringContaining('decimal string') },
        { field: 'custom.partner', problem: 'must be true or false' },
        { field: 'custom.colour', problem: expect.stringContaining('is not a custom field') },
      ]),
    );
    expect(wrong.body.errors).toHaveLength(6);
    const yen = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Yen Ltd', custom: { tier: 'gold', budget: { amount: '100.5', currency: 'JPY' } } },
      { key: manager.key },
    );
    expect(yen.status).toBe(400);
    expect(yen.body.errors).toEqual([
      { field: 'custom.budget', problem: 'must have at most 0 decimals in JPY' },
    ]);
    const noCurrency = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Loose Ltd', custom: { tier: 'gold', budget: { amount: '100' } } },
      { key: manager.key },
    );
    expect(fieldsOf(noCurrency.body)).toEqual(['custom.budget']);

    const created = await system.call(
      'POST',
      '/api/v1/companies',
      {
        name: 'Gold Corp',
        custom: {
          tier: 'gold',
          seats: 40,
          renewal: '2027-03-31',
          budget: { amount: '12000.5', currency: 'USD' },
          partner: true,
          note: '  key account  ',
        },
      },
      { key: manager.key },
    );
    expect(created.status).toBe(201);
    // Money at its currency's decimals, texts trimmed.
    expect(created.body.custom).toEqual({
      tier: 'gold',
      seats: 40,
      renewal: '2027-03-31',
      budget: { amount: '12000.50', currency: 'USD' },
      partner: true,
      note: 'key account',
    });

    // A change names only what changes; null clears; a required field cannot be cleared.
    const changed = await system.call(
      'PATCH',
      `/api/v1/companies/${created.body.id}`,
      { custom: { seats: 45, note: null } },
      { key: manager.key, headers: { 'If-Match': '*' } },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.custom).toEqual({
      tier: 'gold',
      seats: 45,
      renewal: '2027-03-31',
      budget: { amount: '12000.50', currency: 'USD' },
      partner: true,
    });
    const cleared = await system.call(
      'PATCH',
      `/api/v1/companies/${created.body.id}`,
      { custom: { tier: null } },
      { key: manager.key, headers: { 'If-Match': '*' } },
    );
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors).toEqual([{ field: 'custom.tier', problem: 'is required' }]);
    const read = await system.call('GET', `/api/v1/companies/${created.body.id}`, undefined, {
      key: manager.key,
    });
    expect(read.body.custom.tier).toBe('gold');
    expect(read.body.version).toBe(changed.body.version);
  });

  it('filters lists by custom values: exact, ranges, flags and money by currency', async () => {
    const make = async (name: string, custom: Record<string, unknown>) => {
      const made = await system.call(
        'POST',
        '/api/v1/companies',
        { name, custom: { tier: 'silver', ...custom } },
        { key: manager.key },
      );
      expect(made.status).toBe(201);
    };
    await make('Filter Small', {
      seats: 5,
      renewal: '2027-01-15',
      budget: { amount: '900.00', currency: 'USD' },
    });
    await make('Filter Mid', {
      seats: 20,
      renewal: '2027-06-01',
      budget: { amount: '5000.00', currency: 'EUR' },
      partner: true,
    });
    await make('Filter Big', {
      tier: 'gold',
      seats: 300,
      budget: { amount: '90000.00', currency: 'USD' },
    });
    const names = async (...filters: string[]) => {
      const query = filters.map((f) => `custom=${encodeURIComponent(f)}`).join('&');
      const page = await system.call('GET', `/api/v1/companies?q=Filter&${query}`, undefined, {
        key: manager.key,
      });
      expect(page.status).toBe(200);
      return page.body.items.map((c: { name: string }) => c.name).sort();
    };
    expect(await names('tier:gold')).toEqual(['Filter Big']);
    expect(await names('seats:5..20')).toEqual(['Filter Mid', 'Filter Small']);
    expect(await names('seats:21..')).toEqual(['Filter Big']);
    expect(await names('seats:20')).toEqual(['Filter Mid']);
    expect(await names('renewal:..2027-03-31')).toEqual(['Filter Small']);
    expect(await names('partner:true')).toEqual(['Filter Mid']);
    expect(await names('partner:false')).toEqual(['Filter Big', 'Filter Small']);
    expect(await names('budget:USD')).toEqual(['Filter Big', 'Filter Small']);
    expect(await names('budget:USD 1000..')).toEqual(['Filter Big']);
    expect(await names('tier:silver', 'seats:..10')).toEqual(['Filter Small']);

    for (const [filter, problem] of [
      ['colour:red', 'is not a custom field'],
      ['seats:many', 'is not a number'],
      ['budget:1000..2000', 'by currency'],
      ['nocolon', 'is not <code>:<value>'],
    ]) {
      const refused = await system.call(
        'GET',
        `/api/v1/companies?custom=${encodeURIComponent(filter)}`,
        undefined,
        { key: manager.key },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'custom', problem: expect.stringContaining(problem) },
      ]);
    }
  });

  it('keeps a field’s type; refuses removing a list option records hold; deactivates', async () => {
    const listed = await system.call('GET', '/api/v1/custom-fields?recordType=company');
    const tier = listed.body.items.find((f: { code: string }) => f.code === 'tier');
    const retyped = await system.call(
      'PATCH',
      `/api/v1/custom-fields/${tier.id}`,
      { type: 'text' },
      { key: ops.key, headers: { 'If-Match': '*' } },
    );
    expect(retyped.status).toBe(422);
    expect(fieldsOf(retyped.body)).toEqual(['type']);
    const removed = await system.call(
      'PATCH',
      `/api/v1/custom-fields/${tier.id}`,
      { options: ['silver', 'platinum'] },
      { key: ops.key, headers: { 'If-Match': '*' } },
    );
    expect(removed.status).toBe(409);
    expect(removed.body.detail).toContain('hold gold');
    const added = await system.call(
      'PATCH',
      `/api/v1/custom-fields/${tier.id}`,
      { options: ['silver', 'gold', 'platinum'], label: 'Customer tier', required: false },
      { key: ops.key, headers: { 'If-Match': String(tier.version) } },
    );
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      label: 'Customer tier',
      options: ['silver', 'gold', 'platinum'],
      required: false,
      version: tier.version + 1,
    });
    // Not required any more: a company without a tier is taken.
    expect(
      (await system.call('POST', '/api/v1/companies', { name: 'Untiered' }, { key: manager.key }))
        .status,
    ).toBe(201);

    const seats = listed.body.items.find((f: { code: string }) => f.code === 'seats');
    const gone = await system.call('DELETE', `/api/v1/custom-fields/${seats.id}`, undefined, {
      key: ops.key,
      headers: { 'If-Match': '*' },
    });
    expect(gone.status).toBe(204);
    const refused = await system.call(
      'POST',
      '/api/v1/companies',
      { name: 'Seated', custom: { seats: 3 } },
      { key: manager.key },
    );
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['custom.seats']);
    // The values records hold stay.
    const big = await system.call('GET', '/api/v1/companies?q=Filter%20Big', undefined, {
      key: manager.key,
    });
    expect(big.body.items[0].custom.seats).toBe(300);
    const active = await system.call('GET', '/api/v1/custom-fields?recordType=company&active=true');
    expect(active.body.items.map((f: { code: string }) => f.code)).not.toContain('seats');
  });

  it('checks leads’, contacts’ and deals’ custom values too, and a conversion carries them', async () => {
    expect(
      (await define({ recordType: 'lead', code: 'region', label: 'Region', type: 'text' })).status,
    ).toBe(201);
    expect(
      (await define({ recordType: 'deal', code: 'region', label: 'Region', type: 'text' })).status,
    ).toBe(201);
    const contact = await system.call(
      'POST',
      '/api/v1/contacts',
      { firstName: 'Tia', custom: { tier: 'yes' } },
      { key: manager.key },
    );
    expect(contact.status).toBe(400);
    expect(fieldsOf(contact.body)).toEqual(['custom.tier']);
    const vip = await system.call(
      'POST',
      '/api/v1/contacts',
      { firstName: 'Tia', custom: { tier: true } },
      { key: manager.key },
    );
    expect(vip.status).toBe(201);
    expect(vip.body.custom).toEqual({ tier: true });
    const contacts = await system.call('GET', '/api/v1/contacts?custom=tier:true', undefined, {
      key: manager.key,
    });
    expect(contacts.body.items.map((c: { id: string }) => c.id)).toEqual([vip.body.id]);

    const lead = await system.call(
      'POST',
      '/api/v1/leads',
      { title: 'Northern lead', custom: { region: 'North' } },
      { key: manager.key },
    );
    expect(lead.status).toBe(201);
    expect(lead.body.custom).toEqual({ region: 'North' });
    const badLead = await system.call(
      'PATCH',
      `/api/v1/leads/${lead.body.id}`,
      { custom: { region: 7 } },
      { key: manager.key, headers: { 'If-Match': '*' } },
    );
    expect(badLead.status).toBe(400);
    expect(badLead.body.errors).toEqual([{ field: 'custom.region', problem: 'must be a text' }]);
    const leads = await system.call('GET', '/api/v1/leads?custom=region:North', undefined, {
      key: manager.key,
    });
    expect(leads.body.items.map((l: { id: string }) => l.id)).toEqual([lead.body.id]);
    const converted = await system.call(
      'POST',
      `/api/v1/leads/${lead.body.id}/convert`,
      { deal: { pipelineId: 'b2b' } },
      { key: manager.key },
    );
    expect(converted.status).toBe(200);
    expect(converted.body.deal.custom).toEqual({ region: 'North' });
  });

  it('fills a merge survivor’s missing custom values from the merged record', async () => {
    expect(
      (await define({ recordType: 'contact', code: 'nickname', label: 'Nickname', type: 'text' }))
        .status,
    ).toBe(201);
    const make = async (firstName: string, custom: Record<string, unknown>) =>
      (
        await system.call(
          'POST',
          '/api/v1/contacts',
          { firstName, lastName: 'Merge', custom },
          { key: manager.key },
        )
      ).body.id as string;
    const merged = await make('Mo', { tier: true, nickname: 'Mo' });
    const survivor = await make('Morris', { nickname: 'Mory' });
    const result = await system.call(
      'POST',
      `/api/v1/contacts/${merged}/merge`,
      { into: survivor },
      { key: manager.key, headers: { 'If-Match': '*' } },
    );
    expect(result.status).toBe(200);
    // The survivor's own value stays; the one it lacked comes over.
    expect(result.body.custom).toEqual({ nickname: 'Mory', tier: true });
  });

  it('lets a rule’s condition and its templates read a deal’s custom fields', async () => {
    expect(
      (
        await define({
          recordType: 'deal',
          code: 'tier',
          label: 'Tier',
          type: 'list',
          options: ['silver', 'gold', 'platinum'],
        })
      ).status,
    ).toBe(201);
    expect(
      (await define({ recordType: 'deal', code: 'budget', label: 'Budget', type: 'money' })).status,
    ).toBe(201);
    const published = await system.call('POST', '/api/v1/rules/publish', { files: TIERED_RULES });
    expect(published.status).toBe(201);
    // Every field the rules name is defined: no warning about them.
    expect(published.body.warnings).toEqual([]);

    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      {
        title: 'Tiered deal',
        pipelineId: 'tiered',
        custom: { tier: 'silver', budget: { amount: '8000', currency: 'USD' } },
      },
      { key: manager.key },
    );
    expect(deal.status).toBe(201);
    expect(deal.body.custom).toEqual({
      tier: 'silver',
      budget: { amount: '8000.00', currency: 'USD' },
    });
    const stageOf = async () =>
      (await system.call('GET', `/api/v1/deals/${deal.body.id}`, undefined, { key: manager.key }))
        .body.stage as string;
    await eventually(
      'the deal’s workflow to start',
      async () =>
        (
          await system.call('GET', `/api/v1/deals/${deal.body.id}/automation`, undefined, {
            key: manager.key,
          })
        ).status === 200 || undefined,
    );
    expect(await stageOf()).toBe('new');

    // The custom field changes: the condition holds now, and the rule moves the deal.
    const gold = await system.call(
      'PATCH',
      `/api/v1/deals/${deal.body.id}`,
      { custom: { tier: 'gold' } },
      { key: manager.key, headers: { 'If-Match': '*' } },
    );
    expect(gold.status).toBe(200);
    await eventually('the deal to reach priority', async () =>
      (await stageOf()) === 'priority' ? true : undefined,
    );
    const call = await eventually('the rule’s call', async () => {
      const page = await system.call(
        'GET',
        `/api/v1/activities?dealId=${deal.body.id}`,
        undefined,
        { key: manager.key },
      );
      return page.body.items[0] as { subject: string } | undefined;
    });
    expect(call.subject).toBe('Call gold customer about 8000.00 USD');

    // A deal filtered by its custom values, as the rules saw them.
    const listed = await system.call(
      'GET',
      `/api/v1/deals?pipelineId=tiered&custom=${encodeURIComponent('budget:USD 5000..')}`,
      undefined,
      { key: manager.key },
    );
    expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([deal.body.id]);
  }, 90_000);

  it('checks the values the rules’ set_field writes against the field’s definition', async () => {
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      { title: 'Set by rules', pipelineId: 'b2b' },
      { key: manager.key },
    );
    const setField = (field: string, value: unknown) =>
      new MockActivityEnvironment().run(
        collectEffects(system.worker!.get(ModuleRef)).setField as (i: unknown) => Promise<void>,
        {
          kind: 'deal',
          recordId: deal.body.id,
          workflowId: `test-${randomUUID()}`,
          key: `set/${randomUUID()}`,
          ruleSetId: 'b2b',
          version: 1,
          field,
          value,
        },
      );
    await setField('deal.custom.tier', 'platinum');
    // A code no field has is the rules' own.
    await setField('deal.custom.step', 3);
    for (const [field, value] of [
      ['deal.custom.tier', 'bronze'],
      ['deal.custom.budget', 5],
    ] as const) {
      const refused = await setField(field, value).catch((error: unknown) => error);
      expect(refused).toMatchObject({ type: 'invalid-fields', nonRetryable: true });
    }
    const read = await system.call('GET', `/api/v1/deals/${deal.body.id}`);
    expect(read.body.custom).toEqual({ tier: 'platinum', step: 3 });
  });

  it('warns at publish of a custom field the rules name that is not defined', async () => {
    const files = {
      ...TIERED_RULES,
      'rules.yaml': TIERED_RULES['rules.yaml']
        .replace('version: 1', 'version: 2')
        .replace('deal.custom.tier == "gold"', 'deal.custom.teir == "gold"'),
    };
    const published = await system.call('POST', '/api/v1/rules/publish', { files });
    expect(published.status).toBe(201);
    expect(published.body.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'stages[0].transitions[0].if',
        message: expect.stringContaining(
          'deal.custom.teir is not a custom field of deal (did you mean "tier"?); its fields: budget, region, tier',
        ),
      }),
    ]);
  });

  it('lets quote templates’ texts name the deal’s custom fields', async () => {
    const made = await system.call(
      'POST',
      '/api/v1/quote-templates',
      {
        code: 'tiered',
        name: 'Tiered offer',
        currency: 'USD',
        rows: [{ name: 'Setup', quantity: '1', unitPrice: '100' }],
        intro:
          'For our {{deal.custom.tier}} customers, with a budget of {{money deal.custom.budget.amount deal.custom.budget.currency}}.',
      },
      { key: ops.key },
    );
    expect(made.status).toBe(201);
    const deal = await system.call(
      'POST',
      '/api/v1/deals',
      {
        title: 'Quoted deal',
        pipelineId: 'b2b',
        custom: { tier: 'platinum', budget: { amount: '2500', currency: 'USD' } },
      },
      { key: manager.key },
    );
    const quote = await system.call(
      'POST',
      '/api/v1/quotes/from-template',
      { templateId: made.body.id, dealId: deal.body.id },
      { key: manager.key },
    );
    expect(quote.status).toBe(201);
    expect(quote.body.intro).toBe('For our platinum customers, with a budget of $2,500.00.');
  });
});
