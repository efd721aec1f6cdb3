import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { temporalConnectionOptions } from './connection-options';

/** Injection tokens of the client side of Temporal. */
export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

/**
 * The API's connection to Temporal. It connects lazily, on first use, so the
 * API starts (and reports "temporal: down" on /ready) even while Temporal is
 * unreachable, and reconnects by itself when it is back.
 */
@Injectable()
export class TemporalConnectionLifecycle implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** Answers whether the Temporal frontend is reachable, for the readiness probe. */
@Injectable()
export class TemporalHealth {
  constructor(
    @Inject(TEMPORAL_CONNECTION) private readonly connection: Connection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(timeoutMs: number): Promise<void> {
    await this.connection.withDeadline(Date.now() + timeoutMs, () =>
      this.connection.workflowService.describeNamespace({
        namespace: this.config.temporal.namespace,
      }),
    );
  }
}

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
    TemporalConnectionLifecycle,
    TemporalHealth,
  ],
  exports: [TEMPORAL_CONNECTION, Client, TemporalHealth],
})
export class TemporalClientModule {}
