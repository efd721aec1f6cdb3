import { type Assignee, describeAssignee } from '../../values/assignee';
import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `assign: { user: anna }` or `assign: { round_robin: inbound }`: a new responsible. */
export interface Assign {
  assignee: Assignee;
}

export type AssignInput = EffectTarget & Assign;

export interface AssignEffectsApi {
  /** Makes the assignee the record's responsible, once per key. */
  assign(input: AssignInput): Promise<{ responsibleId: string }>;
}

export const assignAction = defineAction<'assign', Assign, Assign, AssignEffectsApi>({
  type: 'assign',
  settings: { user: 'optional', round_robin: 'optional' },
  read(a, reader) {
    // The settings are the assignee itself.
    const assignee = reader.assignee(a, []);
    return assignee ? { assignee } : undefined;
  },
  describe: (a) => `assign to ${describeAssignee(a.assignee)}`,
  command: (a) => ({ assignee: a.assignee }),
  timeline: (c) => ({ kind: 'assign', text: describeAssignee(c.assignee) }),
  async carryOut(c, run) {
    await run.rows.assign({ ...run.target(c.key), assignee: c.assignee });
    return undefined;
  },
});
