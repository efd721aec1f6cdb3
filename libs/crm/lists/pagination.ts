import {
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type FindOptions,
} from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';

/**
 * Lists: a page of `limit` rows in a stable order, the `total` matching the
 * filters, and a cursor for the next page. The cursor holds the sort value and
 * id of the last row (keyset pagination), so a page never skips nor repeats a
 * row while rows are added. `offset` is offered too, for jumping to a page,
 * without that guarantee.
 */
export interface PageRequest {
  limit: number;
  cursor?: string;
  offset?: number;
  /** A sort key of the resource, `-` first for descending: `-createdAt`. */
  sort: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

/** Sort keys a resource offers, each naming a non-null property and its kind. */
export type Sortable = Record<
  string,
  { property: string; kind: 'string' | 'number' | 'date' | 'decimal' }
>;

interface CursorBody {
  s: string;
  v: string | number;
  id: string;
}

export function encodeCursor(body: CursorBody): string {
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, sort: string): CursorBody {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'not a cursor from this API', { malformed: true });
  }
  const b = body as CursorBody;
  if (
    !b ||
    typeof b !== 'object' ||
    typeof b.id !== 'string' ||
    (typeof b.v !== 'string' && typeof b.v !== 'number')
  ) {
    throw invalidField('cursor', 'not a cursor from this API', { malformed: true });
  }
  if (b.s !== sort)
    throw invalidField('cursor', `it belongs to sort=${b.s}, not sort=${sort}`, {
      malformed: true,
    });
  return b;
}

export function parseSort(
  sort: string,
  sortable: Sortable,
): { key: string; property: string; kind: Sortable[string]['kind']; direction: 'asc' | 'desc' } {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const key = sort.replace(/^[-+]/, '');
  const spec = sortable[key];
  if (!spec)
    throw invalidField(
      'sort',
      `"${key}" is not a sort key here; use one of ${Object.keys(sortable).join(', ')} (with - for descending)`,
      { malformed: true },
    );
  return { key, property: spec.property, kind: spec.kind, direction };
}

export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageRequest,
  sortable: Sortable,
  /**
   * `fields`: load only these (the id and the sort key always come too). `total`: the count of
   * `where`, when the caller has it already (not counted again).
   */
  {
    total: known,
    ...options
  }: Pick<FindOptions<T>, 'populate'> & {
    fields?: string[];
    total?: number;
  } = {},
): Promise<Page<T>> {
  const sort = parseSort(page.sort, sortable);
  const op = sort.direction === 'asc' ? '$gt' : '$lt';
  let pageWhere: FilterQuery<T> = where;
  if (page.cursor) {
    const c = decodeCursor(page.cursor, page.sort);
    const value = sort.kind === 'date' ? new Date(c.v) : c.v;
    pageWhere = {
      $and: [
        where,
        {
          $or: [
            { [sort.property]: { [op]: value } },
            { [sort.property]: value, id: { [op]: c.id } },
          ],
        },
      ],
    } as FilterQuery<T>;
  }
  const [items, total] = await Promise.all([
    em.find(entity, pageWhere, {
      ...options,
      orderBy: { [sort.property]: sort.direction, id: sort.direction } as FindOptions<T>['orderBy'],
      limit: page.limit + 1,
      offset: page.cursor ? undefined : page.offset,
    } as FindOptions<T>),
    known ?? em.count(entity, where),
  ]);
  const hasMore = items.length > page.limit;
  const shown = hasMore ? items.slice(0, page.limit) : items;
  const last = shown[shown.length - 1] as (T & Record<string, unknown>) | undefined;
  let nextCursor: string | null = null;
  if (hasMore && last) {
    const raw = sort.property
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], last);
    const v = raw instanceof Date ? raw.toISOString() : (raw as string | number);
    nextCursor = encodeCursor({ s: page.sort, v, id: last.id });
  }
  return { items: shown, total, limit: page.limit, nextCursor };
}
