/**
 * What the smoke workflow and its effect exchange. Types only: the workflow
 * bundle imports this file, so it must never import Node, Nest or the ORM.
 */
export interface SmokeWorkflowInput {
  message: string;
}

export interface SmokeWorkflowResult {
  pingId: string;
}

export interface RecordSmokePingInput {
  workflowId: string;
  message: string;
}

/** The effects (Temporal activities) the smoke workflow calls. */
export interface SmokeEffectsApi {
  recordSmokePing(input: RecordSmokePingInput): Promise<{ pingId: string }>;
}

export const SMOKE_WORKFLOW_TYPE = 'smokeWorkflow';
