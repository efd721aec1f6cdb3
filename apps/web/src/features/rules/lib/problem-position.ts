import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';

/**
 * Where the checker's problems sit in the text being edited, and the "did you mean" fixes it
 * offers. Pure: the editor turns the results into its marks and quick fixes.
 */

/** A problem as the checker answers it (RuleProblem); line and column may be missing. */
export interface LocatedProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  /** Where inside the rules: `stages[2].transitions[0].to`; empty for the whole file. */
  path: string;
  message: string;
}

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type PathPart = string | number;

/** `stages[2].transitions[0].to` → `['stages', 2, 'transitions', 0, 'to']`. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(match[1]);
  }
  return parts;
}

/**
 * The line and column at which the value at `path` is written in the YAML `text` — or, when the
 * path goes further than the text (a missing setting), its nearest written ancestor; the key of
 * the last step when `atKey` (an unknown key). `{ line: 1, column: 1 }` when nothing matches or
 * the text is not YAML.
 */
export function positionOfPath(
  text: string,
  path: string | readonly PathPart[],
  options: { atKey?: boolean } = {},
): TextPosition {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number): TextPosition => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  if (options.atKey && parts.length > 0) {
    const parent = doc.getIn(parts.slice(0, -1), true);
    const last = parts[parts.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last),
      );
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
  }
  for (let n = parts.length; n > 0; n--) {
    const node = doc.getIn(parts.slice(0, n), true);
    const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
    if (isNode(node) && node.range && !empty) return at(node.range[0]);
    // A key whose value is empty (`to:`) has no value node: point at the key.
    const parent = doc.getIn(parts.slice(0, n - 1), true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(parts[n - 1]),
      );
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
  }
  return { line: 1, column: 1 };
}

/** The problem's position: the checker's own, else found from its path. */
export function problemPosition(text: string, problem: LocatedProblem): TextPosition {
  if (problem.line && problem.column) return { line: problem.line, column: problem.column };
  return positionOfPath(text, problem.path, {
    atKey: /^unknown (key|setting)/.test(problem.message),
  });
}

/** The offset (0-based) of a 1-based line and column, kept inside the text. */
export function offsetOf(text: string, position: TextPosition): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(offset + Math.max(0, position.column - 1), lineEnd);
}

const WORD = /[A-Za-z0-9_.-]+/y;

/**
 * The span a problem marks: the word at its position (a stage id, a key, a duration), or the rest
 * of its line when no word starts there (a flow map, a quote), at least one character.
 */
export function problemRange(text: string, problem: LocatedProblem): { from: number; to: number } {
  const from = offsetOf(text, problemPosition(text, problem));
  const start = text[from] === '"' || text[from] === "'" ? from + 1 : from;
  WORD.lastIndex = start;
  const word = WORD.exec(text);
  if (word) return { from: start, to: start + word[0].length };
  const end = text.indexOf('\n', from);
  const lineEnd = end < 0 ? text.length : end;
  return { from, to: Math.max(Math.min(from + 1, text.length), lineEnd) };
}

/** The name the checker suggests: `… (did you mean "qualification"?)` → `qualification`. */
export function didYouMean(message: string): string | undefined {
  return /\(did you mean "([^"]+)"\?\)/.exec(message)?.[1];
}

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/**
 * The change that applies the checker's "did you mean": the misspelt word (the first quoted name
 * of the message, else the word at the problem's position) replaced by the suggestion, searched
 * from the problem's position to the end of its line. Undefined when there is no suggestion or
 * the word is not found there.
 */
export function suggestedFix(text: string, problem: LocatedProblem): TextChange | undefined {
  const suggestion = didYouMean(problem.message);
  if (!suggestion) return undefined;
  const from = offsetOf(text, problemPosition(text, problem));
  const end = text.indexOf('\n', from);
  const line = text.slice(from, end < 0 ? text.length : end);
  const quoted = /"([^"]+)"/.exec(problem.message)?.[1];
  const wrong =
    quoted && quoted !== suggestion ? quoted : text.slice(...spanOf(problemRange(text, problem)));
  if (!wrong) return undefined;
  const escaped = wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(^|[^A-Za-z0-9_\\-])(${escaped})(?![A-Za-z0-9_\\-])`).exec(line);
  if (!found) return undefined;
  const at = from + found.index + found[1].length;
  return { from: at, to: at + wrong.length, insert: suggestion };
}

function spanOf(range: { from: number; to: number }): [number, number] {
  return [range.from, range.to];
}

/** The text with a change applied. */
export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}
