import {
  Body,
  Controller,
  Delete,
  Get,
  Inject,
  Patch,
  Post,
  Query,
  Res,
  type Type,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../../libs/config';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { DocumentsService } from '../../../libs/crm/documents/documents.service';
import { type Invoice } from '../../../libs/crm/documents/invoice.entity';
import { type Quote } from '../../../libs/crm/documents/quote.entity';
import { type Principal } from '../../../libs/crm/users/role';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  created,
  file,
  IfMatch,
  listOrCsv,
  noContent,
  ok,
  Operation,
  UuidParam,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';

type ListDocumentsQuery = Parameters<DocumentsService['list']>[2];

/** What tells a quote's routes from an invoice's: names, classes and the service's calls. */
export interface DocumentKind<D extends Quote | Invoice> {
  kind: 'quote' | 'invoice';
  /** The operation ids' noun: `createQuote`, `listQuotes`. */
  noun: string;
  /** With its article, as the summaries say it: `a quote`, `an invoice`. */
  one: string;
  /** Its number's pattern: `Q-<year>-<seq>`. */
  numbered: string;
  entity: new () => D;
  /** The answer's class in the document, and the answer itself. */
  answer: Type<unknown>;
  view: (document: D) => object;
  createBody: Type<unknown>;
  updateBody: Type<unknown>;
  listQuery: Type<unknown>;
  create(documents: DocumentsService, p: Principal, body: never): Promise<D>;
  get(documents: DocumentsService, p: Principal, id: string): Promise<D>;
  update(
    documents: DocumentsService,
    p: Principal,
    id: string,
    body: never,
    ifMatch: string | undefined,
  ): Promise<D>;
}

/**
 * The types of a route's parameters, where the kind decides them: TypeScript records `Object` for
 * those, and the ValidationPipe and the OpenAPI document read the classes from here. Put it
 * above the other decorators (it must be applied last, over what TypeScript recorded).
 */
const ParamTypes =
  (...types: unknown[]): MethodDecorator =>
  (target, key) =>
    Reflect.defineMetadata('design:paramtypes', types, target, key);

/**
 * The routes quotes and invoices share (create, list, read, PDF, change, archive) under
 * `api/v1/<kind>s`, written once: each kind's controller is `DocumentRoutes(itsKind)`. What only
 * one kind does (a quote's answers) is a controller of its own on the same path.
 */
export function DocumentRoutes<D extends Quote | Invoice>(k: DocumentKind<D>) {
  const the = `the ${k.kind}`;
  const plural = `${k.kind}s`;

  @ApiTags(plural)
  @ApiBearerAuth()
  @Controller(`api/v1/${plural}`)
  class DocumentRoutesController {
    constructor(
      readonly documents: DocumentsService,
      @Inject(APP_CONFIG) readonly config: AppConfig,
      readonly exports: ListExport,
    ) {}

    @ParamTypes(Object, k.createBody)
    @Post()
    @IdempotentCreate()
    @Operation({
      id: `create${k.noun}`,
      summary: `Create ${k.one}`,
      description: `Numbered ${k.numbered}; rows and totals computed by the server. A row naming an unknown product, or one priced in another currency, is refused (422).`,
      answer: created(k.answer, `${the}, a draft`),
      problems: ['invalid-fields'],
    })
    async create(@CurrentUser() p: Principal, @Body() body: never) {
      return k.view(await k.create(this.documents, p, body));
    }

    @ParamTypes(Object, k.listQuery, String)
    @Get()
    @Operation({
      id: `list${k.noun}s`,
      summary: `List ${plural}`,
      answer: listOrCsv(PageOf(k.answer), `a page of the ${plural} the caller may see`),
    })
    async list(
      @CurrentUser() p: Principal,
      @Query() query: ListDocumentsQuery,
      @AcceptHeader() accept?: string,
    ) {
      const ask = { query, accept, name: plural, item: k.answer };
      return this.exports.answer(ask, async (q) => {
        const page = await this.documents.list(p, k.entity, q);
        return { ...page, items: page.items.map(k.view) };
      });
    }

    @Get(':id')
    @Operation({ id: `get${k.noun}`, summary: `Read ${k.one}`, answer: ok(k.answer, the) })
    async get(@CurrentUser() p: Principal, @UuidParam() id: string) {
      return k.view(await k.get(this.documents, p, id));
    }

    @Get(':id/pdf')
    @Operation({
      id: `get${k.noun}Pdf`,
      summary: `${k.one[0].toUpperCase()}${k.one.slice(1)} as PDF`,
      answer: file('application/pdf', `${the} as PDF (inline, named by its number)`),
    })
    async pdf(@CurrentUser() p: Principal, @UuidParam() id: string, @Res() res: Response) {
      const { seller, defaultLocale } = this.config;
      const { number, pdf } = await this.documents.pdf(p, k.kind, id, seller, defaultLocale);
      res
        .type('application/pdf')
        .setHeader('Content-Disposition', `inline; filename="${number}.pdf"`)
        .send(pdf);
    }

    @ParamTypes(Object, String, k.updateBody, Object)
    @Patch(':id')
    @Operation({
      id: `update${k.noun}`,
      summary: `Change a draft ${k.kind}`,
      answer: ok(k.answer, `${the} as changed; rows and totals recomputed`),
      problems: ['invalid-fields', 'state-conflict'],
    })
    async update(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @Body() body: never,
      @IfMatch() ifMatch: string | undefined,
    ) {
      return k.view(await k.update(this.documents, p, id, body, ifMatch));
    }

    @Delete(':id')
    @Operation({
      id: `archive${k.noun}`,
      summary: `Archive ${k.one}`,
      answer: noContent('archived; its number stays taken'),
    })
    async archive(
      @CurrentUser() p: Principal,
      @UuidParam() id: string,
      @IfMatch() ifMatch: string | undefined,
    ) {
      await this.documents.archive(p, k.entity, k.kind, id, ifMatch);
    }
  }
  return DocumentRoutesController;
}
