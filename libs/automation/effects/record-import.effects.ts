import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import type {
  ImportBatchResult,
  ImportStartsResult,
  RecordImportEffectsApi,
  RecordImportPhase,
} from '../contract/record-import.contract';
import { ImportWriter } from '../../crm/imports/import-writer.service';

/**
 * The effects of a CSV import (workflows/record-import): one call each into the import's writer,
 * which writes each row once; the rounds of workflow starts heartbeat as they go.
 */
@Injectable()
export class RecordImportEffects implements RecordImportEffectsApi {
  constructor(private readonly writer: ImportWriter) {}

  importBatch(input: {
    importId: string;
    afterRow: number | null;
    batchSize: number;
  }): Promise<ImportBatchResult> {
    return this.writer.importBatch(input);
  }

  startImportedWorkflows(input: {
    importId: string;
    afterRow: number | null;
    max: number;
    perSecond: number;
  }): Promise<ImportStartsResult> {
    return this.writer.startImportedWorkflows(input, (row) => Context.current().heartbeat(row));
  }

  setImportPhase(input: { importId: string; phase: RecordImportPhase }): Promise<void> {
    return this.writer.setImportPhase(input);
  }
}
