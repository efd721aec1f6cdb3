import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { DealDocumentsService } from './deal-documents.service';
import { DocumentLifecycleService } from './document-lifecycle.service';
import { DocumentsService } from './documents.service';
import { QuoteAnswersService } from './quote-answers.service';

@Module({
  imports: [AutomationModule],
  providers: [
    DocumentsService,
    DealDocumentsService,
    QuoteAnswersService,
    DocumentLifecycleService,
  ],
  exports: [DocumentsService, DealDocumentsService, QuoteAnswersService, DocumentLifecycleService],
})
export class DocumentsModule {}
