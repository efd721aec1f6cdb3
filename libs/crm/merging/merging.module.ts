import { Module } from '@nestjs/common';
import { RecordMergeService } from './record-merge.service';

@Module({ providers: [RecordMergeService], exports: [RecordMergeService] })
export class MergingModule {}
