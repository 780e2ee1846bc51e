/**
 * Text that may enter the platform: no control characters except tab, line feed and carriage
 * return (PostgreSQL refuses U+0000 outright; the others hide text from people), no unpaired
 * surrogate halves (not valid Unicode, cannot be stored as UTF-8), no bidirectional embedding,
 * override or isolate controls (they make `合同.exe` read as something else on screen), and no
 * value made only of invisible characters (a name of zero-width spaces shows as nothing). Everything
 * else is kept, in Unicode normalisation form C so that the same Chinese text always compares equal.
 */

/** U+0000–U+0008, U+000B, U+000C, U+000E–U+001F and U+007F. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Format characters (zero-width space, joiners, BOM, …) and white space only, with at least one format character. */
const INVISIBLE_ONLY = /^[\s\p{Cf}]*\p{Cf}[\s\p{Cf}]*$/u;

export type TextProblem = 'CONTROL_CHARACTER' | 'LONE_SURROGATE' | 'BIDI_CONTROL' | 'INVISIBLE_ONLY';

export interface BadText {
  /** Where the text sits: `name`, `items[2].title`, or `(body)` for a bare string. */
  field: string;
  problem: TextProblem;
  /** The offending code point as U+XXXX. */
  codePoint: string;
}

const codePointOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function textProblem(s: string): { problem: TextProblem; codePoint: string } | null {
  const control = CONTROL.exec(s);
  if (control) return { problem: 'CONTROL_CHARACTER', codePoint: codePointOf(control[0]) };
  const lone = LONE_SURROGATE.exec(s);
  if (lone) return { problem: 'LONE_SURROGATE', codePoint: codePointOf(lone[0]) };
  const bidi = BIDI_CONTROL.exec(s);
  if (bidi) return { problem: 'BIDI_CONTROL', codePoint: codePointOf(bidi[0]) };
  const invisible = INVISIBLE_ONLY.exec(s);
  if (invisible) return { problem: 'INVISIBLE_ONLY', codePoint: codePointOf(/\p{Cf}/u.exec(s)![0]) };
  return null;
}

const MAX_DEPTH = 64;

/** Arrays and plain records — also the query parser's objects, whose prototype is an empty object without one. */
function isPlainContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Walks parsed input (JSON body, query, path parameters) and returns the first bad text — in a
 * value or in a key — or null; strings are replaced by their NFC form in place. Buffers, streams
 * and other non-plain objects (file parts) are left alone.
 */
export function checkAndNormalizeText(value: unknown, path = ''): BadText | null {
  return walk(value, path, 0);
}

function walk(value: unknown, path: string, depth: number): BadText | null {
  if (typeof value === 'string') {
    const p = textProblem(value);
    return p ? { field: path || '(body)', ...p } : null;
  }
  if (!isPlainContainer(value) || depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const bad = walk(item, join(path, i), depth + 1);
      if (bad) return bad;
      if (typeof item === 'string') value[i] = item.normalize('NFC');
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: join(path, '(key)'), ...keyProblem };
    const item = value[key];
    const bad = walk(item, join(path, key), depth + 1);
    if (bad) return bad;
    if (typeof item === 'string') value[key] = item.normalize('NFC');
  }
  return null;
}
