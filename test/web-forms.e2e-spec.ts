import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem, type TestUser } from './support/test-system';

/**
 * Web forms: sales ops define a lead form; its public page (/f/<slug>) is plain HTML that posts
 * back and creates a lead exactly as POST /leads does (its workflow runs, on a real Temporal
 * server); a honeypot, a per-address limit and a body limit keep abuse out; junk never gets a 5xx.
 */
describe('web forms', () => {
  let system: TestSystem;
  let ops: TestUser;
  let m1: TestUser;
  let m2: TestUser;
  let teamId: string;

  beforeAll(async () => {
    system = await startTestSystem({ env: { RATE_LIMIT_WEB_FORM: '60/1m' } });
    ops = await system.user('salesops');
    const team = await system.call('POST', '/api/v1/teams', { name: `Inbound ${Date.now()}` });
    teamId = team.body.id;
    m1 = await system.user('manager', { name: 'Form Taker', teamId });
    m2 = await system.user('manager', { name: 'Second Taker', teamId });
  }, 120_000);
  afterAll(async () => {
    await system?.close();
  });

  const FIELDS = [
    { field: 'name', label: 'Your name', required: true },
    { field: 'email', label: 'Your email', required: true },
    { field: 'phone', label: 'Phone', required: false },
    { field: 'companyName', label: 'Company', required: false },
  ];
  const defineForm = async (more: Record<string, unknown> = {}) => {
    const created = await system.call(
      'POST',
      '/api/v1/web-forms',
      {
        name: 'Request a demo',
        fields: FIELDS,
        source: 'web',
        responsibleId: m1.id,
        thankYouText: 'Thank you!\nWe will call you within a working day.',
        ...more,
      },
      { key: ops.key, headers: { 'Idempotency-Key': `form-${Math.random()}` } },
    );
    expect(created.status).toBe(201);
    return created.body as {
      id: string;
      slug: string;
      url: string;
      embedSnippet: string;
      version: number;
    };
  };
  /** A form post as a browser sends it. */
  const post = (slug: string, fields: Record<string, string | string[]>, raw?: string) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields))
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    return fetch(`${system.baseUrl}/f/${slug}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: raw ?? body.toString(),
    });
  };
  const leadsNamed = async (email: string) =>
    (
      await system.call('GET', `/api/v1/leads?q=${encodeURIComponent(email)}`, undefined, {
        key: system.adminKey,
      })
    ).body.items as { id: string; title: string; source: string; responsibleId: string }[];

  it('lets sales ops define a form with a public URL and an embeddable snippet; managers cannot', async () => {
    const form = await defineForm();
    expect(form).toMatchObject({
      name: 'Request a demo',
      fields: FIELDS,
      source: 'web',
      responsibleId: m1.id,
      teamId: null,
      active: true,
      url: `${system.config.publicUrl}/f/${form.slug}`,
    });
    expect(form.embedSnippet).toBe(
      `<iframe src="${form.url}" title="Request a demo" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
    );
    const listed = await system.call('GET', '/api/v1/web-forms', undefined, { key: ops.key });
    expect(listed.body.items.map((f: { id: string }) => f.id)).toContain(form.id);
    const byManager = await system.call('GET', '/api/v1/web-forms', undefined, { key: m1.key });
    expect(byManager.status).toBe(403);
  });

  it('refuses a form that names no way to answer, a field twice, an unknown source, or both a person and a team', async () => {
    const refuse = async (body: Record<string, unknown>, field: string) => {
      const answer = await system.call(
        'POST',
        '/api/v1/web-forms',
        {
          name: 'Bad form',
          fields: FIELDS,
          responsibleId: m1.id,
          thankYouText: 'Thanks',
          ...body,
        },
        { key: ops.key, headers: { 'Idempotency-Key': `bad-${Math.random()}` } },
      );
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await refuse({ fields: [{ field: 'name', label: 'Name', required: true }] }, 'fields');
    await refuse(
      {
        fields: [
          { field: 'email', label: 'Email', required: true },
          { field: 'email', label: 'Email again', required: true },
        ],
      },
      'fields',
    );
    await refuse({ fields: [{ field: 'password', label: 'x', required: true }] }, 'fields.0.field');
    await refuse({ source: 'carrier-pigeon' }, 'source');
    await refuse({ teamId }, 'teamId');
    await refuse({ responsibleId: null }, 'responsibleId');
    const listed = await system.call('GET', '/api/v1/web-forms', undefined, { key: ops.key });
    expect(listed.body.items.map((f: { name: string }) => f.name)).not.toContain('Bad form');
  });

  it('serves a plain page with the form’s fields that any site may frame', async () => {
    const form = await defineForm();
    const page = await fetch(form.url.replace(system.config.publicUrl, system.baseUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<label for="f-email">Your email');
    expect(html).toContain('name="email" type="email" autocomplete="email"');
    expect(html).toContain(`action="/f/${form.slug}"`);
    expect(html).not.toContain('<script');
    const css = await fetch(`${system.baseUrl}/f/form.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    // The web app's own pages stay unframeable.
    const app = await fetch(`${system.baseUrl}/deals`);
    expect(app.headers.get('x-frame-options')).toBe('DENY');
  });

  it('creates a lead as POST /leads does, with its workflow running, and thanks the visitor', async () => {
    const form = await defineForm();
    const answer = await post(form.slug, {
      name: 'Vera Visitor',
      email: 'vera@visitor.test',
      phone: '+7 495 000-00-00',
      companyName: 'Visitor LLC',
      website: '',
      somethingElse: 'ignored',
    });
    expect(answer.status).toBe(200);
    const thanks = await answer.text();
    expect(thanks).toContain('<p>Thank you!<br>We will call you within a working day.</p>');
    const [lead] = await leadsNamed('vera@visitor.test');
    expect(lead).toMatchObject({
      title: 'Request a demo: Vera Visitor',
      name: 'Vera Visitor',
      email: 'vera@visitor.test',
      phone: '+7 495 000-00-00',
      companyName: 'Visitor LLC',
      source: 'web',
      status: 'new',
      responsibleId: m1.id,
    });
    // Its workflow runs (the lead rules' automation answers for it).
    const automation = await eventually('the lead’s workflow', async () => {
      const a = await system.call('GET', `/api/v1/leads/${lead.id}/automation`);
      return a.status === 200 ? a.body : undefined;
    });
    expect(automation).toMatchObject({ stage: 'new' });
    // A returning visitor is taken again (they cannot confirm a duplicate).
    const again = await post(form.slug, { name: 'Vera Visitor', email: 'vera@visitor.test' });
    expect(again.status).toBe(200);
    expect(await leadsNamed('vera@visitor.test')).toHaveLength(2);
  });

  it('gives a team’s form’s leads to its members in turn', async () => {
    const form = await defineForm({ responsibleId: null, teamId });
    await post(form.slug, { name: 'First', email: 'first@turns.test' });
    await post(form.slug, { name: 'Second', email: 'second@turns.test' });
    const [first] = await leadsNamed('first@turns.test');
    const [second] = await leadsNamed('second@turns.test');
    expect([first.responsibleId, second.responsibleId].sort()).toEqual([m1.id, m2.id].sort());
  });

  it('thanks a bot that fills the honeypot, and creates nothing', async () => {
    const form = await defineForm();
    const answer = await post(form.slug, {
      name: 'Spam Bot',
      email: 'bot@spam.test',
      website: 'http://spam.test',
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('Thank you!');
    expect(await leadsNamed('bot@spam.test')).toHaveLength(0);
  });

  it('shows the page again with the problems beside the fields, keeping what was typed', async () => {
    const form = await defineForm();
    const answer = await post(form.slug, { name: '', email: 'not-an-email', phone: 'call me' });
    expect(answer.status).toBe(400);
    const html = await answer.text();
    expect(html).toContain('role="alert"');
    expect(html).toMatch(
      /id="f-name"[^>]*required aria-invalid="true" aria-describedby="f-name-error"><p class="error" id="f-name-error">Please fill this in\.<\/p>/,
    );
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain('<p class="error" id="f-email-error">Enter an email address');
    expect(html).toContain('<p class="error" id="f-phone-error">Enter a phone number');
    expect(html).not.toContain('id="f-companyName-error"');
    // Markup in a value is shown as text.
    const markup = await post(form.slug, { name: '<script>x</script>', email: 'bad' });
    expect(await markup.text()).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
  });

  it('answers junk with a 4xx, never a 5xx, and creates nothing from it', async () => {
    const form = await defineForm();
    const before = (await system.call('GET', '/api/v1/leads?limit=1')).body.total;
    const junk: [string, RequestInit][] = [
      ['repeated fields', { body: 'name=a&name=b&email=x@y.test' }],
      ['broken escapes', { body: 'name=%E0%A4%A&email=%ZZ' }],
      ['a NUL', { body: 'name=a%00b&email=nul@junk.test' }],
      ['invalid UTF-8', { body: 'name=%ED%A0%80&email=' }],
      ['nested keys', { body: 'name[a][b]=1&email[]=x' }],
      ['no body', { body: '' }],
      ['very long value', { body: `name=${'a'.repeat(5000)}&email=long@junk.test` }],
      ['JSON array', { body: '[1,2,3]', headers: { 'content-type': 'application/json' } }],
      [
        'JSON numbers',
        { body: '{"name":1,"email":{"a":1}}', headers: { 'content-type': 'application/json' } },
      ],
      ['broken JSON', { body: '{"name":', headers: { 'content-type': 'application/json' } }],
      ['XML', { body: '<a/>', headers: { 'content-type': 'application/xml' } }],
      [
        'a wrong charset',
        {
          body: 'name=a',
          headers: { 'content-type': 'application/x-www-form-urlencoded; charset=koi8-r' },
        },
      ],
    ];
    for (const [what, init] of junk) {
      const answer = await fetch(`${system.baseUrl}/f/${form.slug}`, {
        method: 'POST',
        ...init,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...init.headers },
      });
      expect([what, answer.status >= 400 && answer.status < 500]).toEqual([what, true]);
    }
    // Too large: 413 before anything is read.
    const huge = await post(form.slug, {}, `name=${'a'.repeat(20_000)}&email=big@junk.test`);
    expect(huge.status).toBe(413);
    // An unknown or odd slug: 404 pages, not errors.
    for (const slug of ['nope', 'a'.repeat(2000), '%F0%9F%92%A9', '..%2F..%2Fetc'])
      expect((await fetch(`${system.baseUrl}/f/${slug}`)).status).toBe(404);
    expect((await system.call('GET', '/api/v1/leads?limit=1')).body.total).toBe(before);
  });

  it('stops a deactivated form: its page answers 404', async () => {
    const form = await defineForm();
    const gone = await system.call('DELETE', `/api/v1/web-forms/${form.id}`, undefined, {
      key: ops.key,
    });
    expect(gone.status).toBe(204);
    expect((await fetch(`${system.baseUrl}/f/${form.slug}`)).status).toBe(404);
    const posted = await post(form.slug, { name: 'Late', email: 'late@visitor.test' });
    expect(posted.status).toBe(404);
    expect(await leadsNamed('late@visitor.test')).toHaveLength(0);
  });

  it('limits the posts of one address: 429 with Retry-After, and nothing created past it', async () => {
    const form = await defineForm();
    let limited: Response | undefined;
    // The limit is 60 a minute here (set for this file): junk posts count too.
    for (let i = 0; i < 61 && !limited; i += 1) {
      const answer = await post(form.slug, { name: '', email: '' });
      if (answer.status === 429) limited = answer;
      else expect(answer.status).toBe(400);
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    const valid = await post(form.slug, { name: 'Too Late', email: 'limited@visitor.test' });
    expect(valid.status).toBe(429);
    expect(await leadsNamed('limited@visitor.test')).toHaveLength(0);
    // Its page is still shown (reading counts against the public limit, not the posts').
    expect((await fetch(`${system.baseUrl}/f/${form.slug}`)).status).toBe(200);
  });
});
