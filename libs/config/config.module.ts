import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type AppConfig } from './app-config';

/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Provides the already-validated configuration. Processes build it once with
 * `loadConfig()` (or, under `npm start`, after the embedded services started)
 * and hand it in, so every module sees the same values.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
