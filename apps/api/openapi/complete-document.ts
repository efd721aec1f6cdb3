import { type OpenAPIObject } from '@nestjs/swagger';
import {
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ERROR_CODES, type ErrorCode } from '../../../libs/errors';
import { PROBLEM_TYPES, problemTypeUri } from '../problem-details/problem-types';
import { MALFORMED_EXTENSION, PROBLEMS_EXTENSION } from './operation';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/Problem';
const HEADERS_TOO_LARGE = 'HeadersTooLarge';
const HEADERS_TOO_LARGE_REF = `#/components/responses/${HEADERS_TOO_LARGE}`;

/** What every authenticated operation may answer: the auth guard's and the database's problems. */
const AUTHENTICATED: ErrorCode[] = [
  'unauthenticated',
  'forbidden',
  'csrf-token-invalid',
  'rate-limited',
  'service-unavailable',
];
/** What an operation that takes a body may answer before its route runs (body-limits.ts). */
const WITH_BODY: ErrorCode[] = ['body-too-large', 'unsupported-media-type'];

/**
 * Completes the document with what follows from the global layers, so that no operation has to
 * repeat it, and which the decorators cannot say:
 *
 * - problem answers: the problem types each operation declared (`x-problems-…` extensions of
 *   apps/api/openapi/operation.ts), plus those of the auth guard (authenticated operations), of the
 *   body limits (operations with a body) and of validation (400 `invalid-fields` for any
 *   operation with a body or parameters) and of the HTTP server (431 for any operation: its
 *   request line and headers over the limit), grouped by status, each as problem details whose `type`
 *   is one of the types named;
 * - security: an authenticated operation takes an API key or the web app's session;
 * - request bodies refuse unknown members (the ValidationPipe forbids them): their object schemas
 *   say `additionalProperties: false`;
 * - a body none of whose members is required may be left out (the ValidationPipe reads a missing
 *   body as `{}`: a PATCH without one changes nothing), so it is not said to be required;
 * - schema names without the `Dto` of their classes.
 */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const requestSchemas = new Set<string>();
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation) continue;
      completeOperation(operation);
      const body = operation.requestBody as
        { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
      const media = Object.values(body?.content ?? {});
      for (const { schema } of media) collectRefs(schema, schemas, requestSchemas);
      if (body && media.length > 0 && media.every(({ schema }) => requiresNothing(schema, schemas)))
        body.required = false;
    }
  }
  for (const name of requestSchemas) {
    const schema = schemas[name];
    if (schema.properties && schema.additionalProperties === undefined)
      schema.additionalProperties = false;
  }
  document.components = {
    ...document.components,
    responses: {
      ...document.components?.responses,
      [HEADERS_TOO_LARGE]: problemAnswer(431, ['headers-too-large']),
    },
  };
  return renameSchemas(document, (name) => name.replace(/Dto$/, ''));
}

/** Whether an object body of this schema may be `{}`. */
function requiresNothing(schema: unknown, schemas: Record<string, SchemaObject>): boolean {
  const ref = (schema as ReferenceObject | undefined)?.$ref;
  const resolved = ref ? schemas[ref.replace('#/components/schemas/', '')] : schema;
  const object = resolved as SchemaObject | undefined;
  return object?.type === 'object' && !object.required?.length && !object.allOf && !object.oneOf;
}

