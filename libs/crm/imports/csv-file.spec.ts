import fc from 'fast-check';
import { encode } from 'iconv-lite';
import { InvalidFieldsError } from '../../errors';
import { MAX_CELL_CHARS, readCsvFile } from './csv-file';

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidFieldsError) return error.fields[0];
    throw error;
  }
  throw new Error('no problem');
};

describe('reading an uploaded CSV file', () => {
  it('reads `;`, quotes in quotes, a quote in an unquoted cell and a line break in a cell', () => {
    const file = readCsvFile(
      Buffer.from('Name;Note\nAnn;"She said ""yes"""\nBob;12" screen\n"Cy";"two\nlines"\n'),
    );
    expect(file).toEqual({
      encoding: 'utf-8',
      delimiter: ';',
      columns: ['Name', 'Note'],
      rows: [
        ['Ann', 'She said "yes"'],
        ['Bob', '12" screen'],
        ['Cy', 'two\nlines'],
      ],
    });
  });

  it('tells Windows-1251 from UTF-8 (with or without a BOM)', () => {
    const text = 'Имя,Телефон\nАнна,+7 495 123-45-67\n';
    const cp1251 = readCsvFile(encode(text, 'win1251'));
    expect(cp1251.encoding).toBe('windows-1251');
    expect(cp1251.columns).toEqual(['Имя', 'Телефон']);
    expect(cp1251.rows).toEqual([['Анна', '+7 495 123-45-67']]);
    const utf8 = readCsvFile(Buffer.from(`\uFEFF${text}`));
    expect(utf8).toMatchObject({ encoding: 'utf-8', columns: ['Имя', 'Телефон'] });
  });

  it('names duplicate and empty headers, pads short rows and cuts cells past the header', () => {
    const file = readCsvFile(Buffer.from('Email,email,\n1\n1,2,3,4\n'));
    expect(file.columns).toEqual(['Email', 'email (2)', 'Column 3']);
    expect(file.rows).toEqual([
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('refuses what is not CSV, naming the line', () => {
    expect(problemOf(() => readCsvFile(Buffer.from('a,b\n1,"open\n2,3\n')))).toEqual({
      field: 'body',
      problem: 'line 3: a quoted cell is not closed (a " opens it and no " ends it)',
    });
    const long = `a,b\n1,${'x'.repeat(MAX_CELL_CHARS + 1)}\n`;
    expect(problemOf(() => readCsvFile(Buffer.from(long))).problem).toMatch(/^line 2: .*longer/);
    expect(problemOf(() => readCsvFile(Buffer.alloc(0))).problem).toMatch(/empty/);
    expect(problemOf(() => readCsvFile(Buffer.from([0x50, 0x4b, 0x03, 0x00]))).problem).toMatch(
      /not a text file/,
    );
    expect(
      problemOf(() => readCsvFile(encode('Имя\nАнна\n', 'win1251'), { encoding: 'utf-8' })),
    ).toMatchObject({ field: 'encoding' });
  });

  it('either reads any bytes or refuses them with a problem naming a field', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          const file = readCsvFile(Buffer.from(bytes));
          expect(file.rows.every((r) => r.length === file.columns.length)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidFieldsError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
