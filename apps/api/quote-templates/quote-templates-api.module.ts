import { Module } from '@nestjs/common';
import { QuoteTemplatesModule } from '../../../libs/crm/quote-templates/quote-templates.module';
import { QuoteTemplatesController } from './quote-templates.controller';
import { QuotesFromTemplateController } from './quotes-from-template.controller';

@Module({
  imports: [QuoteTemplatesModule],
  controllers: [QuoteTemplatesController, QuotesFromTemplateController],
})
export class QuoteTemplatesApiModule {}
