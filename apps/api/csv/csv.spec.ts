import { parse } from 'csv-parse/sync';
import { asksForCsv, csvLines, neutralise, toCsv } from './csv';

describe('CSV', () => {
  it('quotes as RFC 4180 says, with a header row and CRLF', () => {
    const csv = toCsv(['name', 'count', 'amount USD'], [['Ann "the" Lee, Berlin', 3, '1200.50']]);
    expect(csv).toBe('name,count,amount USD\r\n"Ann ""the"" Lee, Berlin",3,1200.50\r\n');
  });

  it('neutralises formulas but keeps numbers', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutralise('+1')).toBe("'+1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('-12.50')).toBe('-12.50');
    expect(neutralise(-3)).toBe('-3');
    expect(neutralise(null)).toBe('');
  });

  it('round-trips through a CSV parser', () => {
    const rows = [
      ['a\r\nb', 1, null],
      ['=cmd', 0.25, '7.00'],
    ];
    const parsed = parse(toCsv(['x', 'y', 'z'], rows)) as string[][];
    expect(parsed).toEqual([
      ['x', 'y', 'z'],
      ['a\r\nb', '1', ''],
      ["'=cmd", '0.25', '7.00'],
    ]);
  });
});

describe('a stream of CSV rows', () => {
  it('continues a table with the same quoting, and writes nothing for no rows', () => {
    expect(csvLines([])).toBe('');
    const csv = toCsv(['a', 'b'], [['x', 1]]) + csvLines([['=1+2', 'say "hi"\nbye']]);
    expect(parse(csv)).toEqual([
      ['a', 'b'],
      ['x', '1'],
      ["'=1+2", 'say "hi"\nbye'],
    ]);
  });

  it('is asked for by ?format=csv, or by Accept: text/csv unless format=json', () => {
    expect(asksForCsv('csv', undefined)).toBe(true);
    expect(asksForCsv(undefined, 'text/csv')).toBe(true);
    expect(asksForCsv(undefined, 'Text/CSV; charset=utf-8')).toBe(true);
    expect(asksForCsv('json', 'text/csv')).toBe(false);
    expect(asksForCsv(undefined, 'application/json, */*')).toBe(false);
    expect(asksForCsv(undefined, undefined)).toBe(false);
  });
});
