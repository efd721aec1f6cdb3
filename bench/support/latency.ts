import { readFileSync } from 'node:fs';
/** Latency figures of a series of timed calls, in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

/** Times `call` `n` times one after the other, after `warmup` untimed calls. */
export async function measure(call: () => Promise<void>, n: number, warmup = 20): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarize(samples);
}

export function formatRow(name: string, l: Latency, baseline?: Latency): string {
  const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;
  const ratio = baseline ? `  p95 ×${(l.p95 / baseline.p95).toFixed(1)} of baseline` : '';
  return `${name.padEnd(44)} n=${l.n}  p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  p99 ${ms(l.p99)}${ratio}`;
}

/** A row of the web bench: p50, p95 and the slowest, in whole milliseconds. */
export function formatMs(name: string, l: Latency, baseline?: Latency): string {
  const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
  const ratio = baseline ? `  p95 ×${(l.p95 / baseline.p95).toFixed(1)} of baseline` : '';
  return `${name.padEnd(44)} n=${l.n}  p50 ${ms(l.p50)}  p95 ${ms(l.p95)}  max ${ms(l.max)}${ratio}`;
}

/** The machine's load average (1, 5, 15 minutes), as /proc/loadavg says. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
