import { type CustomFieldDefinition } from '../custom-fields/custom-field-types';
import { customCellValue, customValuesOfCells } from './custom-cells';

const field = (type: CustomFieldDefinition['type']): CustomFieldDefinition => ({
  code: type,
  label: type,
  type,
  required: false,
  options: [],
  active: true,
});

describe('custom field cells of a CSV import', () => {
  it('reads numbers with a decimal point or comma and spaces between thousands', () => {
    expect(customCellValue(field('number'), '42')).toBe(42);
    expect(customCellValue(field('number'), '7,5')).toBe(7.5);
    expect(customCellValue(field('number'), '1 200.25')).toBe(1200.25);
    expect(customCellValue(field('number'), 'many')).toBe('many');
  });

  it('reads flags in English and Russian', () => {
    for (const yes of ['true', 'Yes', '1', 'да'])
      expect(customCellValue(field('flag'), yes)).toBe(true);
    for (const no of ['FALSE', 'no', '0', 'Нет'])
      expect(customCellValue(field('flag'), no)).toBe(false);
    expect(customCellValue(field('flag'), 'maybe')).toBe('maybe');
  });

  it('reads money as an amount beside its currency, either side', () => {
    expect(customCellValue(field('money'), '1200.50 usd')).toEqual({
      amount: '1200.50',
      currency: 'USD',
    });
    expect(customCellValue(field('money'), 'RUB 1 200,50')).toEqual({
      amount: '1200.50',
      currency: 'RUB',
    });
    expect(customCellValue(field('money'), '1200.50')).toBe('1200.50');
  });

  it('keeps text, dates, list options and unknown codes as written', () => {
    expect(customCellValue(field('date'), ' 2027-03-31 ')).toBe('2027-03-31');
    expect(customCellValue(undefined, '12')).toBe('12');
    expect(customValuesOfCells([field('number')], { number: '3', other: 'x' })).toEqual({
      number: 3,
      other: 'x',
    });
  });
});
