import { checkRuleSet, type RuleSetSource } from '../../../libs/rules/checker/check-rule-set';
import { RULES_FILE, TEMPLATES_DIR } from '../../../libs/rules/files/rule-files';
import { type RuleSet } from '../../../libs/rules/language/rule-set';
import { RulesInvalidError } from '../../../libs/rules/publishing/rules-publisher';
import { InvalidFieldsError } from '../../../libs/errors';

// Rules files as requests send them: `{ "rules.yaml": "…", "templates/quote.hbs": "…" }`.

const TEMPLATE_PATH = new RegExp(`^${TEMPLATES_DIR}/([a-z][a-z0-9_-]{0,62})\\.hbs$`);

/** The files of a request as a rule set source; a wrong path is a 400 naming it. */
export function toSource(files: Record<string, string>, field = 'files'): RuleSetSource {
  const problems: { field: string; problem: string }[] = [];
  if (typeof files[RULES_FILE] !== 'string')
    problems.push({ field: `${field}.${RULES_FILE}`, problem: `${RULES_FILE} is required` });
  const templates: RuleSetSource['templates'] = [];
  for (const [path, text] of Object.entries(files)) {
    if (typeof text !== 'string')
      problems.push({ field: `${field}.${path}`, problem: 'must be the text of the file' });
    else if (path === RULES_FILE) continue;
    else {
      const match = TEMPLATE_PATH.exec(path);
      if (!match)
        problems.push({
          field: `${field}.${path}`,
          problem: `a file is ${RULES_FILE} or ${TEMPLATES_DIR}/<name>.hbs`,
        });
      else templates.push({ name: match[1], file: path, text });
    }
  }
  if (problems.length > 0) throw new InvalidFieldsError(problems, { malformed: true });
  return { file: RULES_FILE, text: files[RULES_FILE], templates };
}

export function checked(source: RuleSetSource): RuleSet {
  const result = checkRuleSet(source);
  if (!result.ok) throw new RulesInvalidError(result.errors, result.warnings);
  return result.rules;
}
