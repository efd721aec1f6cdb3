import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { buildOrmOptions } from '../libs/persistence';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/apps/cli/rules.cli.js');

/**
 * `npm run rules -- …` as sales ops run it: the built CLI, its output and its
 * exit code. Asynchronous: the embedded test database is served from this
 * process, which must keep answering while the CLI runs.
 */
function rules(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

describe('the rules CLI', () => {
  let database: TestDatabase;
  let work: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
    database = await createTestDatabase();
    work = mkdtempSync(join(tmpdir(), 'voronka-rules-'));
    cpSync(join(ROOT, 'rules/b2b'), join(work, 'b2b'), { recursive: true });
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await database?.drop();
  });

  it('validate: 0 for the shipped rules, 1 with file:line:column for broken ones', async () => {
    const ok = await rules(['validate']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('rules/b2b: ok (pipeline b2b v4, 7 stages, 7 templates)');
    expect(ok.stdout).toContain('rules/leads: ok (lead leads v1');

    const broken = join(work, 'broken');
    cpSync(join(work, 'b2b'), broken, { recursive: true });
    const file = join(broken, 'rules.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('due: 4h', 'due: soon'));
    const bad = await rules(['validate', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /rules\.yaml:\d+:\d+ error stages\[0\]\.on_enter\[0\]\.create_activity\.due: "soon" is not a duration/,
    );
  });

  it('exits 2 on misuse', async () => {
    expect((await rules(['frobnicate'])).code).toBe(2);
    expect((await rules(['simulate', 'rules/b2b'])).code).toBe(2);
    expect((await rules(['validate', '/no/such/folder'])).code).toBe(2);
    const list = await rules(['list']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('DATABASE_URL: required');
    expect((await rules(['--help'])).code).toBe(0);
  });

  it('simulate prints the golden timeline, and with --against where two versions differ', async () => {
    const run = await rules(['simulate', 'rules/b2b', 'rules/b2b/scenarios/happy-path.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      readFileSync(join(ROOT, 'rules/b2b/scenarios/happy-path.timeline'), 'utf8'),
    );

    const next = join(work, 'b2b-next');
    cpSync(join(work, 'b2b'), next, { recursive: true });
    const file = join(next, 'rules.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('version: 4', 'version: 5')
        .replace('after: 14d', 'after: 10d'),
    );
    const compared = await rules([
      'simulate',
      'rules/b2b',
      'rules/b2b/scenarios/silence.yaml',
      '--against',
      next,
    ]);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toContain('- +14d       stage        new → lost');
    expect(compared.stdout).toContain('+ +10d       stage        new → lost');

    const diff = await rules(['diff', 'rules/b2b', next]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toBe(
      'b2b v4 → b2b v5\n  new:\n    - transition → lost after 14d (loss reason no_response)\n    + transition → lost after 10d (loss reason no_response)\n',
    );
  });

  it('publish and list against the database; a changed published version exits 1', async () => {
    const env = { DATABASE_URL: database.url };
    // The services rules assign to a team: refused until it exists (the list migrates the database).
    expect((await rules(['list'], env)).code).toBe(0);
    const noTeam = await rules(['publish', 'rules/services'], env);
    expect(noTeam.code).toBe(1);
    expect(noTeam.stderr + noTeam.stdout).toContain('there is no team "services-team"');
    const orm = await MikroORM.init(buildOrmOptions({ url: database.url, poolMax: 1 }));
    await orm.em
      .getConnection()
      .execute(`insert into team (id, name, created_at) values (?, 'services-team', now())`, [
        randomUUID(),
      ]);
    await orm.close();
    const first = await rules(
      ['publish', 'rules/b2b', 'rules/services', '--by', 'anna', '--note', 'first'],
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/rules\/b2b: published b2b v4 [0-9a-f]{12}/);
    expect((await rules(['publish', 'rules/b2b'], env)).stdout).toMatch(
      /unchanged \(already published\) b2b v4/,
    );

    const changed = join(work, 'b2b-changed');
    cpSync(join(work, 'b2b'), changed, { recursive: true });
    const file = join(changed, 'rules.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('after: 14d', 'after: 12d'));
    const refused = await rules(['publish', changed], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'version 4 of "b2b" is already published with different content',
    );

    const list = await rules(['list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /^b2b \(pipeline\) B2B sales: latest v4\n {2}v4 {2}\S+ {2}by anna {2}[0-9a-f]{12} {2}first\nservices \(pipeline\) Services: latest v2\n/,
    );

    const fromDb = await rules(['diff', 'b2b@4', changed], env);
    expect(fromDb.code).toBe(0);
    expect(fromDb.stdout).toContain('+ transition → lost after 12d (loss reason no_response)');
  });
});
