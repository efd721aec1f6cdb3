import { readRuleSetSource } from '../../libs/rules/files/rule-files';
import { sourceFiles } from '../../libs/rules/publishing/rules-publisher';

/** The shipped b2b files, as the API takes them, changed by `edit`, at `version`. */
export function b2bFiles(version: number, edit: (yaml: string) => string = (y) => y) {
  const files = sourceFiles(readRuleSetSource('rules/b2b'));
  files['rules.yaml'] = edit(files['rules.yaml'].replace(/^version: \d+$/m, `version: ${version}`));
  return files;
}

/** "Shorten the quote follow-up from 3 to 2 days" (docs/rules.md#impact-preview). */
export const shorterFollowUp = (yaml: string) =>
  yaml.replace(
    /( {6}- every: )3d(\n {8}times: 2\n {8}do:\n {10}- send_email: \{ template: quote-reminder)/,
    '$12d$2',
  );
