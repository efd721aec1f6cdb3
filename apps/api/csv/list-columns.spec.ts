import { parse } from 'csv-parse/sync';
import { DateTimeField, NestedField, ObjectField, TextField, UuidField } from '../openapi/fields';
import { csvLines } from './csv';
import { listColumns, type RelatedNames } from './list-columns';

class MoneyDto {
  @TextField()
  amount!: string;

  @TextField()
  currency!: string;
}

class RowDto {
  @TextField()
  name!: string;
}

class ThingDto {
  @UuidField()
  id!: string;

  @TextField()
  title!: string;

  @UuidField({ nullable: true })
  companyId!: string | null;

  @NestedField(MoneyDto)
  total!: MoneyDto;

  @NestedField([RowDto])
  rows!: RowDto[];

  @ObjectField()
  custom!: Record<string, unknown>;

  @DateTimeField()
  createdAt!: string;
}

describe('the columns of a list export', () => {
  const names: RelatedNames = new Map([['companyId', new Map([['c1', 'ACME, Inc.']])]]);
  const columns = listColumns(ThingDto, () => names);
  const row = (thing: object) => columns.map((c) => c.cell(thing));

  it('come from the documented item: nested records flattened, a name beside its id', () => {
    expect(columns.map((c) => c.header)).toEqual([
      'id',
      'title',
      'companyId',
      'companyName',
      'total.amount',
      'total.currency',
      'rows',
      'custom',
      'createdAt',
    ]);
  });

  it('fill each row: lists and custom fields as JSON, nothing as empty, formulas neutralised', () => {
    const thing = {
      id: 't1',
      title: "=cmd|' /C calc'!A0",
      companyId: 'c1',
      total: { amount: '-12.50', currency: 'EUR' },
      rows: [{ name: 'a' }],
      custom: { region: 'north' },
      createdAt: '2026-12-04T10:00:00.000Z',
    };
    const [parsed] = parse(csvLines([row(thing)])) as string[][];
    expect(parsed).toEqual([
      't1',
      "'=cmd|' /C calc'!A0",
      'c1',
      'ACME, Inc.',
      '-12.50',
      'EUR',
      '[{"name":"a"}]',
      '{"region":"north"}',
      '2026-12-04T10:00:00.000Z',
    ]);
    expect(row({ ...thing, companyId: null, rows: [] })[3]).toBeNull();
  });
});
