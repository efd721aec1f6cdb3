import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../libs/temporal';

export interface RunningSystem {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  adminKey: string;
  /** The system's own log (JSON lines), kept for a look after a failure. */
  logFile: string;
  stop(): Promise<void>;
}

const LAUNCHER = resolve(__dirname, '..', 'apps', 'launcher', 'main.js');

/**
 * `npm start` as a user runs it (embedded PostgreSQL and Temporal dev server, the API and the
 * worker), in a child process, on free ports and a data folder of its own, so it never meets
 * another system on this machine. The admin key is made here and handed in as ADMIN_API_KEY.
 */
export async function startSystem(dataDir: string, timeoutMs = 180_000): Promise<RunningSystem> {
  const port = await freePort();
  const adminKey = `vk_fuzz_${randomBytes(18).toString('base64url')}`;
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'system.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [LAUNCHER], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_API_KEY: adminKey,
      DATABASE_URL: '',
      TEMPORAL_ADDRESS: '',
      DATABASE_EMBEDDED_PORT: String(await freePort()),
      TEMPORAL_EMBEDDED_PORT: String(await freePort()),
      TEMPORAL_EMBEDDED_UI_PORT: String(await freePort()),
      SMTP_URL: '',
      // The fuzzer's unauthenticated cases would use up the failed sign-in limit of 127.0.0.1 in
      // seconds, and every operation would then answer only 429. The limits have tests of their
      // own (test/rate-limits.e2e-spec.ts); here the operations behind them are what is probed.
      RATE_LIMIT_SIGN_IN: 'off',
      RATE_LIMIT_PUBLIC: 'off',
      RATE_LIMIT_WEBHOOK: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const system: RunningSystem = { baseUrl, adminKey, logFile, stop: () => stop(child, exited) };
  try {
    await waitUntilReady(child, baseUrl, timeoutMs);
  } catch (error) {
    await system.stop();
    throw new Error(`${(error as Error).message}; its log: ${logFile}`);
  }
  return system;
}

async function waitUntilReady(child: ChildProcess, baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the system exited (code ${child.exitCode})`);
    const ready = await fetch(`${baseUrl}/ready`).catch(() => null);
    if (ready?.status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the system was not ready within ${timeoutMs / 1000} s`);
}

async function stop(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGINT');
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(killer);
}
