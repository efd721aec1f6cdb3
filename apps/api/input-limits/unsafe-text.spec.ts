import { findUnsafeText, unsafeTextProblem } from './unsafe-text';

describe('unsafe text: what PostgreSQL cannot store, or is not Unicode', () => {
  it('refuses the NUL character and lone surrogates, and nothing else', () => {
    expect(unsafeTextProblem('a\u0000b')).toBe('must not contain the NUL character (U+0000)');
    expect(unsafeTextProblem('a\uD800b')).toBe(
      'must be valid Unicode: it contains a lone surrogate (U+D800), half of a character',
    );
    expect(unsafeTextProblem('\uDC00')).toContain('(U+DC00)');
    expect(unsafeTextProblem('end \uD83D')).toContain('(U+D83D)');
    // Whole characters are fine, however exotic: an emoji (a surrogate pair), homoglyphs, RTL marks.
    for (const fine of ['😀 deal', 'Аpple (Cyrillic А)', '\u202Egnp.exe', 'tab\tnewline\n', ''])
      expect(unsafeTextProblem(fine)).toBeNull();
  });

  it('names each bad field by its dotted path, keys included, in document order', () => {
    const body = {
      title: 'ok',
      name: 'x\u0000',
      rows: [{ description: 'fine' }, { description: '\uDFFF' }],
      custom: { 'bad\u0000key': 1, nested: { deep: ['\u0000'] } },
    };
    expect(findUnsafeText(body)).toEqual([
      { field: 'name', problem: 'must not contain the NUL character (U+0000)' },
      { field: 'rows.1.description', problem: expect.stringContaining('lone surrogate (U+DFFF)') },
      { field: 'custom', problem: 'has a key that must not contain the NUL character (U+0000)' },
      { field: 'custom.nested.deep.0', problem: expect.stringContaining('NUL') },
    ]);
    expect(findUnsafeText('\u0000', 'q')).toEqual([{ field: 'q', problem: expect.any(String) }]);
    expect(findUnsafeText({ a: 1, b: [true, null], c: 'text' })).toEqual([]);
  });

  it('walks 100,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(1);
  });
});
