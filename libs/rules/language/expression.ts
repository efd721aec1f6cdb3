import Decimal from 'decimal.js';
import jsep from 'jsep';

/**
 * The small, safe expression language of conditions:
 *
 *   deal.amount >= 10000 and deal.source in ["web", "partner"]
 *   not (lead.custom.segment == "enterprise") or lead.email != null
 *
 * Field paths, string / number / boolean / null literals, lists, comparison
 * (== != < <= > >=), `in`, and / or / not (also && || !), parentheses.
 * Parsed into a tree and interpreted: never eval'd, no function calls, no
 * computed member access, and a field is read only through own properties, so
 * an expression cannot reach the runtime (`constructor`, `__proto__`, ...).
 * Numbers compare as exact decimals, so money strings ("10000.50") compare right.
 */

export type Expr =
  | { kind: 'field'; path: string[] }
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'logical'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'compare'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: Expr; right: Expr }
  | { kind: 'in'; left: Expr; right: Expr };

export class ExpressionError extends Error {
  constructor(
    message: string,
    /** 0-based offset in the source, when known. */
    readonly index?: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

const MAX_LENGTH = 500;
const MAX_DEPTH = 32;
const FORBIDDEN_NAMES = new Set(['constructor', '__proto__', 'prototype', 'this', 'globalThis']);

// jsep is configured once, for this language only.
jsep.addBinaryOp('and', 1);
jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('in', 7);
jsep.addUnaryOp('not');
// Operators the language does not have are removed, so they fail to parse.
for (const op of ['|', '^', '&', '<<', '>>', '>>>', '===', '!==', '+', '-', '*', '/', '%']) {
  jsep.removeBinaryOp(op);
}
for (const op of ['~', '+']) jsep.removeUnaryOp(op);
jsep.removeIdentifierChar('$');

type Node = jsep.Expression;

export function parseExpression(source: string): Expr {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new ExpressionError('the condition is empty');
  }
  if (source.length > MAX_LENGTH) {
    throw new ExpressionError(`the condition is longer than ${MAX_LENGTH} characters`);
  }
  let tree: Node;
  try {
    tree = jsep(source);
  } catch (error) {
    const e = error as Error & { index?: number; description?: string };
    throw new ExpressionError(
      `cannot read the condition: ${e.description ?? e.message}`.replace(/ at character \d+$/, ''),
      e.index,
    );
  }
  return convert(tree, 0);
}

function convert(node: Node, depth: number): Expr {
  if (depth > MAX_DEPTH) throw new ExpressionError('the condition is nested too deeply');
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (value instanceof RegExp) throw new ExpressionError('regular expressions are not allowed');
      return { kind: 'literal', value: value as string | number | boolean | null };
    }
    case 'Identifier':
    case 'MemberExpression':
      return { kind: 'field', path: fieldPath(node) };
    case 'ArrayExpression':
      return {
        kind: 'list',
        items: (node as jsep.ArrayExpression).elements.map((e) => {
          if (!e) throw new ExpressionError('a list has an empty item');
          return convert(e, depth + 1);
        }),
      };
    case 'UnaryExpression': {
      const u = node as jsep.UnaryExpression;
      if (u.operator === '!' || u.operator === 'not') {
        return { kind: 'not', operand: convert(u.argument, depth + 1) };
      }
      if (
        u.operator === '-' &&
        u.argument.type === 'Literal' &&
        typeof (u.argument as jsep.Literal).value === 'number'
      ) {
        return { kind: 'literal', value: -((u.argument as jsep.Literal).value as number) };
      }
      throw new ExpressionError(`the operator "${u.operator}" is not allowed here`);
    }
    case 'BinaryExpression': {
      const b = node as jsep.BinaryExpression;
      const left = convert(b.left, depth + 1);
      const right = convert(b.right, depth + 1);
      switch (b.operator) {
        case 'and':
        case '&&':
          return { kind: 'logical', op: 'and', left, right };
        case 'or':
        case '||':
          return { kind: 'logical', op: 'or', left, right };
        case '==':
        case '!=':
        case '<':
        case '<=':
        case '>':
        case '>=':
          return { kind: 'compare', op: b.operator, left, right };
        case 'in':
          return { kind: 'in', left, right };
        default:
          throw new ExpressionError(`the operator "${b.operator}" is not allowed`);
      }
    }
    case 'CallExpression':
      throw new ExpressionError('function calls are not allowed in conditions');
    case 'Compound':
      throw new ExpressionError('a condition is one expression; join parts with "and" or "or"');
    default:
      throw new ExpressionError(`"${node.type}" is not allowed in conditions`);
  }
}

