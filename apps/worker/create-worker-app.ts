import 'reflect-metadata';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig } from '../../libs/config';
import { createLogger, type Logger, PinoNestLogger } from '../../libs/logging';
import { WorkerModule } from './worker.module';

/**
 * The worker process: a Nest application context (no HTTP server) whose
 * Temporal Worker starts polling once the context has booted.
 */
export async function createWorkerApp(
  config: AppConfig,
  logger: Logger = createLogger(config, 'worker'),
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    // Throw rather than exit, so the caller stops what it already started.
    abortOnError: false,
  });
  await app.init();
  return app;
}
