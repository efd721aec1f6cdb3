import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  SmokeEffectsApi,
  SmokeWorkflowInput,
  SmokeWorkflowResult,
} from '../../libs/smoke/smoke.contract';

const effects = proxyActivities<SmokeEffectsApi>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 ms', maximumAttempts: 10 },
});

/**
 * The wiring proof: API → Temporal → worker → effect → PostgreSQL → API.
 * Kept as the system's smoke test after the lead and deal workflows arrive.
 */
export async function smokeWorkflow(input: SmokeWorkflowInput): Promise<SmokeWorkflowResult> {
  const { workflowId } = workflowInfo();
  return effects.recordSmokePing({ workflowId, message: input.message });
}
