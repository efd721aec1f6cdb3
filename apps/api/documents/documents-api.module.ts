import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../../libs/crm/documents/documents.module';
import { InvoicesController } from './invoices.controller';
import { QuoteAnswersController, QuotesController } from './quotes.controller';

@Module({
  imports: [DocumentsModule],
  controllers: [QuotesController, QuoteAnswersController, InvoicesController],
})
export class DocumentsApiModule {}
