import { defineAction, type EffectTarget } from '../kit/action-plugin';

/** `set_field: { field: deal.source, value: partner }`: a field of the record itself. */
export interface SetField {
  field: string;
  value: string | number | boolean | null;
}

export type SetFieldInput = EffectTarget & SetField;

export interface SetFieldEffectsApi {
  setField(input: SetFieldInput): Promise<void>;
}

export const setFieldAction = defineAction<'set_field', SetField, SetField, SetFieldEffectsApi>({
  type: 'set_field',
  settings: { field: 'required', value: 'required' },
  read(a, reader) {
    if (typeof a.field !== 'string') {
      reader.error(['field'], 'field is the name of a field of the record, like deal.source');
      return undefined;
    }
    if (!reader.settableField(a.field, ['field'])) return undefined;
    const value = a.value;
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      reader.error(['value'], 'the value is a text, a number, true, false or null');
      return undefined;
    }
    return { field: a.field, value: value as SetField['value'] };
  },
  describe: (a) => `set ${a.field} to ${JSON.stringify(a.value)}`,
  command: (a) => ({ field: a.field, value: a.value }),
  timeline: (c) => ({ kind: 'field', text: `${c.field} = ${JSON.stringify(c.value)}` }),
  async carryOut(c, run) {
    await run.rows.setField({ ...run.target(c.key), field: c.field, value: c.value });
    return undefined;
  },
});
