import { parseDuration } from '../values/duration';
import { ExpressionError, fieldsOf, parseExpression } from '../language/expression';
import {
  CONDITION_FIELDS,
  customFieldOf,
  type CustomFieldReference,
  SETTABLE_FIELDS,
  unknownFieldReason,
} from '../language/fields';
import {
  ACTIVITY_TYPES,
  type ActivityType,
  type Assignee,
  type Condition,
  type Duration,
  type LossReason,
  type RuleSetKind,
  type StageKind,
} from '../language/rule-set';
import { type PathPart, type Problem, suggestion } from './problems';
import { checkTemplateText } from './templates';
import { type YamlSource } from './yaml-source';

export type Json = Record<string, unknown>;

/** A team named by the rules (`assign: { round_robin: inbound }`), and where it is named. */
export interface TeamReference {
  team: string;
  at: Pick<Problem, 'file' | 'line' | 'column' | 'path'>;
}

/** A quote template named by the rules (`send_quote: { quote_template: standard }`), and where. */
export interface QuoteTemplateReference {
  code: string;
  at: Pick<Problem, 'file' | 'line' | 'column' | 'path'>;
}

/** A custom field a condition or set_field names (`deal.custom.budget.amount`), and where. */
export interface CustomFieldUse extends CustomFieldReference {
  /** The money part read (`amount`, `currency`), if any. */
  part?: string;
  at: Pick<Problem, 'file' | 'line' | 'column' | 'path'>;
}

/** Ids of rule sets and stages. */
export const ID = /^[a-z][a-z0-9_-]{0,62}$/;

/**
 * What every part of the checker shares: the problems found so far (each located in the YAML),
 * the kind of rules, the templates (and which are used), and the checks of single values —
 * durations, activity types, assignees, template names and texts, fields and conditions.
 */
export class CheckContext {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  kind: RuleSetKind = 'pipeline';
  templateNames = new Set<string>();
  readonly usedTemplates = new Set<string>();
  /** The teams that round-robin assignments name, where: checked against the teams at publish. */
  readonly teams: TeamReference[] = [];
  /** The quote templates send_quote names, where: checked against the templates at publish. */
  readonly quoteTemplates: QuoteTemplateReference[] = [];
  /** The custom fields conditions and set_field name: checked against the definitions at publish. */
  readonly customFields: CustomFieldUse[] = [];
  /** The pipeline's loss reasons, read before the stages (undefined: it names none). */
  lossReasons: LossReason[] | undefined;
  /** Each stage's kind as written, read before the stages: what a move's loss_reason needs. */
  stageKinds = new Map<string, StageKind>();

  constructor(readonly yaml: YamlSource) {}

  error(path: PathPart[], message: string, options?: { atKey?: boolean; offset?: number }) {
    this.errors.push(this.yaml.problem('error', path, message, options));
  }

  warn(path: PathPart[], message: string) {
    this.warnings.push(this.yaml.problem('warning', path, message));
  }

  duration(value: unknown, path: PathPart[]): Duration | undefined {
    const result = parseDuration(value);
    if (!result.ok) {
      this.error(path, result.reason);
      return undefined;
    }
    return result.duration;
  }

  activityType(value: unknown, path: PathPart[]): ActivityType | undefined {
    if (typeof value === 'string' && (ACTIVITY_TYPES as readonly string[]).includes(value))
      return value as ActivityType;
    this.error(
      path,
      `the activity type is one of: ${ACTIVITY_TYPES.join(', ')}${typeof value === 'string' ? suggestion(value, ACTIVITY_TYPES) : ''}`,
    );
    return undefined;
  }

  assignee(value: unknown, path: PathPart[]): Assignee | undefined {
    if (value === 'responsible') return { kind: 'responsible' };
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Json;
      if (typeof v.user === 'string' && v.user && v.round_robin === undefined)
        return { kind: 'user', user: v.user };
      if (typeof v.round_robin === 'string' && v.round_robin && v.user === undefined) {
        const at = this.yaml.problem('error', [...path, 'round_robin'], '');
        this.teams.push({
          team: v.round_robin,
          at: { file: at.file, line: at.line, column: at.column, path: at.path },
        });
        return { kind: 'round_robin', team: v.round_robin };
      }
    }
    this.error(
      path,
      'assign to "responsible", a named user ({ user: anna }) or round robin in a team ({ round_robin: sales-east })',
    );
    return undefined;
  }

  templateRef(value: unknown, path: PathPart[]): string | undefined {
    if (typeof value !== 'string') {
      this.error(path, 'name an email template from the templates folder');
      return undefined;
    }
    this.usedTemplates.add(value);
    if (!this.templateNames.has(value)) {
      const names = [...this.templateNames];
      this.error(
        path,
        `there is no template "${value}"${suggestion(value, names)} (templates: ${names.join(', ') || 'none'}); add templates/${value}.hbs beside the rules`,
      );
      return undefined;
    }
    return value;
  }

  quoteTemplateRef(value: unknown, path: PathPart[]): string | undefined {
    if (typeof value !== 'string' || !ID.test(value)) {
      this.error(
        path,
        'name a quote template by its code (lowercase letters, digits, "-" or "_"), like standard',
      );
      return undefined;
    }
    const at = this.yaml.problem('error', path, '');
    this.quoteTemplates.push({
      code: value,
      at: { file: at.file, line: at.line, column: at.column, path: at.path },
    });
    return value;
  }

  /** A short template inside the rules (an activity's subject), checked like the template files. */
  templateString(value: unknown, path: PathPart[]): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.error(path, 'a text is needed');
      return undefined;
    }
    for (const problem of checkTemplateText(value, this.kind)) {
      this.error(path, problem.message, { offset: problem.offset });
    }
    return value;
  }

  /** A field `set_field` may set: the record's own (not its stage, currency or parties). */
  settableField(field: string, path: PathPart[]): boolean {
    const reason = unknownFieldReason(field.split('.'), SETTABLE_FIELDS[this.kind]);
    if (reason) this.error(path, `set_field sets a field of the record itself: ${reason}`);
    else this.noteCustomField(field.split('.'), path);
    return !reason;
  }

  fieldName(field: string, path: PathPart[]): boolean {
    const reason = unknownFieldReason(field.split('.'), CONDITION_FIELDS[this.kind]);
    if (reason) this.error(path, reason);
    else this.noteCustomField(field.split('.'), path);
    return !reason;
  }

  private noteCustomField(field: readonly string[], path: PathPart[]) {
    const named = customFieldOf(field);
    if (!named) return;
    const at = this.yaml.problem('warning', path, '');
    this.customFields.push({
      ...named,
      ...(field[3] !== undefined ? { part: field[3] } : {}),
      at: { file: at.file, line: at.line, column: at.column, path: at.path },
    });
  }

  condition(value: unknown, path: PathPart[]): Condition | undefined {
    if (typeof value !== 'string' && typeof value !== 'boolean') {
      this.error(path, 'a condition is an expression, like deal.amount >= 10000');
      return undefined;
    }
    const source = String(value);
    try {
      const expr = parseExpression(source);
      for (const field of fieldsOf(expr)) {
        const reason = unknownFieldReason(field, CONDITION_FIELDS[this.kind]);
        if (reason) {
          this.error(path, reason, { offset: Math.max(0, source.indexOf(field.join('.'))) });
          return undefined;
        }
        this.noteCustomField(field, path);
      }
      return { source };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      this.error(path, error.message, { offset: error.index ?? 0 });
      return undefined;
    }
  }
}
