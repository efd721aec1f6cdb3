import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** What Schemathesis did to one operation, read from its NDJSON events. */
export interface OperationCounts {
  /** `METHOD /path`, as the document names it. */
  operation: string;
  /** Test cases sent (every phase, stateful steps included). */
  cases: number;
  /** Cases with at least one failed check. */
  failed: number;
  /** Answers with a 5xx status. */
  serverErrors: number;
  /** Failed checks by name. */
  checks: Record<string, number>;
}

interface CheckResult {
  name: string;
  status: string;
}

interface Recorder {
  label: string;
  cases?: Record<string, { value?: { method?: string; path?: string } }>;
  checks?: Record<string, CheckResult[]>;
  interactions?: Record<string, { response?: { status_code?: number } | null }>;
}

const OPERATION_LABEL = /^[A-Z]+ \//;

/**
 * Adds one NDJSON line to the counts. Each finished scenario lists its cases (a stateful one, cases
 * of several operations), their checks and the answers; everything else is skipped.
 */
export function countEvent(counts: Map<string, OperationCounts>, line: string): void {
  if (!line.startsWith('{"ScenarioFinished"')) return;
  const event = JSON.parse(line) as { ScenarioFinished: { recorder: Recorder } };
  const recorder = event.ScenarioFinished.recorder;
  for (const [id, testCase] of Object.entries(recorder.cases ?? {})) {
    // A stateful scenario's label names no operation: each of its cases names its own. Otherwise the
    // label counts, so a probe with another method (coverage's unsupported-method cases) stays under
    // the operation it probes.
    const value = testCase.value;
    const operation =
      OPERATION_LABEL.test(recorder.label) || !value?.method || !value.path
        ? recorder.label
        : `${value.method.toUpperCase()} ${value.path}`;
    let entry = counts.get(operation);
    if (!entry) {
      entry = { operation, cases: 0, failed: 0, serverErrors: 0, checks: {} };
      counts.set(operation, entry);
    }
    entry.cases++;
    const failedChecks = (recorder.checks?.[id] ?? []).filter((c) => c.status === 'failure');
    if (failedChecks.length > 0) entry.failed++;
    for (const check of failedChecks)
      entry.checks[check.name] = (entry.checks[check.name] ?? 0) + 1;
    const status = recorder.interactions?.[id]?.response?.status_code;
    if (status !== undefined && status >= 500) entry.serverErrors++;
  }
}

/** Reads a Schemathesis NDJSON report into counts per operation, sorted by operation. */
export async function readCounts(ndjsonPath: string): Promise<OperationCounts[]> {
  const counts = new Map<string, OperationCounts>();
  const lines = createInterface({ input: createReadStream(ndjsonPath), crlfDelay: Infinity });
  for await (const line of lines) countEvent(counts, line);
  return [...counts.values()].sort((a, b) => byPath(a.operation, b.operation));
}

function byPath(a: string, b: string): number {
  const [am, ap] = a.split(' ');
  const [bm, bp] = b.split(' ');
  return ap === bp ? am.localeCompare(bm) : ap.localeCompare(bp);
}

/** A plain-text table: one line per operation, then the totals. */
export function formatCounts(rows: OperationCounts[]): string {
  const header = ['operation', 'cases', 'failed', '5xx', 'failed checks'];
  const body = rows.map((r) => [
    r.operation,
    String(r.cases),
    String(r.failed),
    String(r.serverErrors),
    Object.entries(r.checks)
      .map(([name, n]) => `${name} ${n}`)
      .join(', '),
  ]);
  const total = (pick: (r: OperationCounts) => number) =>
    String(rows.reduce((sum, r) => sum + pick(r), 0));
  const footer = [
    `${rows.length} operations`,
    total((r) => r.cases),
    total((r) => r.failed),
    total((r) => r.serverErrors),
    '',
  ];
  const all = [header, ...body, footer];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), ...body.map(line), line(footer)].join('\n');
}
