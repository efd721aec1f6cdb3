import { type Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger/dist/constants';
import { type Cell } from './csv';

/** A column of a list's CSV: its header and how a row (the JSON list's item) fills it. */
export interface ListColumn {
  header: string;
  cell: (row: unknown) => Cell;
}

/** The related records whose name a CSV shows beside their id (`companyId`, `companyName`). */
export const NAMED_IDS = {
  responsibleId: 'responsibleName',
  companyId: 'companyName',
  contactId: 'contactName',
  dealId: 'dealTitle',
  leadId: 'leadTitle',
  teamId: 'teamName',
  productId: 'productName',
} as const;
export type NamedId = keyof typeof NAMED_IDS;

/** Names of related records, by the id column and the id: filled per page before its rows. */
export type RelatedNames = Map<NamedId, Map<string, string>>;

interface PropertyMetadata {
  type?: unknown;
  isArray?: boolean;
}

const propertiesOf = (type: Type<unknown>): string[] =>
  (
    (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, type.prototype) as
      string[] | undefined) ?? []
  ).map((p) => p.replace(/^:/, ''));

const metadataOf = (type: Type<unknown>, property: string): PropertyMetadata =>
  (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, type.prototype, property) ??
    {}) as PropertyMetadata;

/** A documented record class (a DTO with properties), or undefined for a scalar type. */
function recordClass(type: unknown): Type<unknown> | undefined {
  if (typeof type !== 'function' || [String, Number, Boolean, Date, Object].includes(type as never))
    return undefined;
  const fn = type as Type<unknown>;
  if (propertiesOf(fn).length > 0) return fn;
  // A lazy type (`() => Dto`) as swagger allows.
  try {
    const resolved = (type as () => unknown)();
    return typeof resolved === 'function' && propertiesOf(resolved as Type<unknown>).length > 0
      ? (resolved as Type<unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A value as one cell: text and numbers as they are, true/false, anything else as JSON. */
function asCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

const at = (row: unknown, path: string[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], row);

/**
 * The columns of a list's CSV, from the documented class of its items, so that the header is
 * the same whatever the rows hold: a property per column, by its JSON name; a nested record
 * flattened into `parent.child` columns; lists and free-form objects (custom fields, a
 * document's rows) as JSON in one cell; a related record's name beside its id (NAMED_IDS).
 */
export function listColumns(type: Type<unknown>, names?: () => RelatedNames): ListColumn[] {
  const columns: ListColumn[] = [];
  const walk = (t: Type<unknown>, path: string[]) => {
    for (const property of propertiesOf(t)) {
      const meta = metadataOf(t, property);
      const here = [...path, property];
      const nested = meta.isArray ? undefined : recordClass(meta.type);
      if (nested) {
        walk(nested, here);
        continue;
      }
      columns.push({ header: here.join('.'), cell: (row) => asCell(at(row, here)) });
      const nameColumn = path.length === 0 ? NAMED_IDS[property as NamedId] : undefined;
      if (nameColumn && names)
        columns.push({
          header: nameColumn,
          cell: (row) => {
            const id = at(row, here);
            return typeof id === 'string'
              ? (names()
                  .get(property as NamedId)
                  ?.get(id) ?? null)
              : null;
          },
        });
    }
  };
  walk(type, []);
  return columns;
}

/** The id columns of a list's rows that have a name beside them. */
export function namedIdsOf(type: Type<unknown>): NamedId[] {
  return propertiesOf(type).filter((p): p is NamedId => p in NAMED_IDS);
}
