import { addDays, daysBetween, parsePlainDate, type PlainDate } from '@huiqi/kernel';
import type { CalendarDataIssue } from './calendar-error';
import type { CalendarYearEntry, HolidayEntry } from './year-entry';

const JURISDICTION = /^[a-z]{2}(-[a-z0-9]+)*$/;
/** A single holiday period longer than this is almost certainly a typo. */
const MAX_PERIOD_DAYS = 31;

/**
 * Checks one year entry as read from a data file or the database and returns it typed,
 * or every problem found (never only the first), each located by `where` + path.
 */
export function parseYearEntry(raw: unknown, where: string): { entry: CalendarYearEntry } | { issues: CalendarDataIssue[] } {
  const issues: CalendarDataIssue[] = [];
  const issue = (path: string, zh: string, en: string) => issues.push({ where: path ? `${where} ${path}` : where, message: { zh, en } });

  if (!isRecord(raw)) {
    issue('', '内容应为对象（year, jurisdiction, source, holidays）', 'must be an object with year, jurisdiction, source, holidays');
    return { issues };
  }
  const year = raw['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 2200) {
    issue('year', `年份应为1949–2200之间的整数，实际为 ${JSON.stringify(year)}`, `year must be an integer 1949–2200, got ${JSON.stringify(year)}`);
  }
  const jurisdiction = raw['jurisdiction'];
  if (typeof jurisdiction !== 'string' || !JURISDICTION.test(jurisdiction)) {
    issue('jurisdiction', `辖区代码无效：${JSON.stringify(jurisdiction)}（如 cn、cn-gd-sz）`, `invalid jurisdiction slug ${JSON.stringify(jurisdiction)} (e.g. cn, cn-gd-sz)`);
  }
  const source = parseSource(raw['source'], issue);
  const holidays: HolidayEntry[] = [];
  const seen = new Map<string, string>();
  const y = typeof year === 'number' ? year : NaN;

  const dateAt = (value: unknown, path: string): PlainDate | null => {
    const d = typeof value === 'string' ? parsePlainDate(value) : null;
    if (d === null) {
      issue(path, `不是有效日期（YYYY-MM-DD）：${JSON.stringify(value)}`, `not a valid date (YYYY-MM-DD): ${JSON.stringify(value)}`);
      return null;
    }
    // 调休 days may fall just outside the year (e.g. a late-December working day for 元旦).
    const dy = Number(d.slice(0, 4));
    if (Number.isFinite(y) && Math.abs(dy - y) > 1) {
      issue(path, `日期 ${d} 不属于 ${y} 年前后`, `date ${d} is not within a year of ${y}`);
      return null;
    }
    return d;
  };
  const claim = (d: PlainDate, path: string) => {
    const prev = seen.get(d);
    if (prev !== undefined) issue(path, `日期 ${d} 重复出现（已见于 ${prev}）`, `date ${d} appears twice (already at ${prev})`);
    else seen.set(d, path);
  };

  const list = raw['holidays'];
  if (!Array.isArray(list)) {
    issue('holidays', '应为节假日列表', 'must be a list of holidays');
  } else {
    list.forEach((h: unknown, i) => {
      const p = `holidays[${i}]`;
      if (!isRecord(h)) {
        issue(p, '应为对象（name, off, work）', 'must be an object with name, off, work');
        return;
      }
      const name = h['name'];
      if (!isRecord(name) || !nonEmpty(name['zh']) || !nonEmpty(name['en'])) {
        issue(`${p}.name`, '应有中文名 zh 和英文名 en', 'must have a Chinese name zh and an English name en');
      }
      const off = h['off'];
      let from: PlainDate | null = null;
      let to: PlainDate | null = null;
      if (!isRecord(off)) issue(`${p}.off`, '应为 { from, to } 放假起止日期', 'must be { from, to }, the first and last day off');
      else {
        from = dateAt(off['from'], `${p}.off.from`);
        to = dateAt(off['to'], `${p}.off.to`);
        if (from && to) {
          const len = daysInclusive(from, to);
          if (len < 1) issue(`${p}.off`, `放假结束日 ${to} 早于开始日 ${from}`, `last day off ${to} is before the first ${from}`);
          else if (len > MAX_PERIOD_DAYS) issue(`${p}.off`, `放假期间长达 ${len} 天，超过 ${MAX_PERIOD_DAYS} 天`, `holiday period of ${len} days exceeds ${MAX_PERIOD_DAYS}`);
          else for (let k = 0; k < len; k++) claim(addDays(from, k), `${p}.off`);
        }
      }
      const workRaw = h['work'] ?? [];
      const work: PlainDate[] = [];
      if (!Array.isArray(workRaw)) issue(`${p}.work`, '应为调休上班日期列表', 'must be a list of adjusted working days');
      else
        workRaw.forEach((w: unknown, j) => {
          const d = dateAt(w, `${p}.work[${j}]`);
          if (d) {
            claim(d, `${p}.work[${j}]`);
            work.push(d);
          }
        });
      if (from && to && isRecord(name)) {
        holidays.push({ name: { zh: String(name['zh']), en: String(name['en']) }, off: { from, to }, work });
      }
    });
  }
  if (issues.length > 0 || source === null) return { issues };
  return { entry: { year: year as number, jurisdiction: jurisdiction as string, source, holidays } };
}

function parseSource(raw: unknown, issue: (p: string, zh: string, en: string) => void): CalendarYearEntry['source'] | null {
  if (!isRecord(raw)) {
    issue('source', '应注明来源（发文机关、标题、文号、发布日期、网址）', 'must cite its source (issuer, title, document number, date, url)');
    return null;
  }
  let ok = true;
  for (const k of ['issuer', 'title', 'provenance'] as const) {
    if (!nonEmpty(raw[k])) {
      issue(`source.${k}`, '不能为空', 'must not be empty');
      ok = false;
    }
  }
  const optional = (k: string): string | null => {
    const v = raw[k];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') {
      issue(`source.${k}`, '应为文本或 null', 'must be text or null');
      ok = false;
      return null;
    }
    return v;
  };
  const documentNumber = optional('documentNumber');
  const url = optional('url');
  const published = optional('publishedOn');
  const publishedOn = published === null ? null : parsePlainDate(published);
  if (published !== null && publishedOn === null) {
    issue('source.publishedOn', `不是有效日期：${published}`, `not a valid date: ${published}`);
    ok = false;
  }
  if (!ok) return null;
  return { issuer: String(raw['issuer']), title: String(raw['title']), documentNumber, publishedOn, url, provenance: String(raw['provenance']) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function nonEmpty(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}
function daysInclusive(from: PlainDate, to: PlainDate): number {
  return daysBetween(from, to) + 1;
}
