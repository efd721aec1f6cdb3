import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { readRuleSetSource, SHIPPED_RULES_DIR } from '../libs/rules/files/rule-files';
import {
  LATEST_TTL_MS,
  RulesPublisher,
  sourceFiles,
} from '../libs/rules/publishing/rules-publisher';
import { startTestSystem, type TestSystem } from './support/test-system';

/** Publishing and reading rule sets through the API, on real PostgreSQL. */
describe('rules: publish, read, validate, diff and dry-run through the API', () => {
  let system: TestSystem;
  const b2bFiles = () => sourceFiles(readRuleSetSource(join(SHIPPED_RULES_DIR, 'b2b')));
  const withVersion = (
    files: Record<string, string>,
    version: number,
    edit: (t: string) => string = (t) => t,
  ) => ({
    ...files,
    'rules.yaml': edit(files['rules.yaml'].replace(/^version: \d+$/m, `version: ${version}`)),
  });

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
  });
  afterAll(async () => {
    await system?.close();
  });

  it('publishes the shipped rules on start, once', async () => {
    const list = await system.call('GET', '/api/v1/rules');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 3, nextCursor: null });
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual(['b2b', 'leads', 'services']);
    expect(list.body.items[0]).toMatchObject({
      kind: 'pipeline',
      name: 'B2B sales',
      latestVersion: 4,
    });
    const versions = await system.call('GET', '/api/v1/rules/b2b/versions');
    expect(versions.body.items).toEqual([
      expect.objectContaining({
        version: 4,
        publishedBy: 'system',
        note: 'shipped with Voronka',
        checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    // A second start finds nothing new to publish.
    const again = await system.api.get(RulesPublisher).publishShipped();
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('serves a version with its content and files, and 404 for one that does not exist', async () => {
    const v1 = await system.call('GET', '/api/v1/rules/b2b/versions/4');
    expect(v1.status).toBe(200);
    expect(v1.body.content.stages.map((s: { id: string }) => s.id)).toEqual([
      'new',
      'qualification',
      'quote',
      'negotiation',
      'invoice',
      'won',
      'lost',
    ]);
    expect(v1.body.source['rules.yaml']).toBe(
      readFileSync(join(SHIPPED_RULES_DIR, 'b2b', 'rules.yaml'), 'utf8'),
    );
    expect(Object.keys(v1.body.source)).toContain('templates/quote.hbs');
    expect((await system.call('GET', '/api/v1/rules/b2b/versions/99')).status).toBe(404);
    expect((await system.call('GET', '/api/v1/rules/nope')).status).toBe(404);
  });

  it('validates without publishing: 200 with the rules, or 422 with each problem located', async () => {
    const ok = await system.call('POST', '/api/v1/rules/validate', { files: b2bFiles() });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, warnings: [], rules: { id: 'b2b', version: 4 } });

    const bad = await system.call('POST', '/api/v1/rules/validate', {
      files: withVersion(b2bFiles(), 1, (t) =>
        t.replace('- to: qualification', '- to: qualifcation'),
      ),
    });
    expect(bad.status).toBe(422);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.problems).toEqual([
      expect.objectContaining({
        file: 'rules.yaml',
        path: 'stages[0].transitions[0].to',
        message: expect.stringContaining(
          'stage "qualifcation" does not exist (did you mean "qualification"?)',
        ),
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
    const list = await system.call('GET', '/api/v1/rules');
    expect(list.body.items[0].latestVersion).toBe(4);
  });

  it('refuses request files that are not a rule set, naming the field', async () => {
    const missing = await system.call('POST', '/api/v1/rules/validate', {
      files: { 'templates/x.hbs': 'x' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { field: 'files.rules.yaml', problem: 'rules.yaml is required' },
    ]);
    const stray = await system.call('POST', '/api/v1/rules/publish', {
      files: { ...b2bFiles(), '../etc/passwd': 'x' },
    });
    expect(stray.status).toBe(400);
    expect(stray.body.errors[0].field).toBe('files.../etc/passwd');
    expect((await system.call('POST', '/api/v1/rules/validate', {})).status).toBe(400);
  });

  it('publishes a higher version; identical content is a no-op; a changed published version is refused', async () => {
    const next = withVersion(b2bFiles(), 5, (t) => t.replace('valid_for: 14d', 'valid_for: 30d'));
    // The audit names who signed in; a name in the body is refused, not believed.
    const anna = await system.user('salesops', { name: 'Anna Ops' });
    const claimed = await system.call(
      'POST',
      '/api/v1/rules/publish',
      { files: next, note: 'longer quotes', publishedBy: 'mallory' },
      { key: anna.key },
    );
    expect(claimed.status).toBe(400);
    expect(claimed.body.errors).toEqual([
      { field: 'publishedBy', problem: 'property publishedBy should not exist' },
    ]);
    const published = await system.call(
      'POST',
      '/api/v1/rules/publish',
      { files: next, note: 'longer quotes' },
      { key: anna.key },
    );
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ status: 'published', ruleSetId: 'b2b', version: 5 });

    const again = await system.call('POST', '/api/v1/rules/publish', { files: next });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: 'unchanged',
      version: 5,
      checksum: published.body.checksum,
    });

    // Only comments changed: the same content.
    const comment = await system.call('POST', '/api/v1/rules/publish', {
      files: { ...next, 'rules.yaml': `# a comment\n${next['rules.yaml']}` },
    });
    expect(comment.body.status).toBe('unchanged');

    const changed = await system.call('POST', '/api/v1/rules/publish', {
      files: withVersion(b2bFiles(), 5, (t) => t.replace('valid_for: 14d', 'valid_for: 7d')),
    });
    expect(changed.status).toBe(409);
    expect(changed.body.detail).toBe(
      'version 5 of "b2b" is already published with different content; published versions never change, so raise the version to publish a change',
    );

    const v7 = await system.call('POST', '/api/v1/rules/publish', {
      files: withVersion(b2bFiles(), 7),
    });
    expect(v7.status).toBe(201);
    const lower = await system.call('POST', '/api/v1/rules/publish', {
      files: withVersion(b2bFiles(), 6),
    });
    expect(lower.status).toBe(409);
    expect(lower.body.detail).toMatch(
      /lower than the latest published version 7; publish version 8 or higher/,
    );

    const v = await system.call('GET', '/api/v1/rules/b2b/versions/5');
    expect(v.body).toMatchObject({
      version: 5,
      publishedBy: `Anna Ops (${anna.id})`,
      note: 'longer quotes',
    });
    expect(v.body.content.stages[2].onEnter[0].validFor.text).toBe('30d');
  });

  it('keeps published versions immutable even against direct SQL', async () => {
    const orm = system.api.get(MikroORM);
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(
          `update rule_set_version set note = 'edited' where rule_set_id = 'b2b' and version = 4`,
        ),
    ).rejects.toThrow(/published rule set versions are immutable/);
    await expect(
      orm.em
        .fork()
        .getConnection()
        .execute(`delete from rule_set_version where rule_set_id = 'b2b'`),
    ).rejects.toThrow(/immutable/);
  });

  it('publishes a new version exactly once when five publishers race', async () => {
    const files = withVersion(
      sourceFiles(readRuleSetSource(join(SHIPPED_RULES_DIR, 'services'))),
      3,
    );
    const results = await Promise.all(
      Array.from({ length: 5 }, () => system.call('POST', '/api/v1/rules/publish', { files })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const versions = await system.call('GET', '/api/v1/rules/services/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 3]);
  });

  it('makes the teams the shipped rules assign to, and refuses rules that name a team that does not exist', async () => {
    const teams = await system.call('GET', '/api/v1/teams?limit=200');
    expect(teams.body.items.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['inbound', 'services-team']),
    );
    const leads = sourceFiles(readRuleSetSource(join(SHIPPED_RULES_DIR, 'leads')));
    const files = withVersion(leads, 7, (t) =>
      t.replace('round_robin: inbound', 'round_robin: inbund'),
    );
    const refused = await system.call('POST', '/api/v1/rules/publish', { files });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toBe('/problems/invalid-rules');
    expect(refused.body.problems).toEqual([
      expect.objectContaining({
        file: 'rules.yaml',
        path: 'stages[0].on_enter[0].assign.round_robin',
        line: 12,
        message: expect.stringContaining('there is no team "inbund" (did you mean "inbound"?)'),
      }),
    ]);
    const versions = await system.call('GET', '/api/v1/rules/leads/versions');
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    // Once the team exists, the same rules publish.
    expect((await system.call('POST', '/api/v1/teams', { name: 'inbund' })).status).toBe(201);
    expect((await system.call('POST', '/api/v1/rules/publish', { files })).status).toBe(201);
  });

  it('diffs two published versions in words', async () => {
    const diff = await system.call('GET', '/api/v1/rules/b2b/diff?from=4&to=5');
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toEqual([
      {
        change: 'removed',
        where: 'quote',
        text: 'on enter: send quote (template quote), valid for 14d',
      },
      {
        change: 'added',
        where: 'quote',
        text: 'on enter: send quote (template quote), valid for 30d',
      },
    ]);
    expect(diff.body.text).toContain('b2b v4 → b2b v5');
    expect((await system.call('GET', '/api/v1/rules/b2b/diff?from=3&to=77')).status).toBe(404);
    expect((await system.call('GET', '/api/v1/rules/b2b/diff?from=x&to=2')).status).toBe(400);
  });

  it('dry-runs a scenario, and shows where two versions differ', async () => {
    const scenario = readFileSync(
      join(SHIPPED_RULES_DIR, 'b2b', 'scenarios', 'silence.yaml'),
      'utf8',
    );
    const run = await system.call('POST', '/api/v1/rules/simulate', {
      files: b2bFiles(),
      scenario,
    });
    expect(run.status).toBe(200);
    expect(run.body.closed).toEqual({ kind: 'lost', at: expect.any(Number) });
    expect(run.body.timeline).toBe(
      readFileSync(join(SHIPPED_RULES_DIR, 'b2b', 'scenarios', 'silence.timeline'), 'utf8'),
    );

    const faster = withVersion(b2bFiles(), 9, (t) => t.replace('after: 14d', 'after: 7d'));
    const compared = await system.call('POST', '/api/v1/rules/simulate', {
      files: b2bFiles(),
      scenario,
      against: { files: faster },
    });
    expect(compared.body.diff).toContain('--- b2b v4');
    expect(compared.body.diff).toContain(
      '+ +7d        stage        new → lost (timer, rule stages[0].transitions[2], loss reason no_response)',
    );
    expect(compared.body.diff).toContain(
      '- +14d       stage        new → lost (timer, rule stages[0].transitions[2], loss reason no_response)',
    );

    const badScenario = await system.call('POST', '/api/v1/rules/simulate', {
      files: b2bFiles(),
      scenario: 'events: [ { at: soon, quote_accepted: {} } ]',
    });
    expect(badScenario.status).toBe(422);
    expect(badScenario.body.problems[0]).toMatchObject({ path: 'events[0].at', line: 1 });
  });

  it('new records take the latest rules: at once after a publish here, within seconds after one elsewhere', async () => {
    const pipeline = (version: number) => ({
      'rules.yaml': `kind: pipeline
id: fresh
name: Fresh
version: ${version}
currency: USD
stages:
  - id: new
  - { id: won, kind: won }
  - { id: lost, kind: lost }
`,
    });
    const newDealVersion = async () => {
      const deal = await system.call('POST', '/api/v1/deals', {
        title: 'Fresh deal',
        pipelineId: 'fresh',
      });
      expect(deal.status).toBe(201);
      return deal.body.rulesVersion;
    };
    expect(
      (await system.call('POST', '/api/v1/rules/publish', { files: pipeline(1) })).status,
    ).toBe(201);
    expect(await newDealVersion()).toBe(1);
    expect(
      (await system.call('POST', '/api/v1/rules/publish', { files: pipeline(2) })).status,
    ).toBe(201);
    expect(await newDealVersion()).toBe(2);

    // Published by another process (the CLI, another replica): its own publisher, same database.
    const elsewhere = new RulesPublisher(system.api.get(MikroORM));
    const v3 = { file: 'rules.yaml', text: pipeline(3)['rules.yaml'], templates: [] };
    expect((await elsewhere.publish(v3, 'cli')).status).toBe('published');
    await new Promise((r) => setTimeout(r, LATEST_TTL_MS + 100));
    expect(await newDealVersion()).toBe(3);
  });
});
