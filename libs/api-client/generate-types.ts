import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types live, beside the client that uses them. */
export const CLIENT_TYPES_FILE = 'libs/api-client/openapi-types.ts';

const HEADER =
  '// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript): do not edit.\n' +
  '// test/openapi-document.e2e-spec.ts fails while it is stale.\n\n';

/**
 * The TypeScript types of the document (`paths`, `components`, `operations`), which openapi-fetch
 * types every request and answer with (libs/api-client/client.ts).
 */
export async function clientTypesText(document: object): Promise<string> {
  const nodes = await openapiTS(document as Parameters<typeof openapiTS>[0], { silent: true });
  return HEADER + astToString(nodes);
}
