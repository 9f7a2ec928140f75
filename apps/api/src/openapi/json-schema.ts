import { z } from 'zod';

export type Io = 'input' | 'output';
export type JsonSchema = Record<string, unknown>;

export const COMPONENT_REF = '#/components/schemas/';
/** Registry ids of the schemas routes use that are not components; they are written inline. */
const INLINE_ID = '~inline-';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every `$ref` value anywhere inside a JSON value. */
export function refsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, into);
  else if (isObject(value))
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else refsIn(child, into);
    }
  return into;
}

/** The value with every `$ref` rewritten (or the object holding it replaced) by `swap`. */
function mapRefs(value: unknown, swap: (ref: string, holder: Record<string, unknown>) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, swap));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string') return swap(value.$ref, value);
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapRefs(child, swap)]));
}

/**
 * Converts the zod schemas of a set of routes to JSON Schema for one OpenAPI document, with
 * zod's registry form of `z.toJSONSchema`: the named schemas become `components/schemas`
 * entries and every other schema is written inline, referring to components by `$ref`.
 * zod gives a recursive schema that is not named a `$defs` entry of its own, which an OpenAPI
 * document has no place for, so that is refused (name the schema in COMPONENT_SCHEMAS).
 */
export class SchemaConverter {
  private readonly json: Record<Io, Record<string, JsonSchema>>;
  private readonly ids = new Map<z.core.$ZodType, string>();
  /** Components whose input form differs from their output form; the input one is `<Name>Input`. */
  private readonly split: Set<string>;

  constructor(components: Readonly<Record<string, z.core.$ZodType>>, used: Iterable<z.core.$ZodType>) {
    const registry = z.registry<{ id: string }>();
    for (const [name, schema] of Object.entries(components)) {
      if (name.startsWith(INLINE_ID) || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
        throw new Error(`"${name}" cannot name a component schema`);
      if (this.ids.has(schema)) throw new Error(`Component ${name} is also listed as ${this.ids.get(schema)}`);
      this.ids.set(schema, name);
      registry.add(schema, { id: name });
    }
    for (const schema of used) {
      if (this.ids.has(schema)) continue;
      const id = `${INLINE_ID}${this.ids.size}`;
      this.ids.set(schema, id);
      registry.add(schema, { id });
    }
    const names = Object.keys(components);
    const output = this.convert(registry, 'output');
    const input = this.convert(registry, 'input');
    const split = new Set(names.filter((n) => JSON.stringify(input[n]) !== JSON.stringify(output[n])));
    // A component that refers to a split one must split too, so that its input form can refer to the input form.
    for (let grew = true; grew;) {
      grew = false;
      for (const name of names) {
        if (split.has(name)) continue;
        if ([...refsIn(input[name])].some((ref) => split.has(ref.slice(COMPONENT_REF.length)))) {
          split.add(name);
          grew = true;
        }
      }
    }
    this.split = split;
    // In their input form, schemas refer to the input form of the components that have one.
    const toInput = (ref: string, holder: JsonSchema) =>
      split.has(ref.slice(COMPONENT_REF.length)) ? { ...holder, $ref: `${ref}Input` } : holder;
    this.json = {
      output,
      input: Object.fromEntries(Object.entries(input).map(([id, body]) => [id, mapRefs(body, toInput) as JsonSchema])),
    };
  }

  /** Every registered schema in one form; each refers to components as `#/components/schemas/<Name>`. */
  private convert(registry: z.core.$ZodRegistry<{ id: string }>, io: Io): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(registry, {
      io,
      uri: (id) => `${COMPONENT_REF}${id}`,
      target: 'draft-2020-12',
      unrepresentable: 'any',
      cycles: 'ref',
      reused: 'inline',
    });
    const result: Record<string, JsonSchema> = {};
    for (const [id, converted] of Object.entries(schemas)) {
      if (id === '__shared') {
        const inner = Object.keys(converted.$defs ?? {}).join(', ');
        throw new Error(
          `A route schema contains a recursive or shared schema with no name (${inner}); add it to COMPONENT_SCHEMAS`,
        );
      }
      // $id (a fragment here) and $schema belong to a standalone schema, not to one inside a document.
      const { $schema: _schema, $id: _id, ...body } = converted as JsonSchema;
      result[id] = body;
    }
    // Schemas written inline may sit inside one another (a response reusing another route's schema).
    const inline = (value: unknown, seen: string[]): unknown =>
      mapRefs(value, (ref, holder) => {
        const id = ref.slice(COMPONENT_REF.length);
        if (!ref.startsWith(COMPONENT_REF + INLINE_ID)) return holder;
        if (seen.includes(id)) throw new Error('A recursive route schema must be named in COMPONENT_SCHEMAS');
        const { $ref: _ref, ...siblings } = holder;
        return { ...(inline(result[id], [...seen, id]) as JsonSchema), ...siblings };
      });
    return Object.fromEntries(Object.entries(result).map(([id, body]) => [id, inline(body, [id]) as JsonSchema]));
  }

  /** The JSON Schema to write where a route uses this schema: a `$ref` to a component, or the schema inline. */
  schema(schema: z.core.$ZodType, io: Io): JsonSchema {
    const id = this.ids.get(schema);
    if (id === undefined) throw new Error('This schema was not given to the SchemaConverter');
    if (!id.startsWith(INLINE_ID)) return { $ref: `${COMPONENT_REF}${this.componentName(id, io)}` };
    const body = this.json[io][id];
    if (!body) throw new Error(`No ${io} JSON Schema for ${id}`);
    return body;
  }

  private componentName(name: string, io: Io): string {
    return io === 'input' && this.split.has(name) ? `${name}Input` : name;
  }

  /** Every component, in both forms where they differ; the document keeps the ones it refers to. */
  components(): Record<string, JsonSchema> {
    const all: Record<string, JsonSchema> = {};
    for (const [id, body] of Object.entries(this.json.output)) {
      if (id.startsWith(INLINE_ID)) continue;
      all[id] = body;
      const input = this.json.input[id];
      if (this.split.has(id) && input) all[`${id}Input`] = input;
    }
    return all;
  }
}
