// Inputs for any contract method, derived from its zod input schema: mostly the shape the method
// expects (so calls get past the first field and reach the handler), with hostile values mixed in at
// any depth. A new method is covered as soon as it is in the contract.
import fc from 'fast-check';
import type { z } from 'zod';

/** A key that is an own property even when it is __proto__ (an object literal would set the prototype instead). */
function withOwnKey(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  return obj;
}

function deepNest(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Values no field should accept as is, or that sit at the edges of what numbers, dates and text can be. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    5e-324,
    -5e-324,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 31),
    2 ** 63,
    0,
    -1,
    '',
    ' ',
    '\u0000',
    'NaN',
    '0x50',
    '1e3',
    '80',
    '9999-12-31',
    '0000-01-01',
    '1899-12-31',
    '2101-01-01',
    '-271821-04-20',
    '2026-02-30',
    '24:00',
    '__proto__',
    'constructor',
    'x'.repeat(100_000),
    '𝕏'.repeat(5_000),
    null,
    undefined,
    true,
    false,
    [],
    {},
    [1, 2, 3],
    deepNest(2_000),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

// Plausible leaf values; each leaf keeps the ones its own schema accepts, so most calls are valid
// enough to reach the handler and the hostile value decides the outcome.
const STRING_CANDIDATES = ['2026-11-20', '2026-11-26', '2026-10-01', '07:30', '22:45', 'Breakfast', 'Lunch', 'Back Squat', 'bench', 'oats', '01077', '05064', 'g', 'serving', 'easy run', 'x'];
const NUMBER_CANDIDATES = [1, 2, 3, 4, 5, 0, 6, 8, 10, 30, 45, 60, 80, 100, 120, 150, 180, 0.5, 7.5, 72.4, 2000, 2500];

const leafCache = new WeakMap<z.ZodType, unknown[]>();

function accepted(schema: z.ZodType, candidates: unknown[]): unknown[] {
  let ok = leafCache.get(schema);
  if (!ok) {
    ok = candidates.filter((c) => schema.safeParse(c).success);
    leafCache.set(schema, ok);
  }
  return ok;
}

function leaf(schema: z.ZodType, candidates: unknown[]): fc.Arbitrary<unknown> {
  const ok = accepted(schema, candidates);
  return ok.length ? fc.constantFrom(...ok) : hostile;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Inputs for a method: half of them the shape `schema` expects, with plausible values throughout;
 * half the same shape with hostile values and unknown keys (prototype keys among them) at any depth.
 */
export function inputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof(shapedFor(schema, 0, false), nodeFor(schema, 0, true));
}

function nodeFor(schema: z.ZodType, depth: number, hostileToo: boolean): fc.Arbitrary<unknown> {
  const shaped = shapedFor(schema, depth, hostileToo);
  return hostileToo ? fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: hostile }) : shaped;
}

function shapedFor(schema: z.ZodType, depth: number, hostileToo: boolean): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const arbitraryFor = (s: z.ZodType, d: number) => nodeFor(s, d, hostileToo);
  if (depth > 8) return hostile;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, depth + 1)]));
      const required = Object.keys(shape).filter((k) => defOf(shape[k]).type !== 'optional');
      const base = fc.record(fields, { requiredKeys: required as never[] });
      if (!hostileToo) return base;
      const loose = fc.record(fields, { requiredKeys: [] });
      // Sometimes a key that is not in the schema, prototype keys included.
      const extra = fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra'), hostile);
      return fc
        .tuple(fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: loose }), fc.option(extra, { freq: 6 }))
        .map(([obj, ex]) => (ex ? withOwnKey({ ...(obj as Record<string, unknown>) }, ex[0], ex[1]) : obj));
    }
    case 'optional':
      return fc.option(arbitraryFor(def.innerType!, depth), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!, depth), { nil: null, freq: 4 });
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType!, depth);
    case 'pipe':
      return arbitraryFor(def.in!, depth);
    case 'lazy':
      return arbitraryFor(def.getter!(), depth + 1);
    case 'array':
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(arbitraryFor(def.element!, depth + 1), { maxLength: 4 }) },
        // A long array of valid-looking items: per-item work must stay bounded (or be refused).
        { weight: 1, arbitrary: shapedFor(def.element!, depth + 1, false).map((item) => Array.from({ length: 5_000 }, () => item)) },
      );
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
    case 'record':
      return fc.dictionary(shapedFor(def.keyType!, depth + 1, hostileToo).filter((k): k is string => typeof k === 'string'), arbitraryFor(def.valueType!, depth + 1), { maxKeys: 4 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return leaf(schema, STRING_CANDIDATES);
    case 'number':
      return hostileToo ? fc.oneof(leaf(schema, NUMBER_CANDIDATES), fc.double({ min: -1e6, max: 1e6, noNaN: true })) : leaf(schema, NUMBER_CANDIDATES);
    default:
      return hostile;
  }
}
