import { type ActivityType } from '../../values/activity-types';
import { type Assignee, describeAssignee } from '../../values/assignee';
import { addDuration, type Duration } from '../../values/duration';
import { parseRemindBefore } from '../../values/remind-before';
import { defineAction, type EffectTarget, type SettingsReader } from '../kit/action-plugin';

/**
 * `create_activity: { type: call, subject: 'Call {{contact.name}}', due: 1d, assignee: …,
 * remind_before: 30m }`: an activity for the responsible (or whom `assignee` names), due some time
 * after the action runs, reminding its responsible `remind_before` ahead of that.
 */
export interface CreateActivity {
  activity: ActivityType;
  /** A short template: rendered for the record when the activity is created. */
  subject: string;
  description?: string;
  due: Duration;
  assignee: Assignee;
  /** As written (`30m`, or minutes) and in minutes. */
  remindBefore?: { text: string; minutes: number };
}

/** The command carries the due time as an instant. */
export interface CreateActivityCommand {
  activity: ActivityType;
  subject: string;
  description?: string;
  dueAt: number;
  assignee: Assignee;
  /** The activity reminds its responsible this many minutes before it is due. */
  remindBeforeMinutes?: number;
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
    remind_before: 'optional',
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
    const remindBefore = readRemindBefore(a.remind_before, due, reader);
    if (!activity || !due || subject === undefined || !assignee || remindBefore === null)
      return undefined;
    return {
      activity,
      subject,
      ...(description !== undefined ? { description } : {}),
      due,
      assignee,
      ...(remindBefore ? { remindBefore } : {}),
    };
  },
  describe: (a) =>
    `create ${a.activity} "${a.subject}" due in ${a.due.text} for ${describeAssignee(a.assignee)}` +
    (a.remindBefore ? `, reminding ${a.remindBefore.text} before` : ''),
  command: (a, at) => ({
    activity: a.activity,
    subject: a.subject,
    ...(a.description !== undefined ? { description: a.description } : {}),
    dueAt: addDuration(at, a.due),
    assignee: a.assignee,
    ...(a.remindBefore ? { remindBeforeMinutes: a.remindBefore.minutes } : {}),
  }),
  timeline: (c, at, render) => ({
    kind: 'activity',
    text:
      `${c.activity} "${render(c.subject)}" due ${at(c.dueAt)}, for ${describeAssignee(c.assignee)}` +
      (c.remindBeforeMinutes !== undefined
        ? `, reminder ${at(c.dueAt - c.remindBeforeMinutes * 60_000)}`
        : ''),
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
      ...(c.remindBeforeMinutes !== undefined
        ? { remindBeforeMinutes: c.remindBeforeMinutes }
        : {}),
    });
    run.activityCreated(c.key, activityId);
    return undefined;
  },
});

/**
 * `remind_before` as written: undefined when not given, null when refused (reported). A reminder
 * as long as the due span or longer would be due when the activity is made: refused too.
 */
function readRemindBefore(
  value: unknown,
  due: Duration | undefined,
  reader: SettingsReader,
): { text: string; minutes: number } | undefined | null {
  if (value === undefined) return undefined;
  const parsed = parseRemindBefore(value);
  if (!parsed.ok) {
    reader.error(['remind_before'], parsed.reason);
    return null;
  }
  const text = typeof value === 'number' ? `${value}m` : String(value).trim();
  if (due && parsed.minutes * 60_000 >= due.ms) {
    reader.error(
      ['remind_before'],
      `a reminder ${text} before is not before the activity is made (it is due in ${due.text}): remind less far ahead`,
    );
    return null;
  }
  return { text, minutes: parsed.minutes };
}
