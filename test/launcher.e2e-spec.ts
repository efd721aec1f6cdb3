import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../libs/temporal';
import { signIn } from './support/browser-session';
import { eventually } from './support/eventually';
import { http } from './support/http';

const ROOT = resolve(__dirname, '..');
const LAUNCHER = join(ROOT, 'dist/apps/launcher/main.js');
const API = join(ROOT, 'dist/apps/api/main.js');

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a built entry point as a user would, with only the variables given (plus PATH and HOME). */
function launch(entry: string, env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, [entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      VORONKA_CACHE_DIR: process.env.VORONKA_CACHE_DIR,
      TEMPORAL_CLI_PATH: process.env.TEMPORAL_CLI_PATH,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

async function waitFor(what: string, launched: Launched, pattern: RegExp, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (pattern.test(launched.output())) return;
    if (launched.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: did not see ${pattern}; output so far:\n${launched.output()}`);
}

function childPids(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)])
      .toString()
      .split('\n')
      .map((s) => Number(s.trim()))
      .filter((n) => n > 0);
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/**
 * `npm start` on embedded defaults: no DATABASE_URL, no TEMPORAL_ADDRESS.
 * Runs the built launcher (npm test builds first) as a separate process.
 */
describe('npm start: the whole system on embedded defaults', () => {
  let dataDir: string;
  const running: Launched[] = [];

  beforeAll(() => {
    if (!existsSync(LAUNCHER))
      throw new Error(`${LAUNCHER} is missing: run \`npm run build\` first`);
    dataDir = mkdtempSync(join(tmpdir(), 'voronka-start-'));
  });
  afterAll(async () => {
    for (const l of running) if (l.child.exitCode === null) l.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start() {
    const ports = { api: await freePort(), temporal: await freePort(), ui: await freePort() };
    const launched = launch(LAUNCHER, {
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(ports.api),
      TEMPORAL_EMBEDDED_PORT: String(ports.temporal),
      TEMPORAL_EMBEDDED_UI_PORT: String(ports.ui),
      DATABASE_EMBEDDED_PORT: String(await freePort()),
    });
    running.push(launched);
    await waitFor('npm start', launched, /Voronka is running/);
    return { launched, ports, url: `http://127.0.0.1:${ports.api}` };
  }

  async function stop(launched: Launched) {
    // Ctrl-C reaches the launcher; it must take its Temporal server down with it.
    launched.child.kill('SIGINT');
    return launched.exited;
  }

  it('starts, runs a lead workflow, prints the URLs, and Ctrl-C leaves nothing running', async () => {
    const { launched, ports, url } = await start();
    const out = launched.output();
    // The web app's URL comes first, and it answers with the app.
    expect(out).toMatch(
      new RegExp(`Voronka is running.*\\n {2}Web app {6}http://localhost:${ports.api}/\\n`),
    );
    expect((await http(url, 'GET', '/')).body).toContain('<div id="root"></div>');
    // The first admin can sign in to it at once, with the password it prints.
    const password = /Sign in as {3}(\S+) with the password (\S+) \(generated now/.exec(out);
    expect(password).not.toBeNull();
    expect((await signIn(url, password![1], password![2])).answer.status).toBe(201);
    expect(out).toContain(`API          http://localhost:${ports.api}/api/v1`);
    expect(out).toContain(`OpenAPI docs http://localhost:${ports.api}/docs`);
    expect(out).toContain(`Temporal UI  http://localhost:${ports.ui}`);
    expect(out).toContain(`Try it:      curl -X POST http://localhost:${ports.api}/api/v1/leads`);

    expect((await http(url, 'GET', '/ready')).status).toBe(200);
    // The admin key was generated, kept under DATA_DIR and printed.
    const key = /Admin key {4}(vk_\S+) \(generated now, kept in (\S+)\)/.exec(out);
    expect(key).not.toBeNull();
    expect(key![2]).toBe(join(dataDir, 'admin-api-key'));
    const as = { key: key![1] };
    expect((await http(url, 'POST', '/api/v1/leads', { title: 'no key' })).status).toBe(401);
    const lead = await http(url, 'POST', '/api/v1/leads', { title: 'From npm start' }, as);
    expect(lead.status).toBe(201);
    // The shipped lead rules run in the worker: the workflow answers, with its Temporal UI link.
    const view = await eventually('the lead workflow', async () => {
      const r = await http(url, 'GET', `/api/v1/leads/${lead.body.id}/automation`, undefined, as);
      // The workflow answers as soon as it runs; its stage once it has read its rules.
      return r.status === 200 && r.body.stage ? r.body : undefined;
    });
    expect(view.stage).toBe('new');
    expect(view.temporalUiUrl).toBe(
      `http://localhost:${ports.ui}/namespaces/default/workflows/lead-${lead.body.id}`,
    );
    expect(await portAnswers(ports.ui)).toBe(true);

    const children = childPids(launched.child.pid!);
    expect(children.length).toBeGreaterThan(0); // the Temporal dev server

    expect(await stop(launched)).toBe(0);
    for (const pid of children) expect(isAlive(pid)).toBe(false);
    for (const port of Object.values(ports)) expect(await portAnswers(port)).toBe(false);

    // Everything was kept under DATA_DIR: a second start finds the lead and its workflow.
    const again = await start();
    expect(again.launched.output()).toContain(`Admin key    ${key![1]} (kept in`);
    const read = await http(again.url, 'GET', `/api/v1/leads/${lead.body.id}`, undefined, as);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe('From npm start');
    const kept = await http(
      again.url,
      'GET',
      `/api/v1/leads/${lead.body.id}/automation`,
      undefined,
      as,
    );
    expect(kept.status).toBe(200);
    expect(kept.body.stage).toBe('new');
    expect(existsSync(join(dataDir, 'temporal', 'temporal.db'))).toBe(true);
    expect(await stop(again.launched)).toBe(0);
    // Two starts of the whole system (PGlite, the Temporal dev server, the API and the worker).
  }, 300_000);

  it('starts the Temporal dev server again when it is killed; records created meanwhile get their workflows', async () => {
    const { launched, url } = await start();
    const key = /Admin key {4}(vk_\S+)/.exec(launched.output())![1];
    const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
      http(url, method, path, body, { key });
    const until = (what: string, check: () => Promise<boolean>) =>
      eventually(what, async () => ((await check()) ? true : undefined), {
        timeoutMs: 180_000,
        everyMs: 500,
      });
    const hasWorkflow = (id: string) => async () =>
      (await call('GET', `/api/v1/leads/${id}/automation`)).status === 200;

    const before = await call('POST', '/api/v1/leads', { title: 'before the kill' });
    expect(before.status).toBe(201);
    await until('the first lead running', hasWorkflow(before.body.id));

    const [server] = childPids(launched.child.pid!);
    process.kill(server, 'SIGKILL');
    // The launcher notices the death at once; /ready's 503 may come and go between two polls
    // (the server is back within seconds), so that part is test/temporal-outage.e2e-spec.ts's.
    await until('the launcher seeing the server die', async () =>
      launched.output().includes('the Temporal dev server exited (killed)'),
    );
    // Stored whatever Temporal's state at this moment.
    const during = await call('POST', '/api/v1/leads', { title: 'while Temporal restarts' });
    expect(during.status).toBe(201);

    await until('Temporal back', async () => (await call('GET', '/ready')).status === 200);
    const [restarted] = childPids(launched.child.pid!);
    expect(restarted).not.toBe(server);
    await until('the lead created meanwhile running', hasWorkflow(during.body.id));
    // Nothing lost: the first lead's workflow came back with the server's file.
    expect(await hasWorkflow(before.body.id)()).toBe(true);
    expect(await stop(launched)).toBe(0);
    expect(isAlive(restarted)).toBe(false);
  }, 400_000);

  it('start:api alone asks for the services it needs, naming each variable', async () => {
    const launched = launch(API, { PORT: 'eighty', DATABASE_POOL_MAX: '1' });
    expect(await launched.exited).toBe(1);
    const out = launched.output();
    expect(out).toContain('api failed to start: Invalid environment:');
    expect(out).toContain('PORT: must be a port number (0 to 65535) (got "eighty")');
    expect(out).toContain('DATABASE_POOL_MAX: must be at least 2 (got "1")');
    expect(out).not.toMatch(/\n\s+at /); // no stack trace for a bad environment

    const bare = launch(API, {});
    expect(await bare.exited).toBe(1);
    expect(bare.output()).toContain('DATABASE_URL: required by start:api');
    expect(bare.output()).toContain('TEMPORAL_ADDRESS: required by start:api');
  });
});
