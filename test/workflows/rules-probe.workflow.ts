import { handle, type RuleSet, type RulesEvent, start, type Step } from '../../libs/rules';

/**
 * Proves that the rules interpreter runs inside the workflow sandbox: the
 * lead and deal workflows call it exactly like this.
 */
export async function rulesProbe(rules: RuleSet, events: RulesEvent[]): Promise<Step> {
  let step = start(rules, { deal: { title: 'Probe', amount: '100.00' } }, 0);
  for (const event of events) step = handle(rules, step.state, event);
  return step;
}
