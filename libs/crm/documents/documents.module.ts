import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { DealDocumentsService } from './deal-documents.service';
import { DocumentsService } from './documents.service';

@Module({
  imports: [AutomationModule],
  providers: [DocumentsService, DealDocumentsService],
  exports: [DocumentsService, DealDocumentsService],
})
export class DocumentsModule {}
