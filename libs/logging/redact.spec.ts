import { redactUrl, scrubSqlValues, scrubText } from './redact';

describe('log redaction', () => {
  it('takes link tokens and secret parameters out of URLs, and nothing else', () => {
    expect(redactUrl('/q/eyJwIjoicXVvdGUifQ.abc/accept')).toBe('/q/[redacted]/accept');
    expect(redactUrl('/api/v1/deals?limit=5&api_key=vk_x&accessToken=t&q=ann')).toBe(
      '/api/v1/deals?limit=5&api_key=[redacted]&accessToken=[redacted]&q=ann',
    );
    expect(redactUrl('/api/v1/quotes/7')).toBe('/api/v1/quotes/7');
  });

  it('replaces what our secrets look like in free text', () => {
    const key = 'vk_' + 'a1B2'.repeat(10);
    expect(scrubText(`key ${key} refused`)).toBe('key vk_[redacted] refused');
    expect(scrubText('secret whsec_abcdefghijklmnop')).toBe('secret whsec_[redacted]');
    expect(scrubText(`sha256=${'ab'.repeat(32)}`)).toBe('sha256=[redacted]');
    expect(scrubText('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(scrubText('smtps://mailer:s3cret@mail.example:465')).toBe(
      'smtps://mailer:[redacted]@mail.example:465',
    );
    expect(scrubText('a quote for 1200.00 USD')).toBe('a quote for 1200.00 USD');
  });

  it('keeps the shape of SQL and the reason, not the values', () => {
    expect(
      scrubSqlValues(
        `insert into "user" ("email", "age") values ('ann@x.test', 42) - duplicate key value violates unique constraint "user_email_unique"`,
      ),
    ).toBe(
      `insert into "user" ("email", "age") values ('?', ?) - duplicate key value violates unique constraint "user_email_unique"`,
    );
    expect(scrubSqlValues("select 1 where id = 77 and name = 'O''Hara'")).toBe(
      "select 1 where id = ? and name = '?'",
    );
    expect(scrubSqlValues('invalid input syntax for type integer: "12a"')).toBe(
      'invalid input syntax for type integer: "?"',
    );
    expect(scrubSqlValues('Key (email)=(ann@x.test) already exists.')).toBe(
      'Key (email)=(?) already exists.',
    );
  });
});
