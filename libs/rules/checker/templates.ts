import Handlebars from 'handlebars';
import { parse as parseYaml } from 'yaml';
import { TEMPLATE_FIELDS, unknownFieldReason } from '../language/fields';
import { type EmailTemplate, type RuleSetKind } from '../language/rule-set';
import { isTemplateHelper, TEMPLATE_HELPERS } from '../language/template-helpers';
import { type Problem } from './problems';

/** An email template file beside the rules: `templates/<name>.hbs`. */
export interface TemplateFile {
  name: string;
  file: string;
  text: string;
}

const MAX_TEMPLATE_BYTES = 64 * 1024;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const NAME = /^[a-z][a-z0-9_-]{0,62}$/;

interface TextProblem {
  message: string;
  /** 0-based offset in the text. */
  offset: number;
  line: number;
  column: number;
}

/**
 * A template's text: Handlebars syntax, naming only known fields. Helpers other than those of
 * TEMPLATE_HELPERS, and partials, are refused, so a template cannot run code.
 */
export function checkTemplateText(
  text: string,
  kind: RuleSetKind | Record<string, readonly string[]>,
): TextProblem[] {
  const fields = typeof kind === 'string' ? TEMPLATE_FIELDS[kind] : kind;
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    const match = /line (\d+)/.exec((error as Error).message);
    const line = match ? Number(match[1]) : 1;
    return [{ message: `the template cannot be read: ${message}`, offset: 0, line, column: 1 }];
  }
  const problems: TextProblem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const at = (loc: hbs.AST.SourceLocation | undefined, message: string) => {
    const line = loc?.start.line ?? 1;
    const column = (loc?.start.column ?? 0) + 1;
    problems.push({ message, line, column, offset: (lineStarts[line - 1] ?? 0) + column - 1 });
  };
  const visit = (node: hbs.AST.Node | undefined | null): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (m.params.length > 0 || (m.hash && m.hash.pairs.length > 0)) {
          visitHelper(m);
          return;
        }
        visitPath(m.path, m.loc);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const helper = (b.path as hbs.AST.PathExpression).original;
        if (helper !== 'if' && helper !== 'unless') {
          at(
            b.loc,
            `only {{#if field}} and {{#unless field}} blocks are allowed, not {{#${helper}}}`,
          );
          return;
        }
        b.params.forEach((p) => visitPath(p, b.loc));
        visit(b.program);
        visit(b.inverse);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
      case 'Decorator':
        at(node.loc, 'partials and decorators are not allowed in templates');
        return;
      default:
        return;
    }
  };
  const visitHelper = (m: hbs.AST.MustacheStatement) => {
    const name =
      m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
    if (!isTemplateHelper(name)) {
      const known = Object.values(TEMPLATE_HELPERS).map((h) => h.example);
      at(m.loc, `templates show fields, like {{deal.title}}, or use ${known.join(', ')}`);
      return;
    }
    const helper = TEMPLATE_HELPERS[name];
    if (m.params.length !== helper.arguments.length || (m.hash && m.hash.pairs.length > 0)) {
      at(m.loc, `${name} takes ${helper.arguments.join(' and ')}, like ${helper.example}`);
      return;
    }
    m.params.forEach((p) => visitPath(p, m.loc));
  };
  const visitPath = (expr: hbs.AST.Expression, loc: hbs.AST.SourceLocation) => {
    if (expr.type !== 'PathExpression') {
      at(loc, 'templates show fields only, like {{deal.title}}');
      return;
    }
    const path = expr as hbs.AST.PathExpression;
    if (path.data || path.depth > 0 || path.original.includes('[')) {
      at(loc, `"${path.original}" is not a field`);
      return;
    }
    const reason = unknownFieldReason(path.parts, fields);
    if (reason) at(loc, reason);
  };
  visit(program);
  return problems;
}

/** Reads and checks every template file; returns the templates by name. */
export function checkTemplates(
  files: TemplateFile[],
  kind: RuleSetKind,
): { templates: Record<string, EmailTemplate>; problems: Problem[] } {
  const templates: Record<string, EmailTemplate> = {};
  const problems: Problem[] = [];
  for (const f of files) {
    const problem = (line: number, column: number, message: string, path = '') =>
      problems.push({ severity: 'error', file: f.file, line, column, path, message });
    if (!NAME.test(f.name)) {
      problem(
        1,
        1,
        'a template file name is lowercase letters, digits, "-" or "_", ending in .hbs',
      );
      continue;
    }
    if (Buffer.byteLength(f.text, 'utf8') > MAX_TEMPLATE_BYTES) {
      problem(1, 1, `the template is larger than ${MAX_TEMPLATE_BYTES / 1024} KiB`);
      continue;
    }
    const front = FRONT_MATTER.exec(f.text);
    if (!front) {
      problem(
        1,
        1,
        'a template starts with its subject between two "---" lines:\n---\nsubject: Your quote {{quote.number}}\n---',
      );
      continue;
    }
    let meta: unknown;
    try {
      meta = parseYaml(front[1], { maxAliasCount: 0 });
    } catch (error) {
      problem(
        2,
        1,
        `the lines between "---" are not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      );
      continue;
    }
    const subject = (meta as { subject?: unknown } | null)?.subject;
    if (typeof subject !== 'string' || subject.trim() === '') {
      problem(2, 1, 'the template needs "subject: ..." between the "---" lines');
      continue;
    }
    const body = f.text.slice(front[0].length);
    const bodyFirstLine = front[0].split('\n').length;
    for (const p of checkTemplateText(subject, kind)) problem(2, p.column, p.message, 'subject');
    for (const p of checkTemplateText(body, kind))
      problem(bodyFirstLine + p.line - 1, p.column, p.message, 'body');
    if (body.trim() === '') problem(bodyFirstLine, 1, 'the template has no body');
    templates[f.name] = { subject, body };
  }
  return { templates, problems };
}
