import 'reflect-metadata';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { pinoHttp } from 'pino-http';
import { type AppConfig } from '../../libs/config';
import { createLogger, type Logger, PinoNestLogger, requestSerializer } from '../../libs/logging';
import { EtagInterceptor } from './http/etag.interceptor';
import { ApiModule } from './app.module';
import { serveWebApp } from './web/web-app';
import { buildOpenApiDocument } from './openapi/document';
import { bodyLimits } from './input-limits/body-limits';
import { answerUnparsableRequests } from './input-limits/header-limits';
import { UnsafeTextPipe } from './input-limits/unsafe-text.pipe';
import { InvalidFieldsError } from '../../libs/errors';
import { applyHttpSecurity } from './security/security-headers';
import {
  flattenValidationErrors,
  ProblemDetailsFilter,
} from './problem-details/problem-details.filter';

/**
 * Builds the HTTP application, migrated and ready to listen. Used by
 * `start:api`, by `npm start` and by the integration tests.
 */
export async function createApiApp(
  config: AppConfig,
  logger: Logger = createLogger(config, 'api'),
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    // Throw rather than exit, so the caller stops what it already started.
    abortOnError: false,
    // Bodies are read by bodyLimits (limits per route, raw bytes kept for webhook signatures).
    bodyParser: false,
  });
  try {
    answerUnparsableRequests(app.getHttpServer());
    applyHttpSecurity(app, config.http.trustProxy);
    app.use(
      pinoHttp({
        logger,
        // Probes are polled often; their lines would drown the rest.
        autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' },
        quietReqLogger: true,
        // The URL without link tokens and secret parameters; headers are redacted by the logger.
        serializers: { req: requestSerializer },
      }),
    );
    app.use(bodyLimits());
    app.useGlobalPipes(
      new UnsafeTextPipe(),
      new ValidationPipe({
        whitelist: true,
        forbidNonWhitelisted: true,
        transform: true,
        exceptionFactory: (errors) =>
          new InvalidFieldsError(flattenValidationErrors(errors), { malformed: true }),
      }),
    );
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalInterceptors(new EtagInterceptor());
    const document = buildOpenApiDocument(app);
    SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
    serveWebApp(app);
    await app.init();
  } catch (error) {
    // Whatever was opened (database pool, Temporal connection) closes with it.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
