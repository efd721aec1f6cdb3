/** One thing wrong with a rules file, said so that sales ops can fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where inside the rules, e.g. stages[2].transitions[0].to */
  path: string;
  message: string;
}

export type PathPart = string | number;

export function formatPath(path: readonly PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** `rules/b2b/rules.yaml:12:9 error stages[1].transitions[0].to: stage "x" does not exist` */
export function formatProblem(p: Problem): string {
  const where = p.path ? ` ${p.path}:` : '';
  return `${p.file}:${p.line}:${p.column} ${p.severity}${where} ${p.message}`;
}

/** The closest of `candidates` to `word`, if it is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** ` (did you mean "x"?)` or nothing. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const c = closest(word, candidates);
  return c && c !== word ? ` (did you mean "${c}"?)` : '';
}
