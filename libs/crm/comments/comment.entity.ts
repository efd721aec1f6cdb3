import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/** The records a timeline, and so a comment, belongs to. */
export const TIMELINE_RECORD_TYPES = ['lead', 'deal', 'contact', 'company'] as const;
export type TimelineRecordType = (typeof TIMELINE_RECORD_TYPES)[number];

/**
 * A note on a lead, deal, contact or company (an objection, what was agreed): plain text, shown in
 * the record's timeline. Its author may change or delete it for a while (comment-rules.ts).
 */
@Entity({ tableName: 'comment' })
@Index({ properties: ['recordType', 'recordId', 'createdAt'] })
export class Comment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 8 })
  recordType!: TimelineRecordType;

  @Property({ type: 'uuid' })
  recordId!: string;

  @ManyToOne(() => User, { ref: true })
  author!: Ref<User>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Set when its author changed the text. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version!: number;
}
