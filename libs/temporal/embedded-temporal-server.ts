import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';

export interface EmbeddedTemporalOptions {
  /** Path of the `temporal` CLI binary. */
  cliPath: string;
  /** SQLite file that keeps workflows across restarts; undefined keeps them in memory. */
  dbFile?: string;
  /** gRPC port; 0 picks a free one. */
  port: number;
  /** Web UI port; 0 picks a free one; null runs without the UI. */
  uiPort: number | null;
  namespace: string;
  /** How long to wait for the server to answer (default 60 s). */
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface EmbeddedTemporal {
  /** host:port of the gRPC frontend. */
  readonly address: string;
  readonly uiUrl?: string;
  readonly pid: number;
  /** Settles when the server exits, by stop() or on its own, with its exit code (null: a signal). */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `temporal server start-dev` as a child process and waits until its
 * namespace answers. The child is stopped with the parent: by stop(), and by
 * the terminal's Ctrl-C, which reaches the whole foreground process group.
 */
export async function startEmbeddedTemporal(
  options: EmbeddedTemporalOptions,
): Promise<EmbeddedTemporal> {
  const log = options.log ?? (() => undefined);
  const port = options.port || (await freePort());
  const uiPort = options.uiPort === null ? null : options.uiPort || (await freePort());
  const address = `127.0.0.1:${port}`;
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--namespace',
    options.namespace,
    '--log-level',
    'error',
    '--log-format',
    'json',
  ];
  if (uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }

  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // A safety net for every way out of this process short of SIGKILL
  // (process.exit included): the server never outlives its parent.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.on('exit', () => process.off('exit', killOnExit));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.on('error', (error) => keep(Buffer.from(error.message)));

  try {
    await waitUntilServing(
      child,
      exited,
      address,
      options.namespace,
      options.startTimeoutMs ?? 60_000,
      () => output,
    );
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
  const uiUrl = uiPort === null ? undefined : `http://localhost:${uiPort}`;
  log(`Temporal dev server is serving ${address}${uiUrl ? `, Web UI ${uiUrl}` : ''}`);

  return {
    address,
    uiUrl,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopChild(child, exited),
  };
}

async function waitUntilServing(
  child: ChildProcess,
  exited: Promise<number | null>,
  address: string,
  namespace: string,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined || child.exitCode !== null) {
      throw new Error(
        `the Temporal dev server exited (code ${exitCode ?? child.exitCode}) before it answered on ${address}:\n${output()}`,
      );
    }
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.describeNamespace({ namespace });
      return;
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await connection?.close().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(
    `the Temporal dev server did not answer on ${address} within ${timeoutMs / 1000} s (last error: ${lastError}):\n${output()}`,
  );
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}
