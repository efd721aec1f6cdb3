import { type EmailTemplate, type RuleSet, type RuleSetKind } from '../language/rule-set';
import {
  CheckContext,
  ID,
  type Json,
  type CustomFieldUse,
  type QuoteTemplateReference,
  type TeamReference,
} from './check-context';
import { type Problem } from './problems';
import { readLossReasons, stageKindsOf } from './loss-reasons';
import { checkStages } from './stage-graph';
import { readStage } from './stage-reader';
import { checkStructure } from './structure';
import { checkTemplates, type TemplateFile } from './templates';
import { YamlSource } from './yaml-source';

// The checker, by what it checks: the YAML's shape (structure.ts), the templates
// (templates.ts), each stage as written (stage-reader.ts: transitions, follow-ups, escalations;
// event-filter.ts; actions.ts), single values (check-context.ts), and the stages together
// (stage-graph.ts). This file runs them in order and builds the interpreter's rules.

/** A rule set as sales ops keep it: the rules file and the templates beside it. */
export interface RuleSetSource {
  /** The rules file's path, as problems name it. */
  file: string;
  text: string;
  templates: TemplateFile[];
}

export type CheckResult =
  | {
      ok: true;
      rules: RuleSet;
      warnings: Problem[];
      teams: TeamReference[];
      quoteTemplates: QuoteTemplateReference[];
      customFields: CustomFieldUse[];
    }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Checks a rule set, schema and meaning, and returns it in the interpreter's
 * shape. Every problem names the file, line, column and the path inside the
 * rules. Never throws on bad input.
 */
export function checkRuleSet(source: RuleSetSource): CheckResult {
  const parsed = YamlSource.parse(source.file, source.text);
  if (Array.isArray(parsed)) return { ok: false, errors: parsed, warnings: [] };
  const ctx = new CheckContext(parsed);
  try {
    return check(ctx, source.templates);
  } catch (error) {
    // A checker bug must still answer with a problem, never a stack trace.
    return {
      ok: false,
      errors: [
        parsed.problem('error', [], `the rules could not be checked: ${(error as Error).message}`),
      ],
      warnings: [],
    };
  }
}

/** In reading order: file, line, column. */
function sorted(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

function check(ctx: CheckContext, templateFiles: TemplateFile[]): CheckResult {
  const structural = checkStructure(ctx.yaml);
  ctx.errors.push(...structural.problems);
  if (structural.fatal) return { ok: false, errors: ctx.errors, warnings: [] };
  const top = ctx.yaml.data as Json;
  ctx.kind = top.kind as RuleSetKind;

  const templates = checkTemplates(templateFiles, ctx.kind);
  ctx.errors.push(...templates.problems);
  ctx.templateNames = new Set(Object.keys(templates.templates));

  if (!ID.test(String(top.id))) {
    ctx.error(['id'], 'an id is lowercase letters, digits, "-" or "_", starting with a letter');
  }
  if (ctx.kind === 'lead' && top.currency !== undefined) {
    ctx.error(['currency'], 'lead rules have no currency; only deal pipelines do');
  }

  const stagesData = top.stages as Json[];
  ctx.lossReasons = readLossReasons(ctx, top.loss_reasons);
  ctx.stageKinds = stageKindsOf(stagesData);
  const stages = stagesData.map((s, i) => readStage(ctx, s, i));
  checkStages(ctx, stages);
  for (const name of ctx.templateNames) {
    if (!ctx.usedTemplates.has(name)) {
      const file = templateFiles.find((t) => t.name === name);
      ctx.warnings.push({
        severity: 'warning',
        file: file?.file ?? ctx.yaml.file,
        line: 1,
        column: 1,
        path: '',
        message: `the template "${name}" is not used by any rule`,
      });
    }
  }

  if (ctx.errors.length > 0)
    return { ok: false, errors: sorted(ctx.errors), warnings: sorted(ctx.warnings) };
  const rules: RuleSet = {
    kind: ctx.kind,
    id: String(top.id),
    name: String(top.name),
    version: Number(top.version),
    ...(top.currency !== undefined ? { currency: String(top.currency) } : {}),
    wonRequiresPayment: ctx.kind === 'pipeline' ? top.won_requires_payment !== false : false,
    // Only when named: versions published before loss reasons keep their content as it was.
    ...(ctx.lossReasons ? { lossReasons: ctx.lossReasons } : {}),
    stages: [...stages].sort((a, b) => a.order - b.order),
    templates: templates.templates as Record<string, EmailTemplate>,
  };
  return {
    ok: true,
    rules,
    warnings: sorted(ctx.warnings),
    teams: ctx.teams,
    quoteTemplates: ctx.quoteTemplates,
    customFields: ctx.customFields,
  };
}
