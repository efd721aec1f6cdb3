import { Module } from '@nestjs/common';
import { InputLogModule } from '../input-log/input-log.module';
import { ImpactPreviewService } from './impact-preview.service';

/** The impact preview of a rules change on the running records (API, CLI, publishing). */
@Module({
  imports: [InputLogModule],
  providers: [ImpactPreviewService],
  exports: [ImpactPreviewService],
})
export class ImpactModule {}
