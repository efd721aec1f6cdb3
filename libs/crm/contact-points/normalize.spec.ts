import { isPhoneCountry, normalizeCompanyName, normalizeEmail, normalizePhone } from './normalize';

describe('normalisation for the duplicate check', () => {
  it('compares emails trimmed and lowercased', () => {
    expect(normalizeEmail('  Ann.Lee@Acme.TEST ')).toBe('ann.lee@acme.test');
    expect(normalizeEmail('   ')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });

  it('writes an international phone one way, whatever its spacing or exit code', () => {
    const forms = ['+7 (916) 123-45-67', '+79161234567', '0079161234567', '+7 916 123 45 67'];
    expect(new Set(forms.map((f) => normalizePhone(f)))).toEqual(new Set(['+79161234567']));
    expect(normalizePhone('+1 (555) 010-0200')).toBe('+15550100200');
  });

  it('drops a national trunk prefix written beside the country code', () => {
    expect(normalizePhone('+44 (0)20 7946 0000')).toBe(normalizePhone('+44 20 7946 0000'));
  });

  it('compares a number without a country code by its digits', () => {
    expect(normalizePhone('(555) 010-0200')).toBe('5550100200');
    expect(normalizePhone('8 916 123-45-67')).toBe('89161234567');
  });

  it('reads a number without a country code as one of the default country', () => {
    const forms = ['8 (916) 123-45-67', '8 916 1234567', '+7 916 123-45-67', '0079161234567'];
    expect(new Set(forms.map((f) => normalizePhone(f, 'RU')))).toEqual(new Set(['+79161234567']));
    expect(normalizePhone('(555) 010-0200', 'US')).toBe('+15550100200');
    // Not a possible number there: its digits, as without a default country.
    expect(normalizePhone('12345', 'RU')).toBe('12345');
  });

  it('knows the countries libphonenumber knows', () => {
    expect(isPhoneCountry('RU')).toBe(true);
    expect(isPhoneCountry('ru')).toBe(false);
    expect(isPhoneCountry('XX')).toBe(false);
  });

  it('keeps digits of an international number libphonenumber does not know', () => {
    expect(normalizePhone('+999 12345')).toBe('+99912345');
  });

  it('has no phone for too few digits', () => {
    expect(normalizePhone('12-3')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });

  it('compares company names without case, spaces, punctuation and legal forms', () => {
    const acme = ['ACME, Inc.', 'Acme LLC', 'acme', 'Acme L.L.C.', ' A-C-M-E ', 'Acme Ltd'];
    expect(new Set(acme.map(normalizeCompanyName))).toEqual(new Set(['acme']));
    const romashka = [
      'ООО «Ромашка»',
      'Ромашка, ООО',
      'ромашка',
      'Общество с ограниченной ответственностью "Ромашка"',
    ];
    expect(new Set(romashka.map(normalizeCompanyName))).toEqual(new Set(['ромашка']));
    expect(normalizeCompanyName('Ёлка АО')).toBe(normalizeCompanyName('елка'));
  });

  it('keeps a name that is nothing but a legal form, and has none for an empty one', () => {
    expect(normalizeCompanyName('Inc.')).toBe('inc');
    expect(normalizeCompanyName(' , ')).toBeNull();
  });

  it('tells different companies apart', () => {
    expect(normalizeCompanyName('Acme Systems')).not.toBe(normalizeCompanyName('Acme'));
  });
});
