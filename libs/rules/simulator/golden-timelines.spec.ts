import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkRuleSet } from '../checker/check-rule-set';
import { listRuleSetDirs, readRuleSetSource } from '../files/rule-files';
import { parseScenario } from './scenario';
import { formatTimeline, simulate } from './simulate';

/**
 * Golden timelines: every scenario shipped beside the rules (rules/<id>/scenarios/*.yaml)
 * simulates to the timeline committed beside it (*.timeline). A rule change that
 * changes what happens shows here as a diff. To accept new timelines after a
 * deliberate change: UPDATE_GOLDEN=1 npm run test:unit
 */
const cases = listRuleSetDirs().flatMap((dir) => {
  const scenarios = join(dir, 'scenarios');
  if (!existsSync(scenarios)) return [];
  return readdirSync(scenarios)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`${basename(dir)}/${f}`, dir, join(scenarios, f)] as const);
});

describe('golden timelines of the shipped rules', () => {
  it('has scenarios for every shipped rule set', () => {
    const withScenarios = new Set(cases.map(([, dir]) => dir));
    expect(listRuleSetDirs().filter((d) => !withScenarios.has(d))).toEqual([]);
  });

  it.each(cases)('%s', (_name, dir, scenarioFile) => {
    const checked = checkRuleSet(readRuleSetSource(dir));
    if (!checked.ok) throw new Error(`${dir} does not check`);
    const parsed = parseScenario(scenarioFile, readFileSync(scenarioFile, 'utf8'));
    if ('problems' in parsed) throw new Error(JSON.stringify(parsed.problems));
    const timeline = formatTimeline(simulate(checked.rules, parsed.scenario).timeline);
    const goldenFile = scenarioFile.replace(/\.yaml$/, '.timeline');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenFile))
      writeFileSync(goldenFile, timeline);
    expect(timeline).toBe(readFileSync(goldenFile, 'utf8'));
  });
});
