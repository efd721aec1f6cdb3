import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../../libs/crm/documents/documents.module';
import { InvoicesController } from './invoices.controller';
import { QuotesController } from './quotes.controller';

@Module({ imports: [DocumentsModule], controllers: [QuotesController, InvoicesController] })
export class DocumentsApiModule {}
