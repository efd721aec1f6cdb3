import { Module } from '@nestjs/common';
import { LiveChangesService } from './live-changes.service';
import { LiveController } from './live.controller';

@Module({ providers: [LiveChangesService], controllers: [LiveController] })
export class LiveApiModule {}
