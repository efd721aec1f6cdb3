import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../libs/crm/auth/auth.decorators';
import {
  quoteTemplateView,
  QuoteTemplatesService,
} from '../../../libs/crm/quote-templates/quote-templates.service';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import {
  created,
  IfMatch,
  noContent,
  ok,
  Operation,
  UuidParam,
  listOrCsv,
} from '../openapi/operation';
import { AcceptHeader, ListExport } from '../csv/list-export';
import { PageOf } from '../openapi/page';
import {
  CreateQuoteTemplateDto,
  ListQuoteTemplatesQueryDto,
  UpdateQuoteTemplateDto,
} from './quote-templates.dto';
import { QuoteTemplateDto } from './quote-templates.views';

/** Quote templates: everyone reads them (to make quotes); admins and sales ops keep them. */
@ApiTags('quote-templates')
@ApiBearerAuth()
@Controller('api/v1/quote-templates')
export class QuoteTemplatesController {
  constructor(
    private readonly templates: QuoteTemplatesService,
    private readonly exports: ListExport,
  ) {}

  @Post()
  @IdempotentCreate()
  @Roles('admin', 'salesops')
  @Operation({
    id: 'createQuoteTemplate',
    summary: 'Add a quote template',
    description:
      'Its rows are checked as a quote’s (known products, in its currency) and its texts as templates (known fields only).',
    answer: created(QuoteTemplateDto, 'the template'),
    problems: ['invalid-fields', 'duplicate'],
  })
  async create(@Body() body: CreateQuoteTemplateDto) {
    return quoteTemplateView(await this.templates.create(body));
  }

  @Get()
  @Operation({
    id: 'listQuoteTemplates',
    summary: 'List quote templates',
    answer: listOrCsv(PageOf(QuoteTemplateDto), 'a page of templates, by name'),
  })
  async list(@Query() query: ListQuoteTemplatesQueryDto, @AcceptHeader() accept?: string) {
    return this.exports.answer(
      { query, accept, name: 'quote-templates', item: QuoteTemplateDto },
      async (q) => {
        const page = await this.templates.list(q);
        return { ...page, items: page.items.map(quoteTemplateView) };
      },
    );
  }

  @Get(':id')
  @Operation({
    id: 'getQuoteTemplate',
    summary: 'Read a quote template',
    answer: ok(QuoteTemplateDto, 'the template'),
  })
  async get(@UuidParam() id: string) {
    return quoteTemplateView(await this.templates.get(id));
  }

  @Patch(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'updateQuoteTemplate',
    summary: 'Change a quote template',
    description:
      'Quotes made from it before keep what they were made with; its code never changes.',
    answer: ok(QuoteTemplateDto, 'the template as changed'),
    problems: ['invalid-fields'],
  })
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateQuoteTemplateDto,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return quoteTemplateView(await this.templates.update(id, body, ifMatch));
  }

  @Delete(':id')
  @Roles('admin', 'salesops')
  @Operation({
    id: 'archiveQuoteTemplate',
    summary: 'Archive a quote template',
    answer: noContent(
      'archived: no quote is made from it any more, and rules naming it no longer publish',
    ),
  })
  async archive(@UuidParam() id: string, @IfMatch() ifMatch: string | undefined) {
    await this.templates.archive(id, ifMatch);
  }
}
