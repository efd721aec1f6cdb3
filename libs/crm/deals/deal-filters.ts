import { type FilterQuery } from '@mikro-orm/postgresql';
import { type RuleSet } from '../../rules';
import { type ListQueryDto } from '../lists/list-query.dto';
import { containsPattern } from '../lists/text-search';
import { and, range, recordListWhere } from '../records/records';
import { reachedCondition, type ReachedQuery } from '../stages/reached-filter';
import { type Principal } from '../users/role';
import { type Deal } from './deal.entity';

/** The filters a deal list, the board's columns and its totals share. */
export interface DealFilters extends ReachedQuery {
  responsibleId?: string;
  teamId?: string;
  pipelineId?: string;
  stage?: string;
  outcome?: string;
  companyId?: string;
  contactId?: string;
  source?: string;
  /** Lost for this reason (a code of the rules' loss reasons). */
  lossReason?: string;
  q?: string;
  archived?: boolean;
  closedFrom?: Date;
  closedTo?: Date;
  amountMin?: string;
  amountMax?: string;
  /** Expected to close on or after this calendar date (`YYYY-MM-DD`). */
  expectedCloseFrom?: string;
  /** Expected to close before this calendar date. */
  expectedCloseTo?: string;
  /** false: only deals without an expected close date; true: only those with one. */
  hasExpectedClose?: boolean;
  /** Custom field filters, `<code>:<value>` each (customFilterWhere). */
  custom?: string[];
}

/**
 * The deals a caller may see that match the filters, as a MikroORM condition; `rules` (the
 * pipeline's latest) only for a reachedStage filter.
 */
export function dealListWhere(
  p: Principal,
  q: Omit<ListQueryDto, 'limit'> & DealFilters,
  rules: RuleSet | null,
): FilterQuery<Deal> {
  return and(
    recordListWhere(p, q),
    {
      ...(q.pipelineId ? { pipelineId: q.pipelineId } : {}),
      ...(q.stage ? { stage: q.stage } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
      ...(q.companyId ? { company: q.companyId } : {}),
      ...(q.contactId ? { contact: q.contactId } : {}),
      ...(q.source ? { source: q.source } : {}),
      ...(q.lossReason ? { lossReason: q.lossReason } : {}),
      ...(q.q ? { title: { $ilike: containsPattern(q.q) } } : {}),
    },
    range('closedAt', q.closedFrom, q.closedTo),
    range('amount', q.amountMin, q.amountMax),
    range('expectedCloseDate', q.expectedCloseFrom, q.expectedCloseTo),
    q.hasExpectedClose === undefined
      ? {}
      : { expectedCloseDate: q.hasExpectedClose ? { $ne: null } : null },
    reachedCondition('deal', rules, q),
  ) as FilterQuery<Deal>;
}
