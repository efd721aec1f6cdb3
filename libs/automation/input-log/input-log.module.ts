import { Module } from '@nestjs/common';
import { RecordInputLog } from './record-input-log';

/** The record input log: written by the workflows' effect, read by the impact preview. */
@Module({ providers: [RecordInputLog], exports: [RecordInputLog] })
export class InputLogModule {}
