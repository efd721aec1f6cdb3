import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { formatPath, type PathPart, type Problem } from './problems';

/** Bigger than any sane rules file, small enough that checking one is instant. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Deeper than the language ever nests. */
const MAX_DEPTH = 16;
/** YAML aliases can multiply a small file into a huge one ("billion laughs"). */
const MAX_ALIASES = 20;

/**
 * A parsed YAML file that can say where a path of the parsed data was written,
 * so that every problem carries its line and column.
 */
export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    readonly data: unknown,
  ) {}

  /** Parses the text; returns the problems instead when it is not usable YAML. */
  static parse(file: string, text: string): YamlSource | Problem[] {
    const at = (line: number, column: number, message: string): Problem[] => [
      { severity: 'error', file, line, column, path: '', message },
    ];
    if (typeof text !== 'string') return at(1, 1, 'the file is not text');
    if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
      return at(
        1,
        1,
        `the file is larger than ${MAX_FILE_BYTES / 1024} KiB; split it or remove what is not needed`,
      );
    }
    if (text.trim() === '') return at(1, 1, 'the file is empty');
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length > 0) {
      return doc.errors.slice(0, 20).map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return {
          severity: 'error' as const,
          file,
          line: pos.line,
          column: pos.col,
          path: '',
          message: `this is not valid YAML: ${yamlMessage(e.code, e.message)}`,
        };
      });
    }
    const tooDeep = findTooDeep(doc.contents, 0);
    if (tooDeep) {
      const pos = lines.linePos(tooDeep.range?.[0] ?? 0);
      return at(
        pos.line,
        pos.col,
        `the rules nest deeper than ${MAX_DEPTH} levels; the language never needs that`,
      );
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      return at(1, 1, `the file cannot be read: ${(error as Error).message}`);
    }
    if (data === null || data === undefined) return at(1, 1, 'the file is empty');
    return new YamlSource(file, doc, lines, data);
  }

  /** Line and column of the value at `path`, or of its nearest written ancestor. */
  position(path: readonly PathPart[], offsetInValue = 0): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        // A quoted scalar starts with its quote; an offset into the text skips it.
        const quoted =
          isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
        const pos = this.lines.linePos(
          node.range[0] + (n === path.length ? offsetInValue + (offsetInValue ? quoted : 0) : 0),
        );
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  }

  /** Line and column of the key of the last step of `path` (for "unknown key"). */
  keyPosition(path: readonly PathPart[]): { line: number; column: number } {
    const parent = this.doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1],
      );
      if (pair && isScalar(pair.key) && pair.key.range) {
        const pos = this.lines.linePos(pair.key.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return this.position(path);
  }

  problem(
    severity: Problem['severity'],
    path: readonly PathPart[],
    message: string,
    options: { atKey?: boolean; offset?: number } = {},
  ): Problem {
    const pos = options.atKey ? this.keyPosition(path) : this.position(path, options.offset);
    return {
      severity,
      file: this.file,
      line: pos.line,
      column: pos.column,
      path: formatPath(path),
      message,
    };
  }
}

function findTooDeep(node: unknown, depth: number): Node | undefined {
  if (!isCollection(node)) return undefined;
  if (depth >= MAX_DEPTH) return node;
  for (const item of node.items) {
    const child = isPair(item) ? item.value : item;
    const found = findTooDeep(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same place';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `${first} (check the indentation and the colons)`;
    default:
      return first;
  }
}

export { isSeq, isMap };
