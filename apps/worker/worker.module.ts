import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '../../libs/config';
import { PersistenceModule } from '../../libs/persistence';
import { SmokeModule } from '../../libs/smoke/smoke.module';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule, SmokeModule],
      providers: [TemporalWorkerService],
    };
  }
}
