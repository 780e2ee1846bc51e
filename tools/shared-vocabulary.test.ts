/**
 * One definition per shared concept: API schemas take calendar dates from the shared
 * `PlainDateString` (which refuses 2026-02-30 and 0000-00-00), never from a local pattern that
 * only looks like a date — such a copy let an impossible date through to PostgreSQL as a 500.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e === 'dist') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(sourceFiles(p));
    else if (/\.ts$/.test(e) && !/\.test\.ts$/.test(e)) out.push(p);
  }
  return out;
}

/** A year coerced from text by Number(): "2e3" and "0x7e7" would pass as 2000 and 2023. */
const COERCED_YEAR = /(year\w*\s*[:=]\s*z\s*\.\s*coerce|Year\s*=\s*z\s*\.\s*coerce)/i;

/** A zod string checked only by a YYYY-MM-DD pattern. */
const LOOKS_LIKE_A_DATE = /z\s*\.\s*string\(\)\s*\.\s*regex\(\s*\/\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$\//;

describe('shared vocabulary', () => {
  it('has no API schema that checks a date by its pattern only (use PlainDateString)', () => {
    const offenders = sourceFiles(join(ROOT, 'packages/api/src'))
      .filter((f) => LOOKS_LIKE_A_DATE.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('has no API schema that coerces a year from text (use yearOf)', () => {
    const offenders = sourceFiles(join(ROOT, 'packages/api/src'))
      .filter((f) => COERCED_YEAR.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
