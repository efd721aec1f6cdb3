import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { RecordInput } from '../contract/automation.contract';

export const RECORD_INPUT_KINDS = ['deal', 'lead'] as const;
export const RECORD_INPUT_TYPES = ['start', 'state', 'event', 'migrate'] as const;

/**
 * One input of a lead's or deal's workflow, in the order the workflow applied it: the record
 * input log. Append-only (a trigger refuses changes): replaying a record's entries through the
 * pure interpreter gives its state again, which is how the impact preview of a rules change sees
 * every open record exactly, in bulk, without asking each workflow.
 */
@Entity({ tableName: 'record_input' })
// A pipeline's records, each one's inputs in order: the impact preview's one range scan.
@Index({ properties: ['ruleSetId', 'recordId', 'seq'] })
export class RecordInputEntry {
  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  /** The input's place in the record's log (0, 1, 2…), numbered by the workflow. */
  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Enum({ items: [...RECORD_INPUT_KINDS] })
  recordKind!: (typeof RECORD_INPUT_KINDS)[number];

  @Property({ type: 'string', length: 64 })
  ruleSetId!: string;

  /** The rules version the record ran when it took the input (a migration: the one it moved to). */
  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: [...RECORD_INPUT_TYPES] })
  type!: RecordInput['type'];

  /** When the workflow applied it (its own clock). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  /** The whole input, as the interpreter took it. */
  @Property({ type: 'json' })
  input!: RecordInput;

  @Property({ type: 'string', length: 100 })
  workflowId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  writtenAt?: Date;
}
