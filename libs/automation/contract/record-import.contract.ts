// A CSV import of leads, contacts or companies: the workflow's input and its effects. Plain
// definitions: the workflow, the worker and the API share them.

export interface RecordImportInput {
  importId: string;
  /** Leads have workflows to start once their rows are stored. */
  kind: 'lead' | 'contact' | 'company';
  /** Rows written per transaction. */
  batchSize: number;
  /** The pace the imported leads' workflows start at. */
  workflowStartsPerSecond: number;
}

/** What a batch did: the last row it took (where the next starts) and how many it took. */
export interface ImportBatchResult {
  lastRow: number | null;
  taken: number;
}

/** What a round of workflow starts did: the last row it reached, and how many it started. */
export interface ImportStartsResult {
  lastRow: number | null;
  started: number;
}

export type RecordImportPhase = 'storing' | 'starting' | 'completed';

/** The effects of the import workflow (the worker's `imports` group). */
export interface RecordImportEffectsApi {
  /**
   * Writes the next `batchSize` rows after `afterRow` not written yet, in one transaction with
   * each row's outcome: a batch run again after a crash finds its rows done and skips them.
   */
  importBatch(input: {
    importId: string;
    afterRow: number | null;
    batchSize: number;
  }): Promise<ImportBatchResult>;
  /**
   * Starts the workflows of up to `max` created leads after `afterRow` whose workflow the import
   * has not started, at most `perSecond` a second, and notes each start (starting is idempotent).
   */
  startImportedWorkflows(input: {
    importId: string;
    afterRow: number | null;
    max: number;
    perSecond: number;
  }): Promise<ImportStartsResult>;
  /** The import's status, as the API shows it. */
  setImportPhase(input: { importId: string; phase: RecordImportPhase }): Promise<void>;
}

export function importWorkflowId(importId: string): string {
  return `record-import-${importId}`;
}
