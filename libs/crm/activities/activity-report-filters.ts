import { raw } from '@mikro-orm/postgresql';
import { range } from '../records/records';

/**
 * The activity list's filters that the activity report's drill-down needs (issue 13): the
 * responsible's team, the deal's pipeline, completed in a range, done on time, and who created it.
 */
export interface ActivityReportFilters {
  teamId?: string;
  /** Only activities of deals in this pipeline. */
  pipelineId?: string;
  completedFrom?: Date;
  completedTo?: Date;
  /** true: completed at or before due; false: after. */
  onTime?: boolean;
  /** rules: created by the automation (it has an automation key); hand: by a person. */
  origin?: 'rules' | 'hand';
}

export const ACTIVITY_ORIGINS = ['rules', 'hand'] as const;

/** The condition of those filters (the team is recordListWhere's). */
export function activityReportWhere(q: ActivityReportFilters): Record<string, unknown> {
  const onTime =
    q.onTime === undefined
      ? []
      : [
          {
            // A value, not a key: a raw key is consumed by the first query, a list runs two.
            id: {
              $in: raw(
                `select a.id from activity a where a.completed_at ${q.onTime ? '<=' : '>'} a.due_at`,
              ),
            },
          },
        ];
  const conditions: Record<string, unknown>[] = [
    range('completedAt', q.completedFrom, q.completedTo),
    q.pipelineId ? { deal: { pipelineId: q.pipelineId } } : {},
    q.origin ? { automationKey: q.origin === 'rules' ? { $ne: null } : null } : {},
    ...onTime,
  ].filter((c) => Object.keys(c).length > 0);
  return conditions.length === 0 ? {} : { $and: conditions };
}
