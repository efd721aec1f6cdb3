import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../libs/crm/auth/auth.decorators';
import { quoteView } from '../../../libs/crm/documents/document.views';
import { QuoteTemplatesService } from '../../../libs/crm/quote-templates/quote-templates.service';
import { type Principal } from '../../../libs/crm/users/role';
import { QuoteDto } from '../documents/documents.views';
import { IdempotentCreate } from '../idempotency/idempotent-create';
import { created, Operation } from '../openapi/operation';
import { CreateQuoteFromTemplateDto } from './quote-templates.dto';

/** A quote made from a template for a deal: then a draft like any other (PATCH /quotes/{id}). */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller('api/v1/quotes')
export class QuotesFromTemplateController {
  constructor(private readonly templates: QuoteTemplatesService) {}

  @Post('from-template')
  @IdempotentCreate()
  @Operation({
    id: 'createQuoteFromTemplate',
    summary: 'Create a quote for a deal from a template',
    description:
      'Personalised for the deal: its contact and company, the template’s rows then the deal’s product rows (unless `includeDealProducts` is false), valid for the template’s days, the intro and terms rendered for the deal. The template must be in the deal’s currency. The quote is a draft: change it as any quote.',
    answer: created(QuoteDto, 'the quote, a draft'),
    problems: ['invalid-fields'],
  })
  async create(@CurrentUser() p: Principal, @Body() body: CreateQuoteFromTemplateDto) {
    const quote = await this.templates.createQuote(p, {
      template: { id: body.templateId },
      dealId: body.dealId,
      includeDealProducts: body.includeDealProducts,
      responsibleId: body.responsibleId,
    });
    return quoteView(quote);
  }
}
