import { type AssignEffectsApi, type AssignInput } from './assign.action';

/** What the effect needs from the worker: the records' effects, which own the responsible. */
export interface AssignPorts {
  records: {
    /** Resolves the assignee (a round robin takes the next member) and sets it, once per key. */
    assign(input: AssignInput): Promise<{ responsibleId: string }>;
  };
}

/** The effect of assign: the record's new responsible, chosen once per key. */
export function assignEffects({ records }: AssignPorts): AssignEffectsApi {
  return { assign: (input) => records.assign(input) };
}
