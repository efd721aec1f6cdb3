/**
 * OpenAPI 3.0 schemas (docs/openapi.json) as JSON Schema draft 2020-12, which Ajv validates.
 * Two differences matter: `nullable: true` (3.0) becomes `null` among the types, and
 * `#/components/schemas/X` becomes a reference into one schema holding every component.
 * `closed` also makes every object refuse members the document does not name, so that an answer
 * carrying an undocumented member is caught (a client may ignore new members; the document that
 * clients are generated from may not leave out what the API sends today).
 */

export type Schema = Record<string, unknown>;

/** The $id under which every component of the document is registered. */
export const COMPONENTS_ID = 'voronka:openapi-components';

/** Keywords of OpenAPI that JSON Schema does not have, or that only annotate. */
const DROPPED = new Set(['nullable', 'example', 'xml', 'externalDocs', 'discriminator']);

export interface ConvertOptions {
  /** Object schemas without `additionalProperties` refuse members they do not name. */
  closed: boolean;
  /** The document's components, to tell which references point at objects. */
  components: Record<string, Schema>;
}

/** A schema of the document (a component or an answer's) in draft 2020-12. */
export function toJsonSchema(schema: Schema, options: ConvertOptions): Schema {
  return convert(schema, options, false);
}

/** The components as one schema whose `$defs` the converted references point into. */
export function componentsSchema(options: ConvertOptions): Schema {
  // Components are used inside allOf (a record extends the shared record), so each stays open
  // itself; where one is used on its own, the reference to it is closed instead.
  const defs = Object.fromEntries(
    Object.entries(options.components).map(([name, schema]) => [
      name,
      convert(schema, options, true),
    ]),
  );
  return { $id: COMPONENTS_ID, $defs: defs };
}

function convert(schema: Schema, options: ConvertOptions, inAllOf: boolean): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = reference(value);
    else if (key === 'allOf' && Array.isArray(value))
      out.allOf = value.map((part: Schema) => convert(part, options, true));
    else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value))
      out[key] = value.map((part: Schema) => convert(part, options, false));
    else if (key === 'properties' && isObject(value))
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, part]) => [
          name,
          convert(part as Schema, options, false),
        ]),
      );
    else if ((key === 'items' || key === 'additionalProperties') && isObject(value))
      out[key] = convert(value, options, false);
    else out[key] = value;
  }
  if (options.closed && !inAllOf && opensMembers(out, options)) out.unevaluatedProperties = false;
  return schema.nullable === true ? allowNull(out) : out;
}

/** Whether the schema describes an object's members and says nothing about others. */
function opensMembers(schema: Schema, options: ConvertOptions): boolean {
  if ('additionalProperties' in schema || 'unevaluatedProperties' in schema) return false;
  if (schema.properties || schema.allOf) return true;
  const target = typeof schema.$ref === 'string' ? referenced(schema.$ref, options) : undefined;
  return target !== undefined && opensMembers(target, options);
}

function referenced(ref: string, options: ConvertOptions): Schema | undefined {
  const name = ref.split('/').pop() ?? '';
  return options.components[name];
}

function reference(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported reference ${ref}`);
  return `${COMPONENTS_ID}#/$defs/${ref.slice(prefix.length)}`;
}

function allowNull(schema: Schema): Schema {
  const composed = ['$ref', 'allOf', 'anyOf', 'oneOf'].some((key) => key in schema);
  if (composed || typeof schema.type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  const out: Schema = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
  return out;
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
