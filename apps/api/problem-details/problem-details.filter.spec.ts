import { type ArgumentsHost, Logger, NotFoundException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import {
  AccessError,
  DomainError,
  type ErrorCode,
  invalidField,
  InvalidFieldsError,
  TransitionRefusedError,
} from '../../../libs/errors';
import { flattenValidationErrors, ProblemDetailsFilter, statusOf } from './problem-details.filter';
import { PROBLEM_TYPES } from './problem-types';

// The filter logs an unexpected error's stack: not in the test output.
jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('flattenValidationErrors', () => {
  it('lists each broken rule of each field, nested fields by their path', () => {
    const fields = flattenValidationErrors([
      error('message', { isLength: 'message must be longer than or equal to 1 characters' }),
      error('rows', undefined, [
        error('0', undefined, [
          error('quantity', { isPositive: 'quantity must be a positive number' }),
        ]),
      ]),
    ]);
    expect(fields).toEqual([
      { field: 'message', problem: 'message must be longer than or equal to 1 characters' },
      { field: 'rows.0.quantity', problem: 'quantity must be a positive number' },
    ]);
  });

  it('tells a value of the wrong type only that', () => {
    const fields = flattenValidationErrors([
      error('description', {
        maxLength: 'description must be shorter than or equal to 5000 characters',
        isString: 'description must be a string',
      }),
    ]);
    expect(fields).toEqual([{ field: 'description', problem: 'description must be a string' }]);
  });
});

describe('ProblemDetailsFilter', () => {
  /** What the filter answers for `exception`, as a client receives it. */
  function answer(exception: unknown) {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = {
      headers: {},
    };
    const response = {
      setHeader: (name: string, value: string) => (sent.headers[name.toLowerCase()] = value),
      getHeader: (name: string) => sent.headers[name.toLowerCase()],
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(value: string) {
        sent.headers['content-type'] = value;
        return this;
      },
      send: (body: unknown) => (sent.body = body),
    };
    const host = {
      switchToHttp: () => ({
        getResponse: () => response,
        getRequest: () => ({ originalUrl: '/api/v1/things' }),
      }),
    } as unknown as ArgumentsHost;
    new ProblemDetailsFilter().catch(exception, host);
    return sent;
  }

  it('answers a domain error by its code: status, type, title, detail and fields', () => {
    const refused = answer(invalidField('currency', 'deals of "b2b" are in USD, not EUR'));
    expect(refused.status).toBe(422);
    expect(refused.headers['content-type']).toBe('application/problem+json');
    expect(refused.body).toEqual({
      type: '/problems/invalid-fields',
      title: 'invalid fields',
      status: 422,
      detail: 'currency: deals of "b2b" are in USD, not EUR',
      instance: '/api/v1/things',
      errors: [{ field: 'currency', problem: 'deals of "b2b" are in USD, not EUR' }],
    });
    const malformed = answer(
      new InvalidFieldsError([{ field: 'sort', problem: 'no' }], { malformed: true }),
    );
    expect(malformed.status).toBe(400);
  });

  it('names every field that shares a problem, in the detail and in errors', () => {
    const both = answer(invalidField('dealId, leadId', 'bind the activity to exactly one record'));
    expect(both.body).toMatchObject({
      detail: 'dealId, leadId: bind the activity to exactly one record',
      errors: [
        { field: 'dealId', problem: 'bind the activity to exactly one record' },
        { field: 'leadId', problem: 'bind the activity to exactly one record' },
      ],
    });
  });

  it('carries extension members, and the documented status of each code', () => {
    const refused = answer(new TransitionRefusedError('lost is closed', 'closed'));
    expect(refused.body).toMatchObject({ type: '/problems/transition-refused', code: 'closed' });
    for (const [code, type] of Object.entries(PROBLEM_TYPES)) {
      if (code === 'invalid-fields') continue;
      const error = new DomainError(code as ErrorCode, 'x');
      expect(statusOf(error)).toBe(type.status);
      expect(answer(error).body).toMatchObject({ type: `/problems/${code}`, status: type.status });
    }
    expect(answer(new AccessError('unauthenticated', 'no key')).headers['www-authenticate']).toBe(
      'Bearer',
    );
  });

  it("types the framework's own errors by status, and shows nothing of an unexpected one", () => {
    expect(answer(new NotFoundException('Cannot GET /nope')).body).toMatchObject({
      type: '/problems/not-found',
      status: 404,
      detail: 'Cannot GET /nope',
    });
    const crash = answer(new Error('password=hunter2 in the SQL'));
    expect(crash.status).toBe(500);
    expect(crash.body).toEqual({
      type: '/problems/internal-error',
      title: 'internal error',
      status: 500,
      detail: 'an unexpected error occurred',
      instance: '/api/v1/things',
    });
  });

  it('answers a write undone by a deadlock as a 503 to try again in a second, the database down in five', () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
    // The ORM wraps the driver's error: the filter follows it.
    const wrapped = Object.assign(new Error('update "deal" set … - deadlock detected'), {
      previous: deadlock,
    });
    for (const error of [deadlock, wrapped]) {
      const sent = answer(error);
      expect(sent.status).toBe(503);
      expect(sent.headers['retry-after']).toBe('1');
      expect(sent.body).toMatchObject({
        type: '/problems/service-unavailable',
        detail: expect.stringContaining('collided with a concurrent one'),
      });
    }
    const serialization = answer(
      Object.assign(new Error('could not serialize access'), { code: '40001' }),
    );
    expect(serialization.headers['retry-after']).toBe('1');
    const down = answer(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    expect([down.status, down.headers['retry-after']]).toEqual([503, '5']);
    // A constraint violation is the request's or a bug: not to be tried again.
    expect(answer(Object.assign(new Error('duplicate key value'), { code: '23505' })).status).toBe(
      500,
    );
  });
});
