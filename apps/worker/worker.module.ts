import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '../../libs/config';
import { PersistenceModule } from '../../libs/persistence';
import { AutomationEffectsModule } from '../../libs/automation/effects/automation-effects.module';
import { TemporalClientModule } from '../../libs/temporal';
import { WebhooksModule } from '../../libs/crm/webhooks/webhooks.module';
import { TemporalWorkerService } from './temporal-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        AutomationEffectsModule,
        WebhooksModule,
      ],
      providers: [TemporalWorkerService],
    };
  }
}
