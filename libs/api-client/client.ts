import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { type components, type paths } from './openapi-types';

/**
 * The typed client of the API: openapi-fetch over the types generated from docs/openapi.json
 * (openapi-types.ts, `npm run openapi`). Each call names a path of the document and gets back
 * `{ data, error, response }`, typed by that operation's answers. The web app
 * (apps/web/src/lib/api.ts) and the integration tests talk to the API through it.
 */
export type ApiClient = Client<paths, JsonMedia>;

/**
 * What a client that reads JSON gets: the JSON answers and the problem details, never a list's
 * or report's CSV (those answer CSV only when asked for it).
 */
export type JsonMedia = 'application/json' | 'application/problem+json';

/** The document's schemas by name: `Schemas['Deal']`, `Schemas['CreateDeal']`. */
export type Schemas = components['schemas'];

export interface ApiClientOptions extends ClientOptions {
  /** Sent on every request as `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** Run on every request and answer (the web app adds its CSRF token). */
  middleware?: Middleware[];
}

/** A media type (`application/json`): a client typed by one reads its answers as that type only. */
export type MediaType = `${string}/${string}`;

/**
 * `Media` narrows the answers' types to one media type: a client that always asks for JSON
 * (`createApiClient<'application/json'>`) gets a report as JSON, never typed as its CSV.
 */
export function createApiClient<Media extends MediaType = MediaType>(
  options: ApiClientOptions = {},
): Client<paths, Media> {
  const { apiKey, middleware = [], ...clientOptions } = options;
  const client = createClient<paths, Media>(clientOptions);
  if (apiKey) client.use(bearer(apiKey));
  for (const each of middleware) client.use(each);
  return client;
}

function bearer(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${apiKey}`);
      return request;
    },
  };
}
