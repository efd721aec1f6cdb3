/**
 * `npm run fuzz`: Schemathesis against the OpenAPI document of a running system, with an admin
 * key — its examples, coverage, fuzzing and stateful phases — then the counts per operation.
 * By default it starts the system itself on its embedded defaults (as `npm start` does: PGlite,
 * the Temporal dev server, the API and the worker) on free ports and a fresh data folder, and
 * stops it afterwards. Exits non-zero when any check failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../libs/config';
import { resolveTool, type TemporalTool } from '../libs/temporal';
import { formatCounts, readCounts } from './report';
import { type RunningSystem, startSystem } from './system';

/** Schemathesis, from PyPI, pinned; installed once per machine into the tool cache. */
export const SCHEMATHESIS: TemporalTool = {
  command: 'st',
  pypiPackage: 'schemathesis',
  version: '4.32.5',
  description: 'Schemathesis (API fuzzer)',
  module: 'schemathesis.cli',
};

/**
 * Operations that can take the fuzzer's own access away: its admin key revoked, its user
 * deactivated or demoted. They get a pass of their own, after the others.
 */
export const SELF_HARMING = ['revokeApiKey', 'updateUser'];

/** What every answer is held to. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
];

const positive = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`${what} must be a whole number above 0`);
  return n;
};

const program = new Command('fuzz')
  .description(
    'Schemathesis against the API document, on a system of its own unless --url is given',
  )
  .option(
    '--max-time <seconds>',
    'time budget of the Schemathesis run, its phases repeating until it is spent (default 120 s; none with --max-examples)',
    positive('--max-time'),
  )
  .option(
    '--max-examples <n>',
    'at most this many generated cases per operation and phase, each phase run once: with --seed, a run that repeats itself',
    positive('--max-examples'),
  )
  .option('--workers <n>', 'concurrent Schemathesis workers', positive('--workers'), 1)
  .option('--seed <n>', 'seed, to repeat a run')
  .option('--phases <list>', 'phases to run', 'examples,coverage,fuzzing,stateful')
  .option('--checks <list>', 'checks to run', CHECKS.join(','))
  .option('--url <base>', 'fuzz an already running API at this base URL (needs --key)')
  .option('--key <apiKey>', 'admin API key for --url')
  .option('--report-dir <dir>', 'where to keep the reports (default: a temporary folder)');

async function main(): Promise<number> {
  program.parse();
  const o = program.opts<{
    maxTime?: number;
    maxExamples?: number;
    workers: number;
    seed?: string;
    phases: string;
    checks: string;
    url?: string;
    key?: string;
    reportDir?: string;
  }>();
  if (o.url && !o.key) program.error('--url needs --key (an admin API key)');
  // With a time budget Schemathesis repeats its fuzzing and stateful phases until it is spent, so
  // the cases a run sends depend on the machine's speed; bounded by cases, each phase runs once.
  const maxTime = o.maxTime ?? (o.maxExamples ? undefined : 120);

  const config = loadConfig();
  const tool = await resolveTool(SCHEMATHESIS, {
    cacheDir: config.cacheDir,
    log: (m) => console.log(`[fuzz] ${m}`),
  });
  const workDir = mkdtempSync(join(tmpdir(), 'voronka-fuzz-'));
  const reportDir = o.reportDir ?? join(workDir, 'report');

  let system: RunningSystem | undefined;
  let target = { baseUrl: o.url?.replace(/\/$/, '') ?? '', adminKey: o.key ?? '' };
  if (!o.url) {
    const started = Date.now();
    console.log('[fuzz] starting the system on its embedded defaults');
    system = await startSystem(join(workDir, 'data'));
    target = system;
    console.log(
      `[fuzz] ${system.baseUrl} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  // A body over its route's limit is refused before it is read, with the 413 every route with a
  // body documents, and a query past the server's 16 KB of request line and headers with the 431
  // every operation documents: refusals of invalid data too, which Schemathesis's default list lacks.
  const configFile = join(workDir, 'schemathesis.toml');
  writeFileSync(
    configFile,
    [
      '[checks.negative_data_rejection]',
      `expected-statuses = [${['400', '401', '403', '404', '405', '406', '409', '413', '415', '422', '428', '429', '431', '5xx'].map((s) => `"${s}"`).join(', ')}]`,
      '',
    ].join('\n'),
  );

  let code = 0;
  try {
    // First every operation but those that can take the fuzzer's own access away (revoking its
    // key, deactivating or demoting its user): once one of them hit the admin key, every later
    // case answered 401 and tested nothing. Those run last, on a tenth of the time.
    const passes = [
      {
        name: 'operations',
        filter: SELF_HARMING.flatMap((id) => ['--exclude-operation-id', id]),
        maxTime,
      },
      {
        name: 'access',
        filter: SELF_HARMING.flatMap((id) => ['--include-operation-id', id]),
        maxTime: maxTime && Math.max(15, Math.round(maxTime / 10)),
      },
    ];
    const totals = { operations: 0, cases: 0, failures: 0, errors: 0 };
    for (const pass of passes) {
      console.log(
        `\n[fuzz] pass "${pass.name}" (${pass.maxTime ? `${pass.maxTime} s` : `${o.maxExamples} cases per operation and phase`})`,
      );
      const ndjson = join(reportDir, `${pass.name}.ndjson`);
      const json = join(reportDir, `${pass.name}.json`);
      const args = [
        '-m',
        SCHEMATHESIS.module!,
        '--config-file',
        configFile,
        'run',
        `${target.baseUrl}/docs/openapi.json`,
        '--url',
        target.baseUrl,
        '--header',
        `Authorization: Bearer ${target.adminKey}`,
        ...pass.filter,
        '--checks',
        o.checks,
        '--phases',
        o.phases,
        ...(pass.maxTime ? ['--max-time', String(pass.maxTime)] : []),
        '--workers',
        String(o.workers),
        '--request-timeout',
        '20',
        // Hypothesis would keep its examples in .hypothesis/ of the working folder.
        '--generation-database',
        'none',
        '--report',
        'ndjson,json',
        '--report-ndjson-path',
        ndjson,
        '--report-json-path',
        json,
        '--no-color',
        ...(o.seed ? ['--seed', o.seed] : []),
        ...(o.maxExamples ? ['--max-examples', String(o.maxExamples)] : []),
      ];
      // In its own folder: Schemathesis keeps a cache of what it found in .schemathesis/ there.
      const passCode = await run(tool.path, args, workDir);
      if (passCode !== 0) code = passCode;
      if (existsSync(ndjson)) {
        console.log(`\n[fuzz] counts per operation\n${formatCounts(await readCounts(ndjson))}`);
      }
      if (existsSync(json)) {
        const summary = JSON.parse(readFileSync(json, 'utf8')) as {
          operations: { tested: number };
          test_cases: { generated: number; with_failures: number; unique_failures: number };
          errors: unknown[];
        };
        totals.operations += summary.operations.tested;
        totals.cases += summary.test_cases.generated;
        totals.failures += summary.test_cases.unique_failures;
        totals.errors += summary.errors.length;
      }
    }
    console.log(
      `[fuzz] ${totals.operations} operations, ${totals.cases} cases, ` +
        `${totals.failures} unique failures, ${totals.errors} errors`,
    );
  } finally {
    await system?.stop();
  }
  if (code === 0 && !o.reportDir) rmSync(workDir, { recursive: true, force: true });
  else
    console.log(
      `[fuzz] reports in ${reportDir}${system ? `, the system's log in ${system.logFile}` : ''}`,
    );
  return code;
}

function run(command: string, args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[fuzz] ${(error as Error).message}`);
    process.exit(1);
  },
);
