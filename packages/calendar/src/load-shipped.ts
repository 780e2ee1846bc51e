import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CalendarDataError, type CalendarDataIssue } from './calendar-error';
import { createCalendar, type Calendar } from './create-calendar';
import { parseYearEntry } from './parse-year-entry';
import type { CalendarYearEntry } from './year-entry';

/** `packages/calendar/data`, found from this module's location (no machine paths). */
export const SHIPPED_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/**
 * Reads every `data/<jurisdiction>/<year>.yaml` shipped with the package. A file whose
 * folder or name disagrees with its content, or whose content is invalid, is a data fault
 * (CalendarDataError listing every issue), not something to skip.
 */
export function loadYearEntries(dir: string = SHIPPED_DATA_DIR): CalendarYearEntry[] {
  const entries: CalendarYearEntry[] = [];
  const issues: CalendarDataIssue[] = [];
  for (const jurisdiction of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const file of readdirSync(join(dir, jurisdiction)).sort()) {
      if (!file.endsWith('.yaml')) continue;
      const where = `${jurisdiction}/${file}`;
      let raw: unknown;
      try {
        raw = parse(readFileSync(join(dir, jurisdiction, file), 'utf8'));
      } catch (e) {
        issues.push({ where, message: { zh: `YAML 无法解析：${String(e)}`, en: `YAML does not parse: ${String(e)}` } });
        continue;
      }
      const r = parseYearEntry(raw, where);
      if ('issues' in r) {
        issues.push(...r.issues);
        continue;
      }
      if (r.entry.jurisdiction !== jurisdiction || `${r.entry.year}.yaml` !== file) {
        issues.push({ where, message: { zh: `文件位置应为 ${r.entry.jurisdiction}/${r.entry.year}.yaml`, en: `file should be at ${r.entry.jurisdiction}/${r.entry.year}.yaml` } });
        continue;
      }
      entries.push(r.entry);
    }
  }
  if (issues.length > 0) throw new CalendarDataError(issues);
  return entries;
}

let cached: CalendarYearEntry[] | null = null;

/** The shipped year entries, read once per process. */
export function shippedYearEntries(): readonly CalendarYearEntry[] {
  cached ??= loadYearEntries();
  return cached;
}

/**
 * The calendar built from the shipped files only. To add or override years from the
 * database: `createCalendar([...shippedYearEntries(), ...fromDatabase], { jurisdiction })`.
 */
export function shippedCalendar(jurisdiction = 'cn'): Calendar {
  return createCalendar(shippedYearEntries(), { jurisdiction });
}
