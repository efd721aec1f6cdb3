/** The records that take custom fields, by the names the API and the rules give them. */
export const CUSTOM_RECORD_TYPES = ['lead', 'contact', 'company', 'deal'] as const;
export type CustomRecordType = (typeof CUSTOM_RECORD_TYPES)[number];

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'money', 'date', 'list', 'flag'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A money value of a custom field: a decimal string and its currency, as money is everywhere. */
export interface CustomMoney {
  amount: string;
  currency: string;
}

/** One stored value: text, list and date are strings, number a number, flag a boolean. */
export type CustomValue = string | number | boolean | CustomMoney;

/** What validation and filtering need of a definition. */
export interface CustomFieldDefinition {
  code: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  options: string[];
  active: boolean;
}

/** A code: what records store and the rules name (`deal.custom.<code>`), a rules identifier. */
export const CUSTOM_FIELD_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/** The longest text value. */
export const CUSTOM_TEXT_MAX = 2000;
