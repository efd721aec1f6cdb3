import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { AutomationEffectsApi } from '../../libs/automation/contract/effects.contract';

// Effects are short (a few rows, one mail with a PDF). The timeout is also how long an effect
// lost with a crashed worker waits before another worker retries it.
export const effects = proxyActivities<AutomationEffectsApi>({
  startToCloseTimeout: '20 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 8,
  },
});

// The effects that only write a few rows run as local activities: in the worker that runs the
// workflow task, without a round trip through the server per effect (mail and documents, slower
// and with outside parties, stay ordinary activities). Idempotent all the same (effect_run).
export const rows = proxyLocalActivities<AutomationEffectsApi>({
  startToCloseTimeout: '10 seconds',
  retry: {
    initialInterval: '200 ms',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 10,
  },
});
