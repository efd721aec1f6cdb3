import { boardFiltersAt } from './deal-scope';

describe('the board an address shows, as the app reads it before drawing', () => {
  const manager = { id: 'u1', role: 'manager' as const, teamId: 't1' };
  const head = { id: 'u2', role: 'head' as const, teamId: 't1' };
  const admin = { id: 'u3', role: 'admin' as const, teamId: null };
  const at = (url: string) => {
    const { pathname, search } = new URL(url, 'http://voronka.test');
    return { pathname, search };
  };

  it("opens with each role's own scope unless the address names one", () => {
    expect(boardFiltersAt(at('/deals?pipeline=b2b'), manager)).toEqual({
      pipelineId: 'b2b',
      responsibleId: 'u1',
    });
    expect(boardFiltersAt(at('/deals?pipeline=b2b'), head)).toEqual({
      pipelineId: 'b2b',
      teamId: 't1',
    });
    expect(boardFiltersAt(at('/deals?pipeline=b2b'), admin)).toEqual({ pipelineId: 'b2b' });
    expect(boardFiltersAt(at('/deals?pipeline=b2b&scope=all'), manager)).toEqual({
      pipelineId: 'b2b',
    });
  });

  it('takes the source and the search, trimmed', () => {
    expect(
      boardFiltersAt(at('/deals?pipeline=b2b&scope=all&source=web&q=%20acme%20'), admin),
    ).toEqual({ pipelineId: 'b2b', source: 'web', q: 'acme' });
  });

  it('is none for the list view, another screen, or no pipeline named', () => {
    expect(boardFiltersAt(at('/deals?pipeline=b2b&view=list'), admin)).toBeNull();
    expect(boardFiltersAt(at('/deals'), admin)).toBeNull();
    expect(boardFiltersAt(at('/deals/123?pipeline=b2b'), admin)).toBeNull();
    expect(boardFiltersAt(at('/?pipeline=b2b'), admin)).toBeNull();
  });
});
