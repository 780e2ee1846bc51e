import { bi, parsePlainDate, SIZE_SECTORS, sizeClassLabel, today, yuanToFen, type BilingualText, type PlainDate, type SizeSector } from '@huiqi/kernel';
import { classifySize, formatLoadError, loadRuleBase, sizeStandardOn, type RuleBase } from '@huiqi/rules-engine';
import { defineCommand, parseOptions, readAll } from '../command';

const ALLOWED = new Set(['id', 'industryCode', 'sizeSector', 'employees', 'revenue', 'totalAssets', 'isIndividualBusiness', 'date']);
const both = (t: BilingualText) => `${t.zh} / ${t.en}`;

/** Classifies one JSON line; never throws for bad input, returns an `error` instead. */
export function classifyLine(rb: RuleBase, line: string, defaultDate: PlainDate): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { error: both(bi('不是有效的 JSON', 'not valid JSON')) };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { error: both(bi('每行须为一个 JSON 对象', 'each line must be a JSON object')) };
  const o = obj as Record<string, unknown>;
  const echo = o.id !== undefined ? { id: o.id } : {};
  const fail = (zh: string, en: string) => ({ ...echo, error: both(bi(zh, en)) });
  const unknown = Object.keys(o).filter((k) => !ALLOWED.has(k));
  if (unknown.length) return fail(`未知字段：${unknown.join('、')}`, `unknown fields: ${unknown.join(', ')}`);
  const date = o.date === undefined ? defaultDate : typeof o.date === 'string' ? parsePlainDate(o.date) : null;
  if (!date) return fail('date 须为 YYYY-MM-DD', 'date must be YYYY-MM-DD');
  if (o.industryCode !== undefined && typeof o.industryCode !== 'string') return fail('industryCode 须为文本', 'industryCode must be text');
  if (o.sizeSector !== undefined && !SIZE_SECTORS.includes(o.sizeSector as SizeSector)) return fail(`sizeSector 须为 ${SIZE_SECTORS.join('、')} 之一`, `sizeSector must be one of ${SIZE_SECTORS.join(', ')}`);
  if (o.isIndividualBusiness !== undefined && typeof o.isIndividualBusiness !== 'boolean') return fail('isIndividualBusiness 须为 true 或 false', 'isIndividualBusiness must be true or false');
  if (o.industryCode === undefined && o.sizeSector === undefined) return fail('须给出 industryCode 或 sizeSector', 'industryCode or sizeSector is required');
  let employees: number | undefined;
  if (o.employees !== undefined && o.employees !== null) {
    if (typeof o.employees !== 'number' || !Number.isSafeInteger(o.employees)) return fail('employees 须为整数', 'employees must be an integer');
    if (o.employees < 0) return fail('employees 不能为负数', 'employees cannot be negative');
    employees = o.employees;
  }
  const money: Record<string, number | undefined> = {};
  for (const k of ['revenue', 'totalAssets']) {
    const v = o[k];
    if (v === undefined || v === null) continue;
    let f: number;
    try {
      if (typeof v !== 'number' && typeof v !== 'string') throw new RangeError();
      f = yuanToFen(v);
    } catch {
      return fail(`${k} 须为金额（元，最多两位小数）`, `${k} must be an amount in yuan (at most 2 decimals)`);
    }
    if (f < 0) return fail(`${k} 不能为负数`, `${k} cannot be negative`);
    money[k] = f;
  }
  const std = sizeStandardOn(rb.sizeStandard, date);
  if (!std) return fail(`${date} 没有生效的划型标准`, `no size standard in force on ${date}`);
  const out = classifySize(std, rb.industryMap, {
    sizeSector: o.sizeSector as SizeSector | undefined,
    industryCode: o.industryCode as string | undefined,
    employees,
    revenue: money.revenue,
    totalAssets: money.totalAssets,
    isIndividualBusiness: o.isIndividualBusiness as boolean | undefined,
  });
  switch (out.status) {
    case 'CLASSIFIED':
      return { ...echo, size: out.size, sizeLabel: both(sizeClassLabel(out.size)), sizeSector: out.sector, byReference: out.byReference, date };
    case 'NOT_CLASSIFIED':
      return { ...echo, size: null, sizeSector: null, reason: both(out.reason), date };
    case 'UNKNOWN':
      return { ...echo, size: null, sizeSector: out.sector, reason: both(out.reason), missing: out.missing, date };
    case 'ERROR':
      return { ...echo, error: both(out.reason) };
  }
}

export default defineCommand({
  summary: '企业划型 Classify enterprise size: JSON Lines on stdin ({industryCode|sizeSector, employees, revenue, totalAssets in yuan, date?}), one JSON line out per line; exit 1 if any line had an error',
  async run(args, io) {
    const { options } = parseOptions(args);
    const loaded = loadRuleBase();
    if (!loaded.ok) {
      for (const e of loaded.error) io.stderr.write(`${formatLoadError(e)}\n`);
      return 3;
    }
    const defaultDate = typeof options.date === 'string' ? parsePlainDate(options.date) : today();
    if (!defaultDate) {
      io.stderr.write('--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD\n');
      return 2;
    }
    const text = await readAll(io.stdin);
    let errors = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const r = classifyLine(loaded.value, line, defaultDate);
      if ('error' in r) errors++;
      io.stdout.write(`${JSON.stringify(r)}\n`);
    }
    return errors ? 1 : 0;
  },
});
