import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * The wiring proof's row: written by an effect that the smoke workflow runs,
 * read back by the API. One row per workflow, so a retried effect never
 * writes twice.
 */
@Entity({ tableName: 'smoke_ping' })
export class SmokePing {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 200 })
  workflowId: string;

  @Property({ type: 'text' })
  message: string;

  @Property({ type: 'integer' })
  attempt: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  constructor(workflowId: string, message: string, attempt: number) {
    this.workflowId = workflowId;
    this.message = message;
    this.attempt = attempt;
  }
}
