import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { SmokeEffects } from './smoke.effects';
import { SmokePing } from './smoke-ping.entity';

@Module({
  imports: [MikroOrmModule.forFeature([SmokePing])],
  providers: [SmokeEffects],
  exports: [SmokeEffects, MikroOrmModule],
})
export class SmokeModule {}
