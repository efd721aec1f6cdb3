import { RecordMergedError } from '../../errors';

/** A contact or company as far as merging goes. */
export interface Mergeable {
  id: string;
  mergedIntoId?: string | null;
}

/** The record, unless it was merged into another (410 `record-merged`, naming the survivor). */
export function notMerged<T extends Mergeable>(record: T, what?: string): T {
  if (record.mergedIntoId)
    throw new RecordMergedError(
      what ?? `${record.constructor.name.toLowerCase()} ${record.id}`,
      record.mergedIntoId,
    );
  return record;
}
