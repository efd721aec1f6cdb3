import { checkIfMatch, IF_MATCH_PATTERN } from './if-match';

describe('If-Match', () => {
  it('takes *, quoted, weak and bare versions, several separated by commas', () => {
    for (const value of ['*', '"3"', 'W/"3"', '3', '"1", "3"', ' "3" '])
      expect(() => checkIfMatch(value, 3)).not.toThrow();
  });

  it('answers a stale version as stale-version, anything else as invalid-if-match', () => {
    expect(() => checkIfMatch('"2"', 3)).toThrow(
      expect.objectContaining({ code: 'stale-version' }),
    );
    for (const value of ['', 'abc', '"1"2', '"3",', 'W/', '"-1"'])
      expect(() => checkIfMatch(value, 3)).toThrow(
        expect.objectContaining({ code: 'invalid-if-match' }),
      );
  });

  it('refuses exactly what the documented pattern refuses', () => {
    for (const value of ['*', '"3"', 'W/"3"', '3', '"1", "3"'])
      expect(IF_MATCH_PATTERN.test(value)).toBe(true);
    for (const value of ['', 'abc', '"1"2', '"3",'])
      expect(IF_MATCH_PATTERN.test(value)).toBe(false);
  });
});
