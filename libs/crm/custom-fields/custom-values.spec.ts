import { type CustomFieldDefinition } from './custom-field-types';
import { checkCustomValues, isIsoDate, parseCustomFilter } from './custom-values';

const field = (
  code: string,
  type: CustomFieldDefinition['type'],
  extra: Partial<CustomFieldDefinition> = {},
): CustomFieldDefinition => ({
  code,
  label: code,
  type,
  required: false,
  options: [],
  active: true,
  ...extra,
});

const FIELDS = [
  field('segment', 'list', { options: ['smb', 'enterprise'], required: true }),
  field('seats', 'number'),
  field('budget', 'money'),
  field('renewal', 'date'),
  field('vip', 'flag'),
  field('note', 'text'),
  field('old', 'text', { active: false }),
];

const problems = (input: unknown, current: Record<string, unknown> = {}) => {
  try {
    checkCustomValues(FIELDS, input, current, 'a deal');
    return [];
  } catch (error) {
    return (error as { fields: { field: string; problem: string }[] }).fields;
  }
};

describe('custom values', () => {
  it('keeps good values, normalised: money at its currency’s decimals, texts trimmed', () => {
    expect(
      checkCustomValues(
        FIELDS,
        {
          segment: 'smb',
          seats: 12.5,
          budget: { amount: '100.5', currency: 'EUR' },
          renewal: '2028-02-29',
          vip: false,
          note: '  hi ',
        },
        {},
        'a deal',
      ),
    ).toEqual({
      segment: 'smb',
      seats: 12.5,
      budget: { amount: '100.50', currency: 'EUR' },
      renewal: '2028-02-29',
      vip: false,
      note: 'hi',
    });
  });

  it('writes a change over the values there are: null and an empty text clear', () => {
    expect(
      checkCustomValues(
        FIELDS,
        { seats: null, note: '' },
        { segment: 'smb', seats: 3, note: 'x', old: 'kept' },
        'a deal',
      ),
    ).toEqual({ segment: 'smb', old: 'kept' });
  });

  it('names every wrong value custom.<code>, a missing required one too', () => {
    expect(
      problems({
        seats: '3',
        budget: { amount: '1.999', currency: 'USD' },
        renewal: '2027-02-29',
        vip: 1,
        note: 5,
        old: 'x',
        nope: 1,
      }),
    ).toEqual([
      { field: 'custom.seats', problem: 'must be a number, like 42 or 7.5' },
      { field: 'custom.budget', problem: 'must have at most 2 decimals in USD' },
      { field: 'custom.renewal', problem: 'must be a date written YYYY-MM-DD, like 2027-03-31' },
      { field: 'custom.vip', problem: 'must be true or false' },
      { field: 'custom.note', problem: 'must be a text' },
      { field: 'custom.old', problem: expect.stringContaining('is not a custom field of a deal') },
      { field: 'custom.nope', problem: expect.stringContaining('is not a custom field of a deal') },
      { field: 'custom.segment', problem: 'is required' },
    ]);
    expect(problems({ segment: 'huge' })).toEqual([
      { field: 'custom.segment', problem: 'must be one of: smb, enterprise' },
    ]);
    expect(problems({ segment: 'smb', budget: { amount: '5', currency: 'usd' } })).toEqual([
      { field: 'custom.budget', problem: expect.stringContaining('ISO 4217') },
    ]);
    expect(problems([1])).toEqual([{ field: 'custom', problem: expect.any(String) }]);
  });

  it('knows a calendar date', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
  });

  it('reads list filters by the type of their field', () => {
    const read = (text: string) => parseCustomFilter(FIELDS, text, 'a deal');
    expect(read('segment:smb')).toEqual({ code: 'segment', kind: 'equals', value: 'smb' });
    expect(read('vip:false')).toEqual({ code: 'vip', kind: 'equals', value: false });
    expect(read('seats:10..20')).toEqual({ code: 'seats', kind: 'range', from: 10, to: 20 });
    expect(read('seats:..20')).toEqual({ code: 'seats', kind: 'range', to: 20 });
    expect(read('renewal:2027-01-01..')).toEqual({
      code: 'renewal',
      kind: 'range',
      from: '2027-01-01',
    });
    expect(read('budget:EUR')).toEqual({ code: 'budget', kind: 'currency', currency: 'EUR' });
    expect(read('budget:EUR 100')).toEqual({
      code: 'budget',
      kind: 'range',
      from: '100',
      to: '100',
      currency: 'EUR',
    });
    for (const bad of ['seats:x', 'seats:..', 'budget:100', 'renewal:2027-13-01', 'vip:yes', 'x'])
      expect(() => read(bad)).toThrow();
  });
});