function completeOperation(operation: OperationObject): void {
  const codes = new Set<ErrorCode>();
  const declared = operation as unknown as Record<string, unknown>;
  for (const key of Object.keys(declared)) {
    if (!key.startsWith(PROBLEMS_EXTENSION)) continue;
    for (const code of declared[key] as ErrorCode[]) {
      if (!ERROR_CODES.includes(code))
        throw new Error(`${operation.operationId}: no problem type ${code}`);
      codes.add(code);
    }
    delete declared[key];
  }
  const malformed = declared[MALFORMED_EXTENSION] === true;
  delete declared[MALFORMED_EXTENSION];
  const byStatus = new Map<number, Set<ErrorCode>>();
  const add = (status: number, code: ErrorCode) =>
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  for (const code of codes) add(PROBLEM_TYPES[code].status, code);

  if (operation.security?.length) {
    operation.security = [{ bearer: [] }, { cookie: [] }];
    for (const code of AUTHENTICATED) add(PROBLEM_TYPES[code].status, code);
  } else {
    // Public (probes, problem types, quote pages, sign-in): says so rather than says nothing.
    operation.security = [];
  }
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  // A query, path or header value is text, never JSON null.
  for (const parameter of parameters)
    delete (parameter.schema as SchemaObject | undefined)?.nullable;
  if (operation.requestBody || parameters.length > 0 || malformed) add(400, 'invalid-fields');
  if (operation.requestBody) for (const code of WITH_BODY) add(PROBLEM_TYPES[code].status, code);

  const responses = operation.responses as Record<string, ResponseObject>;
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    // A route that documents a status itself (an HTML page, /ready's own body) keeps its answer.
    if (responses[status]) continue;
    responses[status] = problemAnswer(status, [...types]);
  }
  // Any request whose path, query and headers pass the HTTP server's limit (header-limits.ts):
  // one answer, referred to by every operation.
  responses['431'] = { $ref: HEADERS_TOO_LARGE_REF } as unknown as ResponseObject;
  operation.responses = Object.fromEntries(
    Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
  );
}

function problemAnswer(status: number, codes: ErrorCode[]): ResponseObject {
  codes.sort();
  const headers: ResponseObject['headers'] = {};
  if (status === 429 || status === 503 || codes.includes('idempotency-key-in-use'))
    headers['Retry-After'] = {
      description: 'seconds to wait before trying again',
      schema: { type: 'integer', minimum: 0 },
    };
  if (status === 401)
    headers['WWW-Authenticate'] = { description: '`Bearer`', schema: { type: 'string' } };
  return {
    description: codes
      .map((code) => `\`${problemTypeUri(code)}\`: ${PROBLEM_TYPES[code].title.toLowerCase()}`)
      .join('; '),
    ...(Object.keys(headers).length ? { headers } : {}),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [{ $ref: PROBLEM_REF }],
          type: 'object',
          properties: {
            type: { type: 'string', enum: codes.map(problemTypeUri) },
            status: { type: 'integer', enum: [status] },
            // The members of the types' own (a refused transition's `code`), each optional.
            ...Object.assign({}, ...codes.map((code) => PROBLEM_TYPES[code].members ?? {})),
          },
          // Malformed input always names its fields.
          ...(status === 400 ? { required: ['errors'] } : {}),
        },
      },
    },
  };
}

/** Adds the names of the component schemas a schema refers to, transitively. */
function collectRefs(schema: unknown, schemas: Record<string, SchemaObject>, into: Set<string>) {
  if (!schema || typeof schema !== 'object') return;
  const ref = (schema as ReferenceObject).$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    if (into.has(name)) return;
    into.add(name);
    collectRefs(schemas[name], schemas, into);
    return;
  }
  for (const value of Object.values(schema)) collectRefs(value, schemas, into);
}

function renameSchemas(document: OpenAPIObject, rename: (name: string) => string): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const names = new Map(Object.keys(schemas).map((name) => [name, rename(name)]));
  const taken = new Map<string, string>();
  for (const [from, to] of names) {
    if (taken.has(to)) throw new Error(`schemas ${taken.get(to)} and ${from} are both named ${to}`);
    taken.set(to, from);
  }
  const prefix = '#/components/schemas/';
  const json = JSON.stringify(
    {
      ...document,
      components: {
        ...document.components,
        schemas: Object.fromEntries(Object.entries(schemas).map(([n, s]) => [names.get(n), s])),
      },
    },
    (key, value: unknown) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(prefix)
        ? prefix + (names.get(value.slice(prefix.length)) ?? value.slice(prefix.length))
        : value,
  );
  return JSON.parse(json) as OpenAPIObject;
}
