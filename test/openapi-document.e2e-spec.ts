import { type INestApplication } from '@nestjs/common';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiApp } from '../apps/api/create-api-app';
import { buildOpenApiDocumentOffline } from '../apps/api/openapi/document';
import { http } from './support/http';
import { testConfig } from './support/test-config';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const ROOT = join(__dirname, '..');
const COMMITTED = join(ROOT, 'docs', 'openapi.json');
/** generate-types.ts's CLIENT_TYPES_FILE (not imported: it loads openapi-typescript). */
const CLIENT_TYPES = join(ROOT, 'libs', 'api-client', 'openapi-types.ts');

/**
 * The client types generated from the committed document, as `npm run openapi` writes them. In a
 * process of its own: openapi-typescript loads ES modules that jest's CommonJS runtime cannot.
 */
function generatedClientTypes(): string {
  const script =
    "require('./dist/libs/api-client/generate-types.js')" +
    ".clientTypesText(require('./docs/openapi.json')).then((text) => process.stdout.write(text))";
  return execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Where two JSON values differ, as JSON pointers (at most `max`). */
function differences(a: unknown, b: unknown, path = '', out: string[] = [], max = 20): string[] {
  if (out.length >= max) return out;
  if (a === b) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const pointer = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        pointer,
        out,
        max,
      );
    }
    return out;
  }
  out.push(path || '/');
  return out;
}

/**
 * docs/openapi.json is the contract clients are generated from: it must be the document the API
 * serves. When this fails, run `npm run openapi` and commit the file (after a rebase too: other
 * changes move routes).
 */
describe('the committed OpenAPI document', () => {
  let database: TestDatabase;
  let app: INestApplication | undefined;
  const committed = JSON.parse(readFileSync(COMMITTED, 'utf8')) as unknown;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is the document the running API serves at /docs/openapi.json (else: npm run openapi)', async () => {
    app = await createApiApp(testConfig(database.url));
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const served = await http(url, 'GET', '/docs/openapi.json');
    expect(served.status).toBe(200);
    expect(differences(committed, served.body)).toEqual([]);
  });

  it('has the typed client generated from it (else: npm run openapi)', () => {
    const committedTypes = readFileSync(CLIENT_TYPES, 'utf8');
    // Compared whole: a diff of thousands of generated lines says less than "regenerate".
    expect(generatedClientTypes() === committedTypes).toBe(true);
  });

  it('is what npm run openapi builds without a server', async () => {
    const offline = await buildOpenApiDocumentOffline(testConfig(database.url));
    expect(differences(committed, JSON.parse(JSON.stringify(offline)))).toEqual([]);
  });
});
