import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AutomationModule } from '../../automation/client/automation.module';
import { DocumentCounter } from './document-counter.entity';
import { DocumentsService } from './documents.service';
import { Invoice, InvoiceRow } from './invoice.entity';
import { Quote, QuoteRow } from './quote.entity';

@Module({
  imports: [
    MikroOrmModule.forFeature([Quote, QuoteRow, Invoice, InvoiceRow, DocumentCounter]),
    AutomationModule,
  ],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
