import { ActivityFailure, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { DetachedEffect } from '../../libs/rules/actions/kit/action-plugin';

type AnyEffect = (input: unknown) => Promise<unknown>;

/**
 * An effect run apart from the record that started it (see DetachedEffect): retried with
 * backoff, at most `attempts` times; when it fails for good, its `giveUp` effect records why.
 * The record never waits for it.
 */
export async function detachedEffectWorkflow(
  effect: DetachedEffect,
): Promise<{ done: boolean; error?: string }> {
  const effects = proxyActivities<Record<string, AnyEffect>>({
    startToCloseTimeout: '30 seconds',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      maximumAttempts: effect.attempts,
    },
  });
  try {
    await effects[effect.effect](effect.input);
    return { done: true };
  } catch (error) {
    const reason =
      error instanceof ActivityFailure && error.cause ? error.cause.message : String(error);
    if (effect.giveUp) {
      const rows = proxyLocalActivities<Record<string, AnyEffect>>({
        startToCloseTimeout: '10 seconds',
      });
      await rows[effect.giveUp]({ input: effect.input, reason });
    }
    return { done: false, error: reason };
  }
}
