import { isConcurrentWriteConflict, isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable: PostgreSQL gone, not a bad request', () => {
  it('knows a server that refuses, drops, hangs or is overloaded', () => {
    for (const error of [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('Query read timeout'),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
        name: 'KnexTimeoutError',
      }),
      withCode('canceling statement due to statement timeout', '57014'),
      withCode('the database system is shutting down', '57P01'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
    ])
      expect({ message: error.message, unavailable: isDatabaseUnavailable(error) }).toEqual({
        message: error.message,
        unavailable: true,
      });
  });

  it('follows the causes the ORM wraps the driver error in', () => {
    const driver = new Error('Query read timeout');
    const wrapped = Object.assign(new Error('select 1 - Query read timeout'), { previous: driver });
    expect(isDatabaseUnavailable(Object.assign(new Error('outer'), { cause: wrapped }))).toBe(true);
  });

  it('leaves bad requests and bugs alone', () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('invalid input syntax for type uuid', '22P02'),
      withCode('syntax error at or near "x"', '42601'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      'a string',
      null,
    ])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isConcurrentWriteConflict: a transaction undone for a concurrent one', () => {
  it('knows a deadlock and a serialization failure, wrapped or not, and nothing else', () => {
    expect(isConcurrentWriteConflict(withCode('deadlock detected', '40P01'))).toBe(true);
    expect(isConcurrentWriteConflict(withCode('could not serialize access', '40001'))).toBe(true);
    expect(
      isConcurrentWriteConflict(
        Object.assign(new Error('outer'), { previous: withCode('deadlock detected', '40P01') }),
      ),
    ).toBe(true);
    for (const error of [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('canceling statement due to statement timeout', '57014'),
      new Error('deadlock detected'),
      null,
    ])
      expect(isConcurrentWriteConflict(error)).toBe(false);
  });
});
