import { checkRuleSet } from '../checker/check-rule-set';
import { formatProblem } from '../checker/problems';
import { listRuleSetDirs, readRuleSetSource } from './rule-files';

describe('the shipped rules', () => {
  it.each(listRuleSetDirs().map((d) => [d]))('in %s check without warnings', (dir) => {
    const result = checkRuleSet(readRuleSetSource(dir));
    expect(
      result.ok ? result.warnings.map(formatProblem) : result.errors.map(formatProblem),
    ).toEqual([]);
  });
});
