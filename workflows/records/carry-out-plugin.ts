import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import type { RulesEvent } from '../../libs/rules';
import { type ActionRun, type DetachedEffect } from '../../libs/rules/actions/kit/action-plugin';
import { actionPlugin, type PluginCommand, settingsOf } from '../../libs/rules/actions/registry';
import { detachedEffectWorkflow } from './detached-effect.workflow';
import { effects, rows } from './effects';
import type { RecordState } from './record-state';

/**
 * Carries out the command of an action through its plug-in (libs/rules/actions): the plug-in calls
 * its effects through the workflow's proxies (ordinary or local activities), keyed by the record.
 */
export async function carryOutPlugin(
  record: RecordState,
  c: PluginCommand,
): Promise<RulesEvent | undefined> {
  const plugin = actionPlugin(c.type);
  const run: ActionRun<unknown> = {
    target: (key) => record.target(key),
    effects,
    rows,
    note: (what) => record.remember(Date.now(), `effect:${c.type}`, what),
    activityCreated: (key, activityId) => {
      record.carried!.activityIds[key] = activityId;
    },
    detach,
  };
  const caused = await plugin.carryOut({ ...settingsOf(c), key: c.key }, run);
  return caused ? ({ type: caused, at: Date.now() } as RulesEvent) : undefined;
}

/**
 * Starts an effect in a workflow of its own that outlives the record's (ParentClosePolicy
 * ABANDON): the record goes on, and a deal that closes does not cut its retries short. Its id is
 * the effect's, and a closed workflow's id is not reused: a replayed or repeated start is a no-op.
 */
async function detach(effect: DetachedEffect): Promise<void> {
  try {
    await startChild(detachedEffectWorkflow, {
      workflowId: effect.id,
      args: [effect],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
