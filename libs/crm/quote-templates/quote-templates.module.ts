import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { QuoteTemplatesService } from './quote-templates.service';

@Module({
  imports: [DocumentsModule],
  providers: [QuoteTemplatesService],
  exports: [QuoteTemplatesService],
})
export class QuoteTemplatesModule {}
