import { bi, cmp, err, fromJsNumber, ok, parseExact, parsePlainDate, yuanToFen, type BilingualText, type Num, type Result } from '@huiqi/kernel';
import type { Facts } from './expr/context';
import type { Value } from './expr/types';
import { factField } from './fact-schema';

export interface FactError {
  field: string;
  message: BilingualText;
}

/**
 * Validates one enterprise's facts (plain JSON) against the fact schema and converts them to
 * engine values. Money is read in yuan (`money: 'yuan'`, as the CLI and YAML cases write it) or
 * fen. Unknown fields, wrong types and negative figures are errors; nothing is dropped silently.
 * `null` means "not known" and is the same as leaving the field out.
 */
export function factsFromJson(input: unknown, opts: { money: 'yuan' | 'fen' }): Result<Facts, FactError[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([{ field: '', message: bi('企业数据须为 JSON 对象', 'enterprise data must be a JSON object') }]);
  }
  const errors: FactError[] = [];
  const out: Record<string, Value> = {};
  for (const [name, raw] of Object.entries(input as Record<string, unknown>)) {
    const f = factField(name);
    if (!f) {
      errors.push({ field: name, message: bi(`未知字段「${name}」`, `unknown field '${name}'`) });
      continue;
    }
    if (raw === null || raw === undefined) continue;
    const bad = (zh: string, en: string) => errors.push({ field: name, message: bi(`${f.label.zh}：${zh}`, `${f.label.en}: ${en}`) });
    switch (f.type) {
      case 'number': {
        let n: Num | null = null;
        try {
          if (f.unit === 'fen') {
            if (opts.money === 'yuan') n = typeof raw === 'number' || typeof raw === 'string' ? yuanToFen(raw) : null;
            else n = typeof raw === 'number' && Number.isSafeInteger(raw) ? raw : null;
          } else n = typeof raw === 'number' ? fromJsNumber(raw) : typeof raw === 'string' ? parseExact(raw) : null;
        } catch {
          n = null;
        }
        if (n === null) bad(f.unit === 'fen' ? (opts.money === 'yuan' ? '须为金额（元，最多两位小数）' : '须为整数（分）') : '须为数值', f.unit === 'fen' ? (opts.money === 'yuan' ? 'must be an amount in yuan (at most 2 decimals)' : 'must be an integer in fen') : 'must be a number');
        else if (f.nonNegative && cmp(n, 0) < 0) bad('不能为负数', 'cannot be negative');
        else out[name] = n;
        break;
      }
      case 'bool':
        if (typeof raw !== 'boolean') bad('须为 true 或 false', 'must be true or false');
        else out[name] = raw;
        break;
      case 'date': {
        const d = typeof raw === 'string' ? parsePlainDate(raw) : null;
        if (!d) bad('须为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
        else out[name] = d;
        break;
      }
      case 'string':
        if (typeof raw !== 'string' || raw === '') bad('须为文本', 'must be text');
        else if (f.values && !f.values.includes(raw)) bad(`取值须为 ${f.values.join('、')}`, `must be one of ${f.values.join(', ')}`);
        else out[name] = raw;
        break;
      case 'list':
        if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string')) bad('须为文本列表', 'must be a list of text');
        else {
          const unknown = f.values ? raw.filter((x) => !f.values!.includes(x as string)) : [];
          if (unknown.length) bad(`未知取值 ${unknown.join('、')}（允许：${f.values!.join('、')}）`, `unknown values ${unknown.join(', ')} (allowed: ${f.values!.join(', ')})`);
          else out[name] = raw as string[];
        }
        break;
    }
  }
  return errors.length ? err(errors) : ok(out);
}
