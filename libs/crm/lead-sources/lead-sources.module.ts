import { Module } from '@nestjs/common';
import { LeadSourcesService } from './lead-sources.service';

@Module({
  providers: [LeadSourcesService],
  exports: [LeadSourcesService],
})
export class LeadSourcesModule {}
