import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig } from '../../../libs/config';
import { SESSION_COOKIE } from '../../../libs/crm/auth/sessions.service';
import { ApiModule } from '../app.module';
import { completeDocument } from './complete-document';
import { FieldProblemDto, ProblemDto } from './problem.dto';
import { describeValidation } from './validation-rules';

/**
 * The API's OpenAPI document: what `/docs/openapi.json` serves and `npm run openapi` writes to
 * docs/openapi.json. Built from the controllers' decorators (apps/api/openapi), then completed
 * with what every operation answers because of the global layers (completeDocument).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  describeValidation();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Voronka API')
      .setDescription(
        'CRM records, pipelines and their workflows. Conventions (errors, lists, decimals, idempotency, limits): docs/api.md.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'an API key: vk_…' }, 'bearer')
      .addCookieAuth(
        SESSION_COOKIE,
        {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'the web app’s session (POST /api/v1/session); writes also need its CSRF token in X-CSRF-Token',
        },
        'cookie',
      )
      .build(),
    { extraModels: [ProblemDto, FieldProblemDto] },
  );
  return completeDocument(document);
}

/**
 * The same document without a server: the application's modules in Nest's preview mode, where
 * no provider is created (no database, no Temporal). For `npm run openapi` and the test that
 * keeps docs/openapi.json current.
 */
export async function buildOpenApiDocumentOffline(config: AppConfig): Promise<OpenAPIObject> {
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

/** The document as committed: two-space JSON and a final newline. */
export const documentText = (document: OpenAPIObject) => `${JSON.stringify(document, null, 2)}\n`;
