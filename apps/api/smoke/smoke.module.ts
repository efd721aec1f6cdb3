import { Module } from '@nestjs/common';
import { SmokeModule } from '../../../libs/smoke/smoke.module';
import { SmokeController } from './smoke.controller';

@Module({ imports: [SmokeModule], controllers: [SmokeController] })
export class SmokeApiModule {}
