import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig } from '../../libs/config';

const WORKER_MAIN = join(__dirname, '..', '..', 'dist', 'apps', 'worker', 'main.js');

/**
 * The built worker as a process of its own (`npm run start:worker`), on a test system's database,
 * Temporal namespace and task queue, for the tests that kill it (SIGKILL) and start it again.
 * It runs the workflow bundle of this test run, as the in-process workers do. Resolves once it
 * polls its task queue.
 */
export async function startWorkerProcess(
  config: AppConfig,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: config.database.url,
      DATABASE_POOL_MAX: '5',
      TEMPORAL_ADDRESS: config.temporal.address,
      TEMPORAL_NAMESPACE: config.temporal.namespace,
      TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
      DATA_DIR: config.dataDir,
      RULES_PUBLISH_ON_START: 'false',
      ...(process.env.TEMPORAL_WORKFLOW_BUNDLE
        ? { TEMPORAL_WORKFLOW_BUNDLE: process.env.TEMPORAL_WORKFLOW_BUNDLE }
        : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // WORKER_PROCESS_LOG=<file> keeps what the process printed, to read after a failure.
      if (process.env.WORKER_PROCESS_LOG) appendFileSync(process.env.WORKER_PROCESS_LOG, chunk);
      if (output.includes('worker polling task queue')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}): ${output}`)));
    timer = setTimeout(() => reject(new Error(`the worker did not start: ${output}`)), 60_000);
  }).finally(() => clearTimeout(timer));
  return child;
}

/** Stops a worker process with `signal` (SIGKILL: as a crash) and waits for it to be gone. */
export async function stopWorkerProcess(
  child: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
