import type { Interceptor } from '@grpc/grpc-js';
import { Global, Module } from '@nestjs/common';
import {
  Client,
  Connection,
  defaultGrpcRetryOptions,
  makeGrpcRetryInterceptor,
} from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '../config';
import { temporalConnectionOptions } from './connection-options';
import { TemporalAvailability } from './temporal-availability';
import { CallsInFlight } from './calls-in-flight';
import { TEMPORAL_CONNECTION, TemporalHealth } from './temporal-health';

export { TEMPORAL_CONNECTION, TemporalHealth };

/**
 * The API's interceptors: calls counted from start to final status with the SDK's retries (its
 * default) inside, and each attempt refused once the connection is closed (see CallsInFlight).
 */
export function apiCallInterceptors(calls: CallsInFlight): Interceptor[] {
  return [calls.interceptor, makeGrpcRetryInterceptor(defaultGrpcRetryOptions()), calls.gate];
}

@Global()
@Module({
  providers: [
    { provide: CallsInFlight, useFactory: () => new CallsInFlight() },
    {
      provide: TEMPORAL_CONNECTION,
      inject: [APP_CONFIG, CallsInFlight],
      useFactory: (config: AppConfig, calls: CallsInFlight) =>
        Connection.lazy({
          ...temporalConnectionOptions(config.temporal),
          interceptors: apiCallInterceptors(calls),
        }),
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
