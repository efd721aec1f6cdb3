import { jsonDepth } from './json-depth';

const depth = (text: string, limit?: number) => jsonDepth(Buffer.from(text), limit);

describe('jsonDepth: how deeply a JSON body nests, before parsing it', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(depth('1')).toBe(0);
    expect(depth('{"a":1}')).toBe(1);
    expect(depth('{"a":[{"b":[]}],"c":{}}')).toBe(4);
    expect(depth('{"a":"[[[{{{"}')).toBe(1);
    expect(depth('{"a":"quote \\" then [[[ \\\\"}')).toBe(1);
    expect(depth('{"a":"\\\\","b":[[1]]}')).toBe(3);
  });

  it('stops reading once past the limit', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(depth(deep)).toBe(5000);
    expect(depth(deep, 32)).toBe(33);
  });
});
