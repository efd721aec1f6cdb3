import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../../libs/crm/documents/documents.module';
import { QuoteAnswerController } from './quote-answer.controller';

@Module({ imports: [DocumentsModule], controllers: [QuoteAnswerController] })
export class QuoteLinksModule {}
