import { type ActivityType } from '../../values/activity-types';
import { type Assignee, describeAssignee } from '../../values/assignee';
import { addDuration, type Duration } from '../../values/duration';
import { defineAction, type EffectTarget } from '../kit/action-plugin';

/**
 * `create_activity: { type: call, subject: 'Call {{contact.name}}', due: 1d, assignee: … }`: an
 * activity for the responsible (or whom `assignee` names), due some time after the action runs.
 */
export interface CreateActivity {
  activity: ActivityType;
  /** A short template: rendered for the record when the activity is created. */
  subject: string;
  description?: string;
  due: Duration;
  assignee: Assignee;
}

/** The command carries the due time as an instant. */
export interface CreateActivityCommand {
  activity: ActivityType;
  subject: string;
  description?: string;
  dueAt: number;
  assignee: Assignee;
}

export type CreateActivityInput = EffectTarget & CreateActivityCommand;

export interface CreateActivityEffectsApi {
  /** Creates the activity once per key (its automation key is `<workflowId>/<key>`). */
  createActivity(input: CreateActivityInput): Promise<{ activityId: string }>;
}

export const createActivityAction = defineAction<
  'create_activity',
  CreateActivity,
  CreateActivityCommand,
  CreateActivityEffectsApi
>({
  type: 'create_activity',
  settings: {
    type: 'required',
    subject: 'required',
    description: 'optional',
    due: 'required',
    assignee: 'optional',
  },
  read(a, reader) {
    const activity = reader.activityType(a.type, ['type']);
    const due = reader.duration(a.due, ['due']);
    const subject = reader.templateString(a.subject, ['subject']);
    const description =
      a.description === undefined
        ? undefined
        : reader.templateString(a.description, ['description']);
    const assignee =
      a.assignee === undefined
        ? { kind: 'responsible' as const }
        : reader.assignee(a.assignee, ['assignee']);
    if (!activity || !due || subject === undefined || !assignee) return undefined;
    return {
      activity,
      subject,
      ...(description !== undefined ? { description } : {}),
      due,
      assignee,
    };
  },
  describe: (a) =>
    `create ${a.activity} "${a.subject}" due in ${a.due.text} for ${describeAssignee(a.assignee)}`,
  command: (a, at) => ({
    activity: a.activity,
    subject: a.subject,
    ...(a.description !== undefined ? { description: a.description } : {}),
    dueAt: addDuration(at, a.due),
    assignee: a.assignee,
  }),
  timeline: (c, at, render) => ({
    kind: 'activity',
    text: `${c.activity} "${render(c.subject)}" due ${at(c.dueAt)}, for ${describeAssignee(c.assignee)}`,
  }),
  // A few rows: a local activity. The workflow keeps the new activity's id, so that a person
  // completing it is heard as the activity the rules created.
  async carryOut(c, run) {
    const { activityId } = await run.rows.createActivity({
      ...run.target(c.key),
      activity: c.activity,
      subject: c.subject,
      ...(c.description !== undefined ? { description: c.description } : {}),
      dueAt: c.dueAt,
      assignee: c.assignee,
    });
    run.activityCreated(c.key, activityId);
    return undefined;
  },
});
