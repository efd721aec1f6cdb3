import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last number given per kind of document and year: the source of gap-free numbering. */
@Entity({ tableName: 'document_counter' })
export class DocumentCounter {
  @PrimaryKey({ type: 'string', length: 16 })
  kind!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
