import { type CreateActivityEffectsApi, type CreateActivityInput } from './create-activity.action';

/** What the effect needs from the worker: the records' effects, which own the activity's rows. */
export interface CreateActivityPorts {
  records: {
    /** The activity, for the resolved assignee, once per key (the effect ledger). */
    createActivity(input: CreateActivityInput): Promise<{ activityId: string }>;
  };
}

/** The effect of create_activity: the activity of the rules, created once per key. */
export function createActivityEffects({ records }: CreateActivityPorts): CreateActivityEffectsApi {
  return { createActivity: (input) => records.createActivity(input) };
}
