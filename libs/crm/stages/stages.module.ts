import { Module } from '@nestjs/common';
import { AutomationModule } from '../../automation/client/automation.module';
import { RecordStagesService } from './record-stages.service';

/** Stages, history and field changes of the records that run rules (leads and deals). */
@Module({
  imports: [AutomationModule],
  providers: [RecordStagesService],
  exports: [RecordStagesService],
})
export class StagesModule {}
