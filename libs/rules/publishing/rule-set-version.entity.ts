import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { type RuleSet, type RuleSetKind } from '../language/rule-set';

/**
 * One published version of a rule set: immutable once written. Deals and
 * leads pin the version they started with; publishing a change means a new
 * row with a higher version.
 */
@Entity({ tableName: 'rule_set_version' })
@Unique({ properties: ['ruleSetId', 'version'] })
@Index({ properties: ['ruleSetId', 'checksum'] })
export class RuleSetVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  ruleSetId: string;

  @Property({ type: 'string', length: 16 })
  kind: RuleSetKind;

  @Property({ type: 'integer' })
  version: number;

  @Property({ type: 'string', length: 200 })
  name: string;

  /** The checked rules, as the interpreter runs them. */
  @Property({ type: 'json' })
  content: RuleSet;

  /** The files as written (rules.yaml and templates/*.hbs), for people and for diffs. */
  @Property({ type: 'json' })
  source: Record<string, string>;

  /** sha256 of the canonical JSON of `content`: equal content, equal checksum. */
  @Property({ type: 'string', length: 64 })
  checksum: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt: Date = new Date();

  @Property({ type: 'string', length: 200 })
  publishedBy: string;

  @Property({ type: 'text', nullable: true })
  note?: string;

  constructor(init: {
    content: RuleSet;
    source: Record<string, string>;
    checksum: string;
    publishedBy: string;
    note?: string;
  }) {
    this.ruleSetId = init.content.id;
    this.kind = init.content.kind;
    this.version = init.content.version;
    this.name = init.content.name;
    this.content = init.content;
    this.source = init.source;
    this.checksum = init.checksum;
    this.publishedBy = init.publishedBy;
    this.note = init.note;
  }
}
