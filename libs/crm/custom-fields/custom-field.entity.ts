import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_RECORD_TYPES,
  type CustomFieldType,
  type CustomRecordType,
} from './custom-field-types';

/**
 * A field admins add to one record type (lead, contact, company, deal). Records keep its values
 * in their `custom` column, keyed by `code`. The code and the type never change (values are
 * stored by them); deactivated, a field is no longer asked for nor accepted, and the values
 * records hold stay.
 */
@Entity({ tableName: 'custom_field' })
@Unique({ properties: ['recordType', 'code'] })
@Index({ properties: ['recordType', 'position'] })
export class CustomField {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: [...CUSTOM_RECORD_TYPES] })
  recordType!: CustomRecordType;

  /** The key of the values in `custom`, and the name in the rules (`deal.custom.<code>`). */
  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  label!: string;

  @Enum({ items: [...CUSTOM_FIELD_TYPES] })
  type!: CustomFieldType;

  @Property({ type: 'boolean' })
  required: boolean = false;

  /** The values a `list` field may take, in the order forms offer them; empty for other types. */
  @Property({ type: 'json' })
  options: string[] = [];

  /** Where forms show it among the record type's fields (ascending). */
  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
