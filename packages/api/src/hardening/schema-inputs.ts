/**
 * Inputs derived from an operation's JSON schema (as the OpenAPI document gives it): values that
 * fit the schema, values that almost fit, and values a careless or hostile client sends. A small
 * seeded generator, so that a failing run can be repeated from its seed.
 */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** mulberry32: a tiny deterministic generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Strings that have broken servers: control characters, broken Unicode, impossible dates, huge or numeric-looking text. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\uD800',
  '\u200B\u200B',
  '\u202Eevil.exe',
  '<script>alert(1)</script>',
  "'; DROP TABLE enterprises; --",
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2e3',
  '-1',
  '1e309',
  'NaN',
  '../../etc/passwd',
  '%00',
  'x'.repeat(10_000),
  '深圳市'.repeat(50),
  '91440300MA5F00000X',
];

const HOSTILE_VALUES: readonly unknown[] = [null, true, -1, 0, 1e21, -0.5, 2 ** 53 + 1, [], {}, { toString: '' }, ['x'], 'x'];

const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** A value that should pass the schema (or come close: patterns are only roughly followed). */
export function fittingValue(schema: JsonSchema, random: () => number, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return pick(random, schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union?.length) return fittingValue(pick(random, union), random, depth + 1);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => fittingValue(s, random, depth + 1)));
  switch (typeOf(schema)) {
    case 'string':
      return fittingString(schema, random);
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 1000, min + 1_000_000);
      return Math.floor(min + random() * (max - min + 1));
    }
    case 'number':
      return (schema.minimum ?? 0) + Math.round(random() * 1000) / 10;
    case 'boolean':
      return random() < 0.5;
    case 'array':
      return depth > 4 || !schema.items ? [] : Array.from({ length: Math.floor(random() * 3) }, () => fittingValue(schema.items!, random, depth + 1));
    case 'object':
    default: {
      if (!schema.properties || depth > 5) return {};
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, prop] of Object.entries(schema.properties)) {
        if (required.has(key) || random() < 0.5) out[key] = fittingValue(prop, random, depth + 1);
      }
      return out;
    }
  }
}

function fittingString(schema: JsonSchema, random: () => number): string {
  if (schema.format === 'date' || /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(schema.pattern ?? '')) return pick(random, ['2024-03-31', '2025-06-01', '2026-12-07']);
  if (schema.format === 'date-time') return '2026-12-06T10:00:00.000Z';
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  if (schema.format === 'email') return 'someone@example.com';
  if (schema.format === 'uri') return 'https://example.com/x';
  const min = schema.minLength ?? 1;
  const max = Math.max(min, Math.min(schema.maxLength ?? 24, 24));
  const alphabet = '中小企业abcXYZ0123456789-';
  return Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(random, [...alphabet])).join('');
}

/** A value of the schema's shape with one part replaced by something hostile. */
export function hostileValue(schema: JsonSchema, random: () => number, depth = 0): unknown {
  const t = typeOf(schema);
  if (t === 'object' && schema.properties && depth < 5 && random() < 0.7) {
    const base = fittingValue(schema, random, depth) as Record<string, unknown>;
    const keys = Object.keys(schema.properties);
    const key = pick(random, keys);
    base[key] = hostileValue(schema.properties[key]!, random, depth + 1);
    return base;
  }
  if (t === 'array' && schema.items && depth < 5 && random() < 0.5) return [hostileValue(schema.items, random, depth + 1)];
  return random() < 0.6 ? pick(random, HOSTILE_STRINGS) : pick(random, HOSTILE_VALUES);
}

/** A query-string or path value: always text. */
export function asParam(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