function fieldPath(node: Node): string[] {
  if (node.type === 'Identifier') {
    const name = (node as jsep.Identifier).name;
    if (FORBIDDEN_NAMES.has(name)) throw new ExpressionError(`"${name}" is not a field`);
    return [name];
  }
  if (node.type === 'MemberExpression') {
    const m = node as jsep.MemberExpression;
    if (m.computed)
      throw new ExpressionError('fields are written with dots, like deal.amount, not with [ ]');
    return [...fieldPath(m.object), ...fieldPath(m.property)];
  }
  throw new ExpressionError('only field names may be joined with dots');
}

/** Every field path an expression reads (for the checker). */
export function fieldsOf(expr: Expr): string[][] {
  switch (expr.kind) {
    case 'field':
      return [expr.path];
    case 'literal':
      return [];
    case 'list':
      return expr.items.flatMap(fieldsOf);
    case 'not':
      return fieldsOf(expr.operand);
    default:
      return [...fieldsOf(expr.left), ...fieldsOf(expr.right)];
  }
}

export type Scope = Record<string, unknown>;

type Value = string | number | boolean | null | Value[];

function read(scope: Scope, path: string[]): Value {
  let current: unknown = scope;
  for (const part of path) {
    if (
      current === null ||
      typeof current !== 'object' ||
      !Object.prototype.hasOwnProperty.call(current, part)
    ) {
      return null;
    }
    current = (current as Record<string, unknown>)[part];
  }
  if (current === undefined) return null;
  if (Array.isArray(current)) return current as Value[];
  if (['string', 'number', 'boolean'].includes(typeof current) || current === null)
    return current as Value;
  return null;
}

function asDecimal(v: Value): Decimal | null {
  if (typeof v === 'number') return new Decimal(v);
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return new Decimal(v.trim());
  return null;
}

function equal(a: Value, b: Value): boolean {
  const da = asDecimal(a);
  const db = asDecimal(b);
  if (da && db) return da.equals(db);
  return a === b;
}

function evaluate(expr: Expr, scope: Scope): Value {
  switch (expr.kind) {
    case 'field':
      return read(scope, expr.path);
    case 'literal':
      return expr.value;
    case 'list':
      return expr.items.map((i) => evaluate(i, scope));
    case 'not':
      return !truthy(evaluate(expr.operand, scope));
    case 'logical': {
      const left = truthy(evaluate(expr.left, scope));
      if (expr.op === 'and') return left && truthy(evaluate(expr.right, scope));
      return left || truthy(evaluate(expr.right, scope));
    }
    case 'in': {
      const list = evaluate(expr.right, scope);
      const item = evaluate(expr.left, scope);
      return Array.isArray(list) && list.some((v) => equal(v, item));
    }
    case 'compare': {
      const a = evaluate(expr.left, scope);
      const b = evaluate(expr.right, scope);
      if (expr.op === '==') return equal(a, b);
      if (expr.op === '!=') return !equal(a, b);
      const da = asDecimal(a);
      const db = asDecimal(b);
      // Ordering needs two numbers, or two strings; anything else (a missing field) is false.
      let order: number;
      if (da && db) order = da.comparedTo(db);
      else if (typeof a === 'string' && typeof b === 'string') order = a < b ? -1 : a > b ? 1 : 0;
      else return false;
      return expr.op === '<'
        ? order < 0
        : expr.op === '<='
          ? order <= 0
          : expr.op === '>'
            ? order > 0
            : order >= 0;
    }
  }
}

function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== false && v !== '' && v !== 0;
}

/** Whether the condition holds for the record's fields. */
export function holds(expr: Expr, scope: Scope): boolean {
  return truthy(evaluate(expr, scope));
}

const cache = new Map<string, Expr>();

/** Parses once per source text; the interpreter calls this on every evaluation. */
export function conditionHolds(source: string, scope: Scope): boolean {
  let expr = cache.get(source);
  if (!expr) {
    expr = parseExpression(source);
    if (cache.size > 1000) cache.clear();
    cache.set(source, expr);
  }
  return holds(expr, scope);
}
