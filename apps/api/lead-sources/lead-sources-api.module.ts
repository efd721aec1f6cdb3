import { Module } from '@nestjs/common';
import { LeadSourcesModule } from '../../../libs/crm/lead-sources/lead-sources.module';
import { LeadSourcesController } from './lead-sources.controller';

@Module({ imports: [LeadSourcesModule], controllers: [LeadSourcesController] })
export class LeadSourcesApiModule {}
