/** What an import creates: leads, contacts or companies. */
export const IMPORT_KINDS = ['lead', 'contact', 'company'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What a row does when records like it exist (the duplicate check's matches). */
export const DUPLICATE_MODES = ['skip', 'update', 'create'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

/**
 * The fields a column can fill, per kind: the create route's fields (the same names, checked by
 * the same validation). The first is required. Each also takes `custom.<code>`: a custom field of
 * its record type, its cells read as that field's type (custom-cells.ts) and checked as the API
 * checks custom values.
 */
export const IMPORT_FIELDS: Record<ImportKind, readonly string[]> = {
  lead: ['title', 'name', 'email', 'phone', 'companyName', 'source'],
  contact: ['firstName', 'lastName', 'position', 'email', 'phone'],
  company: ['name', 'industry', 'country', 'email', 'phone', 'website', 'address'],
};

export const CUSTOM_FIELD = /^custom\.[a-z][a-z0-9_]{0,63}$/;

export function isImportField(kind: ImportKind, field: string): boolean {
  return IMPORT_FIELDS[kind].includes(field) || CUSTOM_FIELD.test(field);
}

/** A column and the field it fills. */
export interface ColumnMapping {
  column: string;
  field: string;
}

/**
 * Header names (lower case, letters and digits only) that suggest a field, in English and in
 * Russian, as spreadsheets name their columns.
 */
const SYNONYMS: Record<string, string[]> = {
  title: ['title', 'lead', 'subject', 'название', 'заголовок', 'лид', 'тема'],
  name: ['name', 'fullname', 'contactname', 'имя', 'фио', 'контакт', 'названиекомпании'],
  firstName: ['firstname', 'givenname', 'first', 'имя'],
  lastName: ['lastname', 'surname', 'familyname', 'last', 'фамилия'],
  position: ['position', 'jobtitle', 'role', 'должность'],
  email: ['email', 'mail', 'emailaddress', 'почта', 'электроннаяпочта', 'эпочта', 'емейл'],
  phone: ['phone', 'telephone', 'mobile', 'tel', 'phonenumber', 'телефон', 'мобильный', 'тел'],
  companyName: [
    'company',
    'companyname',
    'organisation',
    'organization',
    'компания',
    'организация',
  ],
  source: ['source', 'leadsource', 'источник'],
  industry: ['industry', 'sector', 'отрасль', 'сфера'],
  country: ['country', 'страна'],
  website: ['website', 'site', 'web', 'url', 'сайт'],
  address: ['address', 'адрес'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The mapping an upload suggests: each column whose header names a field of the kind (by its own
 * name or a synonym), each field taken once, in column order. A company's `name` is its name, a
 * lead's is the person's.
 */
export function suggestMapping(kind: ImportKind, columns: string[]): ColumnMapping[] {
  const taken = new Set<string>();
  const mapping: ColumnMapping[] = [];
  for (const column of columns) {
    const key = squash(column);
    const field = IMPORT_FIELDS[kind].find(
      (f) =>
        !taken.has(f) &&
        (squash(f) === key ||
          (SYNONYMS[f] ?? []).includes(key) ||
          (kind === 'company' && f === 'name' && SYNONYMS.companyName.includes(key))),
    );
    if (!field) continue;
    taken.add(field);
    mapping.push({ column, field });
  }
  return mapping;
}

/**
 * A row as the create route's body: each mapped column's cell under its field (`custom.x` under
 * `custom`); an empty cell is left out, as a field not sent.
 */
export function rowInput(
  columns: string[],
  mapping: ColumnMapping[],
  cells: string[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const { column, field } of mapping) {
    const value = cells[columns.indexOf(column)] ?? '';
    if (value === '') continue;
    if (field.startsWith('custom.')) {
      const custom = (input.custom ??= {}) as Record<string, unknown>;
      custom[field.slice('custom.'.length)] = value;
    } else input[field] = value;
  }
  return input;
}
