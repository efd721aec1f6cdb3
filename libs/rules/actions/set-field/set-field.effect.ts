import { type SetFieldEffectsApi, type SetFieldInput } from './set-field.action';

/** What the effect needs from the worker: the records' effects, which own the record's fields. */
export interface SetFieldPorts {
  records: {
    /** Sets the field on the record, once per key. */
    setField(input: SetFieldInput): Promise<void>;
  };
}

/** The effect of set_field: the field written once per key. */
export function setFieldEffects({ records }: SetFieldPorts): SetFieldEffectsApi {
  return { setField: (input) => records.setField(input) };
}
