import { checkRuleSet } from '../checker/check-rule-set';
import { formatProblem } from '../checker/problems';
import { type TemplateFile } from '../checker/templates';
import { type RuleSet } from '../language/rule-set';

/** For tests: checks YAML rules and returns them, or throws with the problems. */
export function compileRules(text: string, templateNames: string[] = []): RuleSet {
  const templates: TemplateFile[] = templateNames.map((name) => ({
    name,
    file: `templates/${name}.hbs`,
    text: `---\nsubject: ${name}\n---\n<p>${name}</p>\n`,
  }));
  const result = checkRuleSet({ file: 'test-rules.yaml', text, templates });
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return result.rules;
}
