import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../../libs/crm/documents/documents.module';
import { InvoiceLifecycleController, InvoicesController } from './invoices.controller';
import { QuoteAnswersController, QuotesController } from './quotes.controller';

@Module({
  imports: [DocumentsModule],
  controllers: [
    QuotesController,
    QuoteAnswersController,
    InvoicesController,
    InvoiceLifecycleController,
  ],
})
export class DocumentsApiModule {}
