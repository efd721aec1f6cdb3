import { Injectable } from '@nestjs/common';
import {
  type EntityManager,
  type FilterQuery,
  MikroORM,
  raw,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { checkIfMatch } from '../concurrency/if-match';
import { pageRequest, type PageQueryDto } from '../lists/list-query.dto';
import { type Page, paginate, type Sortable } from '../lists/pagination';
import { DuplicateError, invalidField, NotFoundError, StateConflictError } from '../../errors';
import { CustomField } from './custom-field.entity';
import {
  type CustomFieldDefinition,
  type CustomFieldType,
  type CustomRecordType,
} from './custom-field-types';
import { checkCustomValues, type CustomFilter, parseCustomFilter } from './custom-values';

export interface CustomFieldInput {
  label?: string;
  required?: boolean;
  options?: string[];
  position?: number;
  active?: boolean;
}

export interface NewCustomField extends CustomFieldInput {
  recordType: CustomRecordType;
  code: string;
  label: string;
  type: CustomFieldType;
}

const FIELD_SORTS: Sortable = {
  position: { property: 'position', kind: 'number' },
  code: { property: 'code', kind: 'string' },
  createdAt: { property: 'createdAt', kind: 'date' },
};

/** The table of each record type (the names are ours, never the caller's). */
const TABLES: Record<CustomRecordType, string> = {
  lead: 'lead',
  contact: 'contact',
  company: 'company',
  deal: 'deal',
};

export function customFieldView(f: CustomField) {
  return {
    id: f.id,
    recordType: f.recordType,
    code: f.code,
    label: f.label,
    type: f.type,
    required: f.required,
    options: f.options,
    position: f.position,
    active: f.active,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    version: f.version,
  };
}

/** The definitions of a record type's custom fields, active and not, in form order. */
export async function customFieldsOf(
  em: EntityManager,
  recordType: CustomRecordType,
): Promise<CustomFieldDefinition[]> {
  return em.find(
    CustomField,
    { recordType },
    { orderBy: { position: 'asc', code: 'asc' }, disableIdentityMap: true },
  );
}

/**
 * The custom values a record of `recordType` holds after a write of `input` over `current`,
 * checked against the definitions (400 naming `custom.<code>`; see checkCustomValues). Creates
 * pass `{}` as `current`, so every required field must be given.
 */
export async function customValuesFor(
  em: EntityManager,
  recordType: CustomRecordType,
  input: unknown,
  current: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return checkCustomValues(await customFieldsOf(em, recordType), input, current, `a ${recordType}`);
}

/**
 * The list condition of `custom` filters (`segment:enterprise`, `seats:10..50`, …), all of which
 * a record must match: a condition on `id` by a subquery on the record's table, exact matches
 * by jsonb containment (the GIN index on `custom`), ranges on the value read as a number or a
 * date. An empty object when there are none.
 */
export async function customFilterWhere(
  em: EntityManager,
  recordType: CustomRecordType,
  filters: string | string[] | undefined,
): Promise<Record<string, unknown>> {
  const texts = filters === undefined ? [] : Array.isArray(filters) ? filters : [filters];
  if (texts.length === 0) return {};
  const definitions = await customFieldsOf(em, recordType);
  const conditions: string[] = [];
  const params: unknown[] = [];
  for (const text of texts) {
    const filter = parseCustomFilter(definitions, text, `a ${recordType}`);
    const type = definitions.find((d) => d.code === filter.code)!.type;
    const sql = filterSql(filter, type);
    conditions.push(sql.condition);
    params.push(...sql.params);
  }
  const table = TABLES[recordType];
  // A value, not a key: a raw key is consumed by the first query, and a list runs two (page, count).
  return {
    id: { $in: raw(`select r.id from "${table}" r where ${conditions.join(' and ')}`, params) },
  };
}

function filterSql(
  filter: CustomFilter,
  type: CustomFieldType,
): { condition: string; params: unknown[] } {
  const contains = (value: unknown) => ({
    condition: 'r.custom @> ?::jsonb',
    params: [JSON.stringify({ [filter.code]: value })],
  });
  if (filter.kind === 'equals') {
    if (type === 'flag' && filter.value === false)
      return {
        condition: 'not (r.custom @> ?::jsonb)',
        params: [JSON.stringify({ [filter.code]: true })],
      };
    return contains(filter.value);
  }
  if (filter.kind === 'currency') return contains({ currency: filter.currency });
  // Ranges read the value only where it has the field's shape: a value written before the
  // field was defined (free custom values of old) never breaks the cast.
  const value =
    type === 'money'
      ? `(case when jsonb_typeof(r.custom -> ? -> 'amount') = 'string' then (r.custom -> ? ->> 'amount')::numeric end)`
      : type === 'number'
        ? `(case when jsonb_typeof(r.custom -> ?) = 'number' then (r.custom ->> ?)::numeric end)`
        : `(case when r.custom ->> ? ~ '^\\d{4}-\\d{2}-\\d{2}$' then (r.custom ->> ?)::date end)`;
  const cast = type === 'date' ? '?::date' : '?::numeric';
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.from !== undefined) {
    conditions.push(`${value} >= ${cast}`);
    params.push(filter.code, filter.code, filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push(`${value} <= ${cast}`);
    params.push(filter.code, filter.code, filter.to);
  }
  if (type === 'money') {
    conditions.push('r.custom @> ?::jsonb');
    params.push(JSON.stringify({ [filter.code]: { currency: filter.currency } }));
  }
  return { condition: conditions.join(' and '), params };
}

/** Custom fields: everyone reads their definitions; admins keep them. */
@Injectable()
export class CustomFieldsService {
  constructor(private readonly orm: MikroORM) {}

  async create(input: NewCustomField): Promise<CustomField> {
    const em = this.orm.em.fork();
    const field = new CustomField();
    field.recordType = input.recordType;
    field.code = input.code;
    field.type = input.type;
    field.label = input.label;
    field.required = input.required ?? false;
    field.position = input.position ?? (await this.nextPosition(em, input.recordType));
    field.options = this.options(input.type, input.options);
    em.persist(field);
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new DuplicateError(
          'code',
          `the ${input.recordType} already has a custom field ${input.code}`,
        );
      throw error;
    }
    return field;
  }

  async get(id: string): Promise<CustomField> {
    const field = await this.orm.em.fork().findOne(CustomField, { id });
    if (!field) throw new NotFoundError(`no custom field ${id}`);
    return field;
  }

  /**
   * Label, required, options, position, active. The code and the type stay: records hold values
   * by them. An option that records hold cannot be removed (409 naming how many hold it).
   */
  async update(
    id: string,
    input: CustomFieldInput & { type?: string },
    ifMatch?: string,
  ): Promise<CustomField> {
    return this.orm.em.fork().transactional(async (em) => {
      const field = await em.findOne(CustomField, { id });
      if (!field) throw new NotFoundError(`no custom field ${id}`);
      checkIfMatch(ifMatch, field.version);
      if (input.type !== undefined && input.type !== field.type)
        throw invalidField(
          'type',
          `a field's type cannot change (its records hold ${field.type} values): deactivate it and define a new field`,
        );
      if (input.label !== undefined) field.label = input.label;
      if (input.required !== undefined) field.required = input.required;
      if (input.position !== undefined) field.position = input.position;
      if (input.active !== undefined) field.active = input.active;
      if (input.options !== undefined) {
        const options = this.options(field.type, input.options);
        const removed = field.options.filter((o) => !options.includes(o));
        await this.refuseRemovingUsed(em, field, removed);
        field.options = options;
      }
      await em.flush();
      return field;
    });
  }

  async deactivate(id: string, ifMatch?: string): Promise<void> {
    await this.update(id, { active: false }, ifMatch);
  }

  async list(
    q: PageQueryDto & { recordType?: CustomRecordType; active?: boolean },
  ): Promise<Page<CustomField>> {
    const where: Record<string, unknown> = {};
    if (q.recordType !== undefined) where.recordType = q.recordType;
    if (q.active !== undefined) where.active = q.active;
    return paginate(
      this.orm.em.fork(),
      CustomField,
      where as FilterQuery<CustomField>,
      pageRequest(q, 'position'),
      FIELD_SORTS,
    );
  }

  private async nextPosition(em: EntityManager, recordType: CustomRecordType): Promise<number> {
    const last = await em.findOne(CustomField, { recordType }, { orderBy: { position: 'desc' } });
    return last ? last.position + 1 : 0;
  }

  /** A list field's options: at least one, no repeats; other types take none. */
  private options(type: CustomFieldType, options: string[] | undefined): string[] {
    const list = (options ?? []).map((o) => o.trim());
    if (type !== 'list') {
      if (list.length > 0) throw invalidField('options', `only a list field has options`);
      return [];
    }
    if (list.length === 0 || list.some((o) => o === ''))
      throw invalidField('options', 'a list field needs its options, none of them empty');
    if (new Set(list).size !== list.length)
      throw invalidField('options', 'an option is named twice');
    return list;
  }

  private async refuseRemovingUsed(em: EntityManager, field: CustomField, removed: string[]) {
    if (removed.length === 0) return;
    const [row] = await em
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from "${TABLES[field.recordType]}" where "custom" ->> ? in (${removed.map(() => '?').join(', ')})`,
        [field.code, ...removed],
        'all',
        em.getTransactionContext(),
      );
    const n = Number(row.n);
    if (n > 0)
      throw new StateConflictError(
        `${n} ${field.recordType} record(s) hold ${removed.join(', ')} in ${field.code}: change them first, or keep the option`,
      );
  }
}

/**
 * The custom values a record made from another carries over (a lead converted into a deal, a
 * contact, a company): those whose code is an active field of the new record's type, of the
 * same type. Required fields of the new record are not demanded here: the conversion, by a
 * person or by the rules, must not fail on a field the lead never had.
 */
export async function carriedCustomValues(
  em: EntityManager,
  from: CustomRecordType,
  to: CustomRecordType,
  values: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (Object.keys(values).length === 0) return {};
  const source = new Map((await customFieldsOf(em, from)).map((d) => [d.code, d.type]));
  const target = (await customFieldsOf(em, to)).filter((d) => d.active);
  const carried: Record<string, unknown> = {};
  for (const d of target)
    if (values[d.code] !== undefined && source.get(d.code) === d.type)
      carried[d.code] = values[d.code];
  return carried;
}

/**
 * A value the rules' set_field writes to `<record>.custom.<code>`, checked as a person's would be
 * when an active field has that code (400-style `invalid-fields` naming `custom.<code>`: the
 * effect fails for good and the workflow notes it); a code no field has is the rules' own and is
 * written as it is. Required fields are not demanded here: the rules set one value.
 */
export async function ruleCustomValue(
  em: EntityManager,
  recordType: CustomRecordType,
  code: string,
  value: unknown,
): Promise<unknown> {
  const definition = (await customFieldsOf(em, recordType)).find(
    (d) => d.active && d.code === code,
  );
  if (!definition || value === null) return value;
  const checked = checkCustomValues(
    [{ ...definition, required: false }],
    { [code]: value },
    {},
    `a ${recordType}`,
  );
  return checked[code] ?? null;
}
