import { Reference } from '@mikro-orm/postgresql';
import { User } from '../users/user.entity';
import { StageChange } from './stage-change.entity';

/** A stage-history row for a deal or a lead. */
export function newStageChange(init: {
  recordType: 'deal' | 'lead';
  recordId: string;
  from: string | null;
  to: string;
  cause: string;
  byUserId: string | null;
  ruleSetId: string;
  rulesVersion: number;
  lossReason?: string | null;
  lossNote?: string | null;
}): StageChange {
  const change = new StageChange();
  change.recordType = init.recordType;
  change.recordId = init.recordId;
  change.fromStage = init.from;
  change.toStage = init.to;
  change.cause = init.cause;
  change.by = init.byUserId ? Reference.createFromPK(User, init.byUserId) : null;
  change.ruleSetId = init.ruleSetId;
  change.rulesVersion = init.rulesVersion;
  change.lossReason = init.lossReason ?? null;
  change.lossNote = init.lossNote ?? null;
  return change;
}

/** A stage change as the API shows it. */
export function stageChangeView(c: StageChange) {
  return {
    from: c.fromStage ?? null,
    to: c.toStage,
    at: c.at.toISOString(),
    byUserId: c.by?.id ?? null,
    cause: c.cause,
    ruleSetId: c.ruleSetId,
    rulesVersion: c.rulesVersion,
    lossReason: c.lossReason ?? null,
    lossNote: c.lossNote ?? null,
  };
}
