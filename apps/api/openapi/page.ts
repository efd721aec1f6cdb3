import { type Type } from '@nestjs/common';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { MAX_LIMIT } from '../../../libs/crm/lists/pagination';

const pages = new Map<Type<unknown>, Type<unknown>>();

/** The schema name of a record class: its class name without `Dto`. */
export const schemaNameOf = (type: Type<unknown>) => type.name.replace(/Dto$/, '');

/**
 * The list envelope every list answers with (libs/crm/lists/pagination.ts), for one record
 * class: `{ items, total, limit, nextCursor }`, named `<Record>Page` in the document.
 */
export function PageOf<T>(item: Type<T>): Type<unknown> {
  const known = pages.get(item);
  if (known) return known;
  const name = `${schemaNameOf(item)}Page`;

  @ApiSchema({
    name,
    description: `A page of ${schemaNameOf(item)} records, in a stable order: pass \`nextCursor\` as \`cursor\` for the next page.`,
  })
  class Page {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ type: 'integer', minimum: 0, description: 'how many records match the filters' })
    total!: number;

    @ApiProperty({
      type: 'integer',
      minimum: 1,
      maximum: MAX_LIMIT,
      description: 'the page size asked for',
    })
    limit!: number;

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'pass as `cursor` for the next page; null on the last page',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(Page, 'name', { value: `${name}Dto` });
  pages.set(item, Page);
  return Page;
}
