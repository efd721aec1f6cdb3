import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { componentsSchema, toJsonSchema, type Schema } from './json-schema';

/**
 * Holds answers to the OpenAPI document (docs/openapi.json): an answer is what the document says
 * the operation answers with that status and content type, or it is a mismatch. The integration
 * tests run every answer they receive through it (test/support/answer-check-setup.ts).
 */

interface Operation {
  id: string;
  method: string;
  path: string;
  /** The path as a pattern, `{id}` standing for one segment. */
  pattern: RegExp;
  /** How many segments are templated: literal paths win over templates (`/deals/board`). */
  templated: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface Answer {
  method: string;
  /** The path of the request (a query is ignored). */
  path: string;
  status: number;
  /** The Content-Type header, parameters included (`application/json; charset=utf-8`). */
  contentType: string;
  /** The body, parsed when JSON; undefined when not read (streams, files) or empty. */
  body: unknown;
  /** Whether the answer had a body (a 204 has none). */
  hasBody: boolean;
}

export interface Mismatch {
  operation: string;
  method: string;
  path: string;
  status: number;
  /** Why the answer is not one the document describes: its ajv error paths, or what is missing. */
  problems: string[];
}

/** The parts of an OpenAPI document the check reads. */
export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { operationId?: string; responses?: Operation['responses'] }>
  >;
  components?: {
    schemas?: Record<string, Schema>;
    /** Answers several operations share, referred to as `#/components/responses/<name>`. */
    responses?: Record<string, Operation['responses'][string]>;
  };
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
const RESPONSE_REF = '#/components/responses/';

/** An operation's answers with the shared ones (`$ref`) in place. */
function resolveResponses(
  responses: Operation['responses'],
  document: OpenApiDocument,
): Operation['responses'] {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      const ref = (response as { $ref?: string }).$ref;
      if (!ref) return [status, response];
      const shared = ref.startsWith(RESPONSE_REF)
        ? document.components?.responses?.[ref.slice(RESPONSE_REF.length)]
        : undefined;
      if (!shared) throw new Error(`${status}: ${ref} is not in the document's responses`);
      return [status, shared];
    }),
  );
}

export class AnswerChecker {
  private readonly operations: Operation[];
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  /** `closed`: objects refuse members the document does not name (the default). */
  constructor(document: OpenApiDocument, options: { closed?: boolean } = {}) {
    const components = document.components?.schemas ?? {};
    const closed = options.closed ?? true;
    this.convert = (schema) => toJsonSchema(schema, { closed, components });
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.ajv.addSchema(componentsSchema({ closed, components }));
    this.operations = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => METHODS.has(method))
          .map(([method, operation]) => ({
            id: operation.operationId ?? `${method} ${path}`,
            method: method.toUpperCase(),
            path,
            pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            templated: (path.match(/\{/g) ?? []).length,
            responses: resolveResponses(operation.responses ?? {}, document),
          })),
      )
      .sort((a, b) => a.templated - b.templated);
  }

  private readonly convert: (schema: Schema) => Schema;

  /** The documented operation a request reaches, if the document has one. */
  operation(method: string, path: string): Operation | undefined {
    const bare = path.split('?')[0];
    return this.operations.find(
      (operation) => operation.method === method.toUpperCase() && operation.pattern.test(bare),
    );
  }

  /** Undefined when the document describes the answer; else what it does not describe. */
  check(answer: Answer): Mismatch | undefined {
    const operation = this.operation(answer.method, answer.path);
    if (!operation) return undefined; // not an operation of the API (the web app, unknown paths)
    const problems = this.problems(operation, answer);
    if (problems.length === 0) return undefined;
    return {
      operation: operation.id,
      method: operation.method,
      path: answer.path.split('?')[0],
      status: answer.status,
      problems,
    };
  }

  private problems(operation: Operation, answer: Answer): string[] {
    const response = operation.responses[String(answer.status)] ?? operation.responses.default;
    if (!response) {
      const documented = Object.keys(operation.responses).join(', ');
      return [`status ${answer.status} is not documented (documented: ${documented})`];
    }
    const content = response.content ?? {};
    const mediaType = answer.contentType.split(';')[0].trim().toLowerCase();
    if (Object.keys(content).length === 0) {
      return answer.hasBody ? [`documented without a body, answered ${mediaType || 'a body'}`] : [];
    }
    const media = content[mediaType];
    if (!media) {
      const documented = Object.keys(content).join(', ');
      return [`content type "${mediaType}" is not documented (documented: ${documented})`];
    }
    if (!media.schema || !mediaType.includes('json') || answer.body === undefined) return [];
    const validate = this.validator(`${operation.id} ${answer.status} ${mediaType}`, media.schema);
    if (validate(answer.body)) return [];
    return (validate.errors ?? []).map(describeError);
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.convert(schema));
      this.validators.set(key, validate);
    }
    return validate;
  }
}

/** `/items/0/stage: must be equal to one of the allowed values (new, qualified)`. */
function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(the body)';
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties'
      ? `member "${String(params.unevaluatedProperty ?? params.additionalProperty)}" is not documented`
      : error.keyword === 'enum'
        ? `${error.message} (${(params.allowedValues as unknown[]).map(String).join(', ')})`
        : error.message;
  return `${where}: ${detail} [${error.schemaPath}]`;
}

/** The mismatches as one message naming operation, status and ajv error paths. */
export function describeMismatches(mismatches: Mismatch[]): string {
  return [
    'Answers the OpenAPI document (docs/openapi.json) does not describe:',
    ...mismatches.map(
      (m) =>
        `- ${m.operation} (${m.method} ${m.path}) answered ${m.status}:\n` +
        m.problems.map((p) => `    ${p}`).join('\n'),
    ),
  ].join('\n');
}
