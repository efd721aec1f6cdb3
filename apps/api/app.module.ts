import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule } from '../../libs/config';
import { PersistenceModule } from '../../libs/persistence';
import { TemporalClientModule } from '../../libs/temporal';
import { HealthModule } from './health/health.module';
import { RulesApiModule } from './rules/rules-api.module';
import { SmokeApiModule } from './smoke/smoke.module';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        HealthModule,
        SmokeApiModule,
        RulesApiModule,
      ],
    };
  }
}
