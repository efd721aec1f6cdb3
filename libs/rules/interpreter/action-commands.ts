import { actionPlugin, settingsOf } from '../actions/registry';
import { type Action } from '../language/rule-set';
import { type EffectCommand } from './machine';

/**
 * The command an action of the rules issues, keyed (unique within the record): its plug-in's,
 * with durations turned into instants from `at`. `activityKey` is the activity an escalation is
 * about.
 */
export function actionCommand(
  action: Action,
  at: number,
  key: string,
  activityKey?: string,
): EffectCommand {
  return {
    type: action.type,
    key,
    ...actionPlugin(action.type).command(settingsOf(action), at, activityKey),
  } as EffectCommand;
}
