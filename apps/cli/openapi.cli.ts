import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../libs/config';
import { CLIENT_TYPES_FILE, clientTypesText } from '../../libs/api-client/generate-types';
import { buildOpenApiDocumentOffline, documentText } from '../api/openapi/document';

/** Where the committed document lives (docs/api.md, "The OpenAPI document"). */
const OPENAPI_PATH = resolve(__dirname, '../../../docs/openapi.json');
const CLIENT_TYPES_PATH = resolve(__dirname, '../../..', CLIENT_TYPES_FILE);

/**
 * `npm run openapi`: writes the API's OpenAPI document to docs/openapi.json, from the built
 * application without a server (no database, no Temporal), and the typed client's types generated
 * from it (libs/api-client/openapi-types.ts). Run it after changing a route or a DTO;
 * test/openapi-document.e2e-spec.ts fails while the committed document is stale.
 */
async function main(): Promise<void> {
  const document = await buildOpenApiDocumentOffline(loadConfig());
  const text = documentText(document);
  writeFileSync(OPENAPI_PATH, text);
  // From the text written, as a client reads it (no class instances of the builder).
  writeFileSync(CLIENT_TYPES_PATH, await clientTypesText(JSON.parse(text) as object));
  const operations = Object.values(document.paths).flatMap((p) => Object.keys(p)).length;
  console.log(`${OPENAPI_PATH}: ${operations} operations`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
