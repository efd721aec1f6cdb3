import { sourceName, sourceOptions } from './lead-source-options';

const SOURCES = [
  { code: 'fair', name: 'Trade fair', active: false },
  { code: 'partner', name: 'Partner network', active: true },
  { code: 'web', name: 'Website', active: true },
];

describe('the lead source pickers', () => {
  it('offers the active sources by name when a source is entered', () => {
    expect(sourceOptions(SOURCES)).toEqual([
      { value: 'partner', label: 'Partner network' },
      { value: 'web', label: 'Website' },
    ]);
  });

  it('keeps a record’s deactivated source offered, so that saving it changes nothing', () => {
    expect(sourceOptions(SOURCES, { current: 'fair' }).map((o) => o.value)).toEqual([
      'fair',
      'partner',
      'web',
    ]);
  });

  it('offers the deactivated ones too when filtering: records keep naming them', () => {
    expect(sourceOptions(SOURCES, { withInactive: true })).toHaveLength(3);
  });

  it('shows a code the catalogue lacks as it is', () => {
    expect(sourceOptions(SOURCES, { current: 'expo-2019' })).toContainEqual({
      value: 'expo-2019',
      label: 'expo-2019',
    });
    expect(sourceName(SOURCES, 'expo-2019')).toBe('expo-2019');
  });

  it('names a source by its code', () => {
    expect(sourceName(SOURCES, 'web')).toBe('Website');
    expect(sourceName(SOURCES, null)).toBeNull();
    expect(sourceName(undefined, 'web')).toBe('web');
  });
});
