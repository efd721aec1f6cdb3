import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const RECORD_KINDS = ['deal', 'lead'] as const;
export const TIMER_KINDS = ['transition', 'follow_up', 'overdue'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/**
 * A rule timer a lead's or deal's workflow is waiting on: what the automation will do next, and
 * when. A projection of the workflow's state, which the workflow keeps exact through an effect
 * (the record's rows replaced whenever its timers change), so that the upcoming automation across
 * many records is one indexed query instead of a query to each workflow.
 */
@Entity({ tableName: 'pending_automation' })
// One person's upcoming automation, soonest first: an index range scan that stops at the limit.
@Index({ properties: ['responsibleId', 'at', 'recordId', 'timerId'] })
export class PendingAutomation {
  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  /** The interpreter's timer id (unique within the record). */
  @PrimaryKey({ type: 'string', length: 200 })
  timerId!: string;

  @Enum({ items: [...RECORD_KINDS] })
  recordKind!: (typeof RECORD_KINDS)[number];

  @Property({ type: 'string', length: 100 })
  workflowId!: string;

  /**
   * The record's responsible, copied so one person's timers are one index range: written with the
   * timers, and kept when the record changes hands by a trigger on the record tables.
   */
  @Property({ type: 'uuid' })
  responsibleId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  @Enum({ items: [...TIMER_KINDS] })
  timerKind!: TimerKind;

  /** The stage the timer belongs to (it is cancelled when the record leaves it). */
  @Property({ type: 'string', length: 64 })
  stage!: string;

  /** Transitions: the stage the record moves to. */
  @Property({ type: 'string', length: 64, nullable: true })
  moveTo?: string | null;

  /** What the timer does: the rules' action types (`send_email`, `notify`, `move`…). */
  @Property({ type: 'json' })
  actions: string[] = [];

  /** Follow-ups: which repetition, of how many (null: no limit). */
  @Property({ type: 'integer', nullable: true })
  occurrence?: number | null;

  @Property({ type: 'integer', nullable: true })
  times?: number | null;

  /** Escalations: the effect key of the activity they watch. */
  @Property({ type: 'string', length: 200, nullable: true })
  activityKey?: string | null;

  /** For people, in the rules' words (the interpreter's description). */
  @Property({ type: 'text' })
  description!: string;
}
