import { type EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../errors';
import { type RuleSet } from '../../rules/language/rule-set';
import { type RulesPublisher } from '../../rules/publishing/rules-publisher';
import { type Lead } from './lead.entity';

/** The rules a lead lives under (its rule set at its version); refused when not published. */
export async function leadRulesOf(
  publisher: RulesPublisher,
  em: EntityManager,
  lead: Lead,
): Promise<RuleSet> {
  const rules = await publisher.content(lead.ruleSetId, lead.rulesVersion, em);
  if (!rules)
    throw new DomainError(
      'rules-missing',
      `rules ${lead.ruleSetId} v${lead.rulesVersion} of lead ${lead.id} are not published`,
    );
  return rules;
}
