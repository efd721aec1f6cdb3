import { applyDecorators, Headers, HttpCode, Param, type Type } from '@nestjs/common';
import {
  ApiExtension,
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { IF_MATCH_PATTERN } from '../../../libs/crm/concurrency/if-match';
import { type ErrorCode } from '../../../libs/errors';
import { ParseUUIDPipe } from '../http/param-pipes';

/**
 * The problem types an operation answers beyond those every operation of its kind answers
 * (completeDocument adds those: 401/403/429/503 for an authenticated route, 400/413/415 for one
 * that takes a body or parameters). Each decorator that knows of some declares them under its
 * own `x-problems…` key; completeDocument turns them into answers, grouped by status.
 */
export const PROBLEMS_EXTENSION = 'x-problems';

/** Declares problem types an operation may answer, under its own extension key. */
export const Problems = (key: string, codes: ErrorCode[]) =>
  ApiExtension(`${PROBLEMS_EXTENSION}-${key}`, codes);

/** The success answer of an operation. */
export interface Answer {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** A JSON answer of this class (or an array of it). */
  type?: Type<unknown>;
  isArray?: boolean;
  /** Another media type than JSON (a PDF, CSV, an HTML page, an event stream). */
  mediaType?: string;
  /** A list that answers CSV too, with `?format=csv` or `Accept: text/csv` (ListExport). */
  csv?: boolean;
}

/** 200 with this record (or a list of them: `ok([Deal], …)`). */
export const ok = (type: Type<unknown> | [Type<unknown>], description: string): Answer =>
  Array.isArray(type)
    ? { status: 200, type: type[0], isArray: true, description }
    : { status: 200, type, description };

/**
 * 200 with a page of the list (`PageOf(item)`) as JSON, or every matching row as CSV with
 * `?format=csv` or `Accept: text/csv` (apps/api/csv/list-export.ts).
 */
export const listOrCsv = (page: Type<unknown>, description: string): Answer => ({
  status: 200,
  type: page,
  description: `${description}. Every matching row as CSV with ?format=csv or Accept: text/csv (docs/api.md, Exports)`,
  csv: true,
});

/** 201 with the created record. */
export const created = (type: Type<unknown>, description: string): Answer => ({
  status: 201,
  type,
  description,
});

/** 202 with this body: the request is taken, its effect follows. */
export const accepted = (type: Type<unknown>, description: string): Answer => ({
  status: 202,
  type,
  description,
});

/** 204, nothing in the body. */
export const noContent = (description: string): Answer => ({ status: 204, description });

/** 200 with a body of another media type (`application/pdf`, `text/csv`, `text/html`). */
export const file = (mediaType: string, description: string): Answer => ({
  status: 200,
  mediaType,
  description,
});

export interface OperationSpec {
  /** Stable and unique: a verb and a noun in camelCase (`listDeals`, `createDeal`, `moveDeal`). */
  id: string;
  summary: string;
  description?: string;
  /** The success answer; its status is the route's (set here for POSTs that answer 200). */
  answer: Answer;
  /** Problem types this route answers beyond the common ones (see PROBLEMS_EXTENSION). */
  problems?: ErrorCode[];
  /**
   * The route answers 400 `invalid-fields` for what a request carries beyond its body and
   * parameters (a header, the kind of credentials); routes with a body or parameters answer it
   * anyway.
   */
  malformed?: boolean;
}

/** The extension that says an operation answers 400 `invalid-fields` (OperationSpec.malformed). */
export const MALFORMED_EXTENSION = 'x-malformed-input';

/**
 * One operation of the document: its id, summary, success answer and the problems it can
 * answer. `@Operation({ id: 'moveDeal', summary: 'Move a deal', answer: ok(DealDto, '…'),
 * problems: ['transition-refused'] })`.
 */
export function Operation(spec: OperationSpec): MethodDecorator {
  const { answer } = spec;
  const decorators: (MethodDecorator | ClassDecorator)[] = [
    ApiOperation({ operationId: spec.id, summary: spec.summary, description: spec.description }),
    Problems('operation', spec.problems ?? []),
    ...(spec.malformed ? [ApiExtension(MALFORMED_EXTENSION, true)] : []),
    // The route answers the status the document says.
    HttpCode(answer.status),
  ];
  if (answer.mediaType) {
    decorators.push(
      ApiProduces(answer.mediaType),
      ApiResponse({
        status: answer.status,
        description: answer.description,
        content: {
          [answer.mediaType]: {
            schema: answer.mediaType.startsWith('text/')
              ? { type: 'string' }
              : { type: 'string', format: 'binary' },
          },
        },
      }),
    );
  } else if (answer.csv && answer.type) {
    decorators.push(
      ApiExtraModels(answer.type),
      ApiProduces('application/json', 'text/csv'),
      ApiResponse({
        status: answer.status,
        description: answer.description,
        content: {
          'application/json': { schema: { $ref: getSchemaPath(answer.type) } },
          'text/csv': { schema: { type: 'string' } },
        },
      }),
    );
  } else {
    decorators.push(
      ApiResponse({
        status: answer.status,
        description: answer.description,
        type: answer.type,
        isArray: answer.isArray,
        headers: answer.type && hasVersion(answer.type) && !answer.isArray ? ETAG : undefined,
      }),
    );
  }
  return applyDecorators(...decorators);
}

const ETAG = {
  ETag: {
    description: 'the version of the record (`"3"`): send it back in If-Match to write safely',
    schema: { type: 'string' as const },
  },
};

function hasVersion(type: Type<unknown>): boolean {
  const properties = Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype) as
    string[] | undefined;
  return properties?.includes(':version') ?? false;
}

/** A parameter decorator that documents its method too (it runs on the method's descriptor). */
function documenting(
  param: ParameterDecorator,
  ...documents: (MethodDecorator | ClassDecorator)[]
): ParameterDecorator {
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    applyDecorators(...documents)(target, key, descriptor);
  };
}

/** A path parameter that must be a UUID: 400 naming it otherwise, 404 when no record has it. */
export const UuidParam = (name = 'id', description = 'the record’s id') =>
  documenting(
    Param(name, ParseUUIDPipe),
    ApiParam({ name, description, schema: { type: 'string', format: 'uuid' } }),
    Problems(`param-${name}`, ['invalid-fields', 'not-found']),
  );

/**
 * The `If-Match` header of a write: the ETag the client read. A stale one answers 409
 * `stale-version`, a malformed one 400 `invalid-if-match`; without it the write applies.
 */
export const IfMatch = () =>
  documenting(
    Headers('if-match'),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'the ETag you read (`"3"`), or `*`: the write applies only if the record is still at that version',
      schema: { type: 'string', pattern: IF_MATCH_PATTERN.source },
    }),
    Problems('if-match', ['stale-version', 'invalid-if-match']),
  );
