import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig } from '../../libs/config';

const MAINS = {
  api: join(__dirname, '..', '..', 'apps', 'api', 'main.js'),
  worker: join(__dirname, '..', '..', 'apps', 'worker', 'main.js'),
};

export interface BenchChild {
  process: ChildProcess;
  /** Resident set of the process, in MB. */
  rssMb(): number;
  stop(): void;
}

/**
 * Runs the API or the worker as its own process against the bench system's database and Temporal
 * server, as deployed: what is measured does not share an event loop with the load generator.
 * `BENCH_<API|WORKER>_NODE_OPTIONS` (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles it;
 * TEMPORAL_WORKFLOW_DIAGNOSTICS is passed on.
 */
export async function startBenchChild(
  kind: 'api' | 'worker',
  config: AppConfig,
  env: Record<string, string> = {},
): Promise<BenchChild> {
  const nodeArgs = (process.env[`BENCH_${kind.toUpperCase()}_NODE_OPTIONS`] ?? '')
    .split(' ')
    .filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, MAINS[kind]], {
    env: {
      PATH: process.env.PATH,
      ...(process.env.TEMPORAL_WORKFLOW_DIAGNOSTICS
        ? { TEMPORAL_WORKFLOW_DIAGNOSTICS: process.env.TEMPORAL_WORKFLOW_DIAGNOSTICS }
        : {}),
      LOG_LEVEL: 'info',
      DATABASE_URL: config.database.url,
      DATABASE_POOL_MAX: '10',
      TEMPORAL_ADDRESS: config.temporal.address,
      TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
      DATA_DIR: config.dataDir,
      RULES_PUBLISH_ON_START: 'false',
      DATABASE_MIGRATE_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = kind === 'api' ? 'API listening' : 'worker polling';
  await new Promise<void>((resolve, reject) => {
    let out: string | null = '';
    child.stdout!.on('data', (d: Buffer) => {
      if (out === null) return; // drained, not kept: the child must never block on its output
      out += d.toString();
      if (out.includes(ready)) {
        out = null;
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`${kind} exited: ${out}`)));
  });
  return {
    process: child,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: () => child.kill('SIGTERM'),
  };
}
