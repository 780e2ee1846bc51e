import { bi } from '@huiqi/kernel';
import type { IntakeColumn } from './intake-columns';
import type { RowError } from './row-error';

/** Where each known column sits in the file's rows, and the header text the file uses for it. */
export interface HeaderMap {
  index: ReadonlyMap<string, number>;
  header: ReadonlyMap<string, string>;
  width: number;
}

/** Canonical form of a header cell: no BOM, no spaces, lower case, full-width brackets as ASCII. */
export function normaliseHeader(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/**
 * Reads the header row: every cell must name a known column once; every required column must be
 * there. Errors point at line 1 and the column concerned. Unknown columns are refused, not ignored,
 * so a misspelt optional column cannot vanish silently.
 */
export function resolveHeader(cells: readonly string[], columns: readonly IntakeColumn[]): { ok: true; value: HeaderMap } | { ok: false; errors: RowError[] } {
  const lookup = new Map<string, IntakeColumn>();
  for (const c of columns) {
    lookup.set(normaliseHeader(c.key), c);
    for (const a of c.aliases) {
      lookup.set(normaliseHeader(a), c);
      lookup.set(normaliseHeader(a.replace(/[（(].*[)）]$/, '')), c);
    }
  }
  const index = new Map<string, number>();
  const header = new Map<string, string>();
  const errors: RowError[] = [];
  cells.forEach((raw, i) => {
    const text = raw.replace(/^\uFEFF/, '').trim();
    if (text === '') {
      errors.push({ line: 1, column: `#${i + 1}`, message: bi(`第 ${i + 1} 列没有列名`, `column ${i + 1} has no header`) });
      return;
    }
    const c = lookup.get(normaliseHeader(text)) ?? lookup.get(normaliseHeader(text.replace(/[（(].*[)）]$/, '')));
    if (!c) {
      errors.push({ line: 1, column: text, message: bi(`未知的列「${text}」`, `unknown column '${text}'`) });
      return;
    }
    if (index.has(c.key)) {
      errors.push({ line: 1, column: text, message: bi(`列「${text}」与「${header.get(c.key)}」重复`, `column '${text}' repeats '${header.get(c.key)}'`) });
      return;
    }
    index.set(c.key, i);
    header.set(c.key, text);
  });
  for (const c of columns) {
    if (c.required && !index.has(c.key)) {
      errors.push({ line: 1, column: c.key, message: bi(`缺少必填列「${c.label.zh}」（${c.key}）`, `required column '${c.key}' (${c.label.en}) is missing`) });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { index, header, width: cells.length } };
}
