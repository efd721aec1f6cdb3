import { Readable } from 'node:stream';
import {
  createParamDecorator,
  type ExecutionContext,
  Global,
  Injectable,
  Logger,
  Module,
  StreamableFile,
  type Type,
} from '@nestjs/common';
import { type EntityName, MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response } from 'express';
import { Company } from '../../../libs/crm/companies/company.entity';
import { Contact } from '../../../libs/crm/contacts/contact.entity';
import { Deal } from '../../../libs/crm/deals/deal.entity';
import { Lead } from '../../../libs/crm/leads/lead.entity';
import { type Page } from '../../../libs/crm/lists/pagination';
import { Product } from '../../../libs/crm/products/product.entity';
import { Team } from '../../../libs/crm/users/team.entity';
import { User } from '../../../libs/crm/users/user.entity';
import { asksForCsv, csvLines } from './csv';
import { listColumns, type NamedId, namedIdsOf, type RelatedNames } from './list-columns';

/** The paging and format parameters of a list query (PageQueryDto). */
export interface ExportableQuery {
  limit: number;
  cursor?: string;
  offset?: number;
  format?: 'json' | 'csv';
}

/**
 * The request's Accept header, for ListExport.answer. (A custom decorator: `@Headers('accept')`
 * would put a required `accept` parameter in the document.)
 */
export const AcceptHeader = createParamDecorator(
  (_: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<Request>().headers.accept,
);

/**
 * Rows read per query while exporting: pages of the list, by keyset, never all at once. Large,
 * because a list sorted by a key without an index (`-amount`, a manager's scope) sorts the
 * matching rows once per page; 5,000 deals with their views hold a few tens of MB.
 */
export const EXPORT_PAGE = 5000;

/** Where each related record's name is read: the entity and its name property. */
const NAME_SOURCES: Record<NamedId, { entity: EntityName<object>; name: string }> = {
  responsibleId: { entity: User, name: 'name' },
  companyId: { entity: Company, name: 'name' },
  contactId: { entity: Contact, name: 'name' },
  dealId: { entity: Deal, name: 'title' },
  leadId: { entity: Lead, name: 'title' },
  teamId: { entity: Team, name: 'name' },
  productId: { entity: Product, name: 'name' },
};

/**
 * Every list answers CSV as well as JSON (docs/api.md, "Exports"): with `?format=csv` or
 * `Accept: text/csv`, ALL the rows the same filters match for the same caller (its scope is the
 * list's own: the rows come from the list's own query), read page by page with the list's cursor
 * and streamed, so a 100,000-row export never sits in memory.
 */
@Injectable()
export class ListExport {
  private readonly logger = new Logger(ListExport.name);

  constructor(private readonly orm: MikroORM) {}

  /**
   * The JSON page the query asks for, or, when it asks for CSV, a file named `<name>-<date>.csv`
   * of every matching row (limit, cursor and offset ignored) with the columns of `item`.
   */
  async answer<Q extends ExportableQuery, T>(
    ask: { query: Q; accept: string | undefined; name: string; item: Type<unknown> },
    pageOf: (query: Q) => Promise<Page<T>>,
  ): Promise<Page<T> | StreamableFile> {
    if (!asksForCsv(ask.query.format, ask.accept)) return pageOf(ask.query);
    const all: Q = { ...ask.query, limit: EXPORT_PAGE, cursor: undefined, offset: undefined };
    // The first page before any byte: a bad filter or sort still answers its 400.
    const first = await pageOf(all);
    let names: RelatedNames = new Map();
    const columns = listColumns(ask.item, () => names);
    const namedIds = namedIdsOf(ask.item);
    const rowsOf = async (items: T[]) => {
      names = await this.relatedNames(namedIds, items);
      return csvLines(items.map((item) => columns.map((c) => c.cell(item))));
    };
    async function* lines() {
      yield csvLines([columns.map((c) => c.header)]);
      let page = first;
      for (;;) {
        yield await rowsOf(page.items);
        if (!page.nextCursor) return;
        page = await pageOf({ ...all, cursor: page.nextCursor });
      }
    }
    const day = new Date().toISOString().slice(0, 10);
    return new StreamableFile(Readable.from(lines()), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${ask.name}-${day}.csv"`,
    }).setErrorHandler((err, res) => {
      // Headers are gone: cut the connection, so that a partial file is never taken as whole.
      this.logger.error(`export of ${ask.name} failed: ${err.message}`);
      (res as unknown as Response).destroy(err);
    });
  }

  /** The names of the records the rows refer to, one query per kind of id. */
  private async relatedNames<T>(ids: NamedId[], items: T[]): Promise<RelatedNames> {
    const names: RelatedNames = new Map();
    const em = this.orm.em.fork();
    for (const key of ids) {
      const wanted = [
        ...new Set(
          items
            .map((i) => (i as Record<string, unknown>)[key])
            .filter((v): v is string => typeof v === 'string'),
        ),
      ];
      if (wanted.length === 0) continue;
      const source = NAME_SOURCES[key];
      const found = await em.find(source.entity, { id: { $in: wanted } } as never);
      names.set(
        key,
        new Map(
          found.map((r) => {
            const row = r as Record<string, unknown>;
            return [String(row.id), String(row[source.name] ?? '')];
          }),
        ),
      );
    }
    return names;
  }
}

/** Provides ListExport to every API module's controllers. */
@Global()
@Module({ providers: [ListExport], exports: [ListExport] })
export class ListExportModule {}
