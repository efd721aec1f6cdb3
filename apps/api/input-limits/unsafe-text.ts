import { type FieldProblem } from '../../../libs/errors';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text PostgreSQL cannot store, or that is not Unicode at all: the NUL character (refused in
 * text and JSON alike) and a lone UTF-16 surrogate (no character; JSON escapes it, and jsonb
 * refuses the escape). Returns what is wrong with a string, or null.
 */
export function unsafeTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  const lone = LONE_SURROGATE.exec(text);
  if (lone) {
    const code = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return `must be valid Unicode: it contains a lone surrogate (U+${code}), half of a character`;
  }
  return null;
}

/**
 * Every string in a parsed body, query or path (object keys included) that is unsafe, with its
 * field as a dotted path (`rows.0.description`; a bad key is named by its object's path), in
 * document order. Walks iteratively, so no depth of nesting overflows the stack.
 */
export function findUnsafeText(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: [unknown, string][] = [[value, root]];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const [current, path] = stack.pop()!;
    const field = path || 'body';
    if (typeof current === 'string') {
      const problem = unsafeTextProblem(current);
      if (problem) problems.push({ field, problem });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const entries = Array.isArray(current)
      ? current.map((item, i): [string, unknown] => [String(i), item])
      : Object.entries(current);
    const children: [unknown, string][] = [];
    for (const [key, item] of entries) {
      const keyProblem = Array.isArray(current) ? null : unsafeTextProblem(key);
      if (keyProblem) problems.push({ field, problem: `has a key that ${keyProblem}` });
      else children.push([item, join(path, key)]);
    }
    stack.push(...children.reverse());
  }
  return problems;
}
