import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';

/** Whether a text is a country libphonenumber-js knows (ISO 3166-1 alpha-2, upper case). */
export function isPhoneCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

let defaultCountry: CountryCode | undefined;

/**
 * The country a phone written without a country code is in (PHONE_DEFAULT_COUNTRY), set once as
 * a process starts: a deployment's phones are one country's or none's, so it is the process's.
 */
export function usePhoneDefaultCountry(country: CountryCode | undefined): void {
  defaultCountry = country;
}

/** Emails compare lowercased and trimmed. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

/**
 * Phones compare by their digits, with the country code written one way: a number written
 * internationally (`+`, or the `00` exit code) becomes its E.164 form through libphonenumber-js,
 * so "+1 (555) 010-0200", "+15550100200" and "001 555 010 0200" are one number, and a national
 * trunk prefix written beside the country code ("+44 (0)20 7946 0000") is dropped. A number written
 * without a country code is read as one of the default country's (PHONE_DEFAULT_COUNTRY), so with
 * RU "8 (916) 123-45-67" is "+79161234567"; without a default country, or when it is not a possible
 * number there, it compares by its digits alone.
 */
export function normalizePhone(
  phone: string | null | undefined,
  country: CountryCode | undefined = defaultCountry,
): string | null {
  if (!phone) return null;
  const text = phone.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5) return null;
  const international = text.startsWith('+')
    ? text
    : text.startsWith('00')
      ? `+${digits.slice(2)}`
      : null;
  if (!international) {
    const national = country ? parsePhoneNumberFromString(text, country) : undefined;
    return national?.isPossible() ? national.number : digits;
  }
  const parsed = parsePhoneNumberFromString(international);
  if (parsed?.isPossible()) return parsed.number;
  return `+${international.replace(/\D/g, '')}`;
}

/** Words and phrases that say what kind of legal entity a company is, not which one. */
const LEGAL_FORM_PHRASES = [
  'limited liability company',
  'общество с ограниченной ответственностью',
  'публичное акционерное общество',
  'открытое акционерное общество',
  'закрытое акционерное общество',
  'непубличное акционерное общество',
  'акционерное общество',
  'индивидуальный предприниматель',
];
const LEGAL_FORMS = new Set([
  // English and international
  'llc',
  'llp',
  'lp',
  'pllc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pte',
  'pty',
  // Russian and CIS
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'нао',
  'ип',
  'тоо',
  'чп',
  'одо',
]);

/**
 * Company names compare without case, spaces, punctuation and their legal form: "ACME, Inc.",
 * "Acme LLC" and "acme" are one name, and so are "ООО «Ромашка»" and "Ромашка". A name that is
 * nothing but a legal form keeps it (so "Inc" is not the empty name).
 */
export function normalizeCompanyName(name: string | null | undefined): string | null {
  if (!name) return null;
  let text = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    // "L.L.C." is "llc", "acme.io" is "acmeio": dots join.
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = text.split(' ').filter(Boolean);
  for (const phrase of LEGAL_FORM_PHRASES) text = text.split(phrase).join(' ');
  const kept = text
    .split(' ')
    .filter(Boolean)
    .filter((w) => !LEGAL_FORMS.has(w));
  const result = (kept.length ? kept : words).join('');
  return result ? result.slice(0, 300) : null;
}
