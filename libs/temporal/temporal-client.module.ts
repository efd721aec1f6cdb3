import { Global, Module } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { temporalConnectionOptions } from './connection-options';
import { TemporalAvailability } from './temporal-availability';
import { TEMPORAL_CONNECTION, TemporalHealth } from './temporal-health';

export { TEMPORAL_CONNECTION, TemporalHealth };

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        Connection.lazy(temporalConnectionOptions(config.temporal)),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, APP_CONFIG],
      useFactory: (connection: Connection, config: AppConfig) =>
        new Client({ connection, namespace: config.temporal.namespace }),
    },
    TemporalHealth,
    TemporalAvailability,
  ],
  exports: [TEMPORAL_CONNECTION, Client, TemporalHealth, TemporalAvailability],
})
export class TemporalClientModule {}
