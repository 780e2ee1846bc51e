import { bi, err, ok, type PlainDate } from '@huiqi/kernel';
import { FACT_SCHEMA, QUALIFICATION_LABELS, QUALIFICATION_TAGS, type FactField } from '@huiqi/rules-engine';
import { DERIVED_FACTS, REGISTRY_FACTS } from '../rules/enterprise-facts';
import { parseDateCell, parseYuanCell, type FieldResult } from './field-parsers';
import type { IntakeColumn } from './intake-columns';

export type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

/** The qualifications a department certifies, as the certificates and lists name them (docs/glossary.md 资质标签). */
export const QUALIFICATION_NAMES: Readonly<Record<QualificationTag, { zh: string; en: string }>> = QUALIFICATION_LABELS;

/** The closed list of cells accepted for a qualification: the Chinese names, their usual variants, and the codes. */
export const QUALIFICATION_CELLS: Readonly<Record<string, QualificationTag>> = {
  高新技术企业: 'HIGH_TECH', 国家高新技术企业: 'HIGH_TECH', 高新技术企业证书: 'HIGH_TECH',
  科技型中小企业: 'TECH_SME', 入库科技型中小企业: 'TECH_SME', 科技型中小企业入库: 'TECH_SME',
  创新型中小企业: 'INNOVATIVE_SME',
  专精特新中小企业: 'SPECIALIZED', 专精特新企业: 'SPECIALIZED', 专精特新: 'SPECIALIZED',
  专精特新小巨人企业: 'LITTLE_GIANT', 专精特新小巨人: 'LITTLE_GIANT', 小巨人企业: 'LITTLE_GIANT', 小巨人: 'LITTLE_GIANT',
  ...Object.fromEntries(QUALIFICATION_TAGS.map((t) => [t, t])),
};

/** A qualification by its Chinese name (quotes of any kind ignored: 专精特新“小巨人”企业) or code. */
export function parseQualificationCell(text: string): FieldResult<QualificationTag> {
  const t = text.replace(/["“”'‘’「」]/g, '').replace(/\s+/g, '');
  const tag = QUALIFICATION_CELLS[t] ?? QUALIFICATION_CELLS[t.toUpperCase()];
  if (tag) return ok(tag);
  const names = QUALIFICATION_TAGS.map((q) => QUALIFICATION_NAMES[q].zh).join('、');
  return err(bi(`资质类型「${text}」不在清单中，应为：${names}`, `qualification '${text}' is not on the list: ${QUALIFICATION_TAGS.map((q) => QUALIFICATION_NAMES[q].en).join(', ')}`));
}

/** A policy id as the rule base and the console name them; with `funded`, it must be linked to a fund. */
export function parsePolicyIdCell(text: string, funded: ReadonlySet<string> | undefined): FieldResult<string> {
  if (!/^[a-z0-9][a-z0-9-]{0,199}$/.test(text)) return err(bi(`政策编号「${text}」格式不对（小写字母、数字和连字符）`, `policy id '${text}' is malformed (lower-case letters, digits and hyphens)`));
  if (funded && !funded.has(text)) return err(bi(`政策「${text}」未关联资金，不能接收共享数据`, `policy '${text}' is not linked to a fund and takes no shared facts`));
  return ok(text);
}

/**
 * The facts a department may share for 数据比对: every fact of the schema that the registry does not
 * hold and the engine does not derive, except lists. (Registry facts arrive as registry data.)
 */
export const SHARED_FACT_NAMES: readonly string[] = Object.entries(FACT_SCHEMA as Record<string, FactField>)
  .filter(([name, f]) => !REGISTRY_FACTS.has(name) && !DERIVED_FACTS.has(name) && f.type !== 'list')
  .map(([name]) => name);

export const sharedFactOf = (name: string): FactField => (FACT_SCHEMA as Record<string, FactField>)[name]!;

/** One optional column per shareable fact: the fact's name, or its Chinese label (with a unit suffix such as （元）). */
export const SHARED_FACT_COLUMNS: readonly IntakeColumn[] = SHARED_FACT_NAMES.map((name) => {
  const f = sharedFactOf(name);
  return { key: name, aliases: [f.label.zh], label: f.label, required: false };
});

const TRUE_CELLS = new Set(['是', 'Y', 'YES', 'TRUE', '1', '有']);
const FALSE_CELLS = new Set(['否', 'N', 'NO', 'FALSE', '0', '无']);

/** One shared fact's cell, by the fact's type: amounts in 元 (stored in fen), ratios as exact decimals or percentages, 是/否. */
export function parseSharedFactCell(f: FactField, text: string, today: PlainDate): FieldResult<string | number | boolean> {
  switch (f.type) {
    case 'bool': {
      const t = text.toUpperCase();
      if (TRUE_CELLS.has(t)) return ok(true);
      if (FALSE_CELLS.has(t)) return ok(false);
      return err(bi(`「${text}」应为「是」或「否」`, `'${text}' must be yes (是) or no (否)`));
    }
    case 'date': {
      const d = parseDateCell(text, today);
      return d.ok ? ok(d.value) : d;
    }
    case 'string': {
      if (f.values && !f.values.includes(text)) return err(bi(`「${text}」应为 ${f.values.join('、')} 之一`, `'${text}' must be one of ${f.values.join(', ')}`));
      return ok(text);
    }
    case 'number': {
      if (f.unit === 'fen') return parseYuanCell(text);
      const t = text.replace(/,/g, '');
      if (f.unit === 'ratio') {
        const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(t);
        if (!m) return err(bi(`比例「${text}」应为小数（如 0.015）或百分数（如 1.5%）`, `ratio '${text}' must be a decimal (0.015) or a percentage (1.5%)`));
        return ok(m[2] ? percentToDecimal(m[1]!) : m[1]!);
      }
      if (!/^\d+$/.test(t)) return err(bi(`「${text}」应为不小于零的整数`, `'${text}' must be a whole number, zero or more`));
      const n = Number(t);
      return Number.isSafeInteger(n) ? ok(n) : err(bi(`数值 ${text} 过大`, `${text} is too large`));
    }
    default:
      return err(bi('该数据不能共享', 'this fact cannot be shared'));
  }
}

/** "1.5" (per cent) → "0.015", exactly (decimal text, no binary floating point). */
function percentToDecimal(p: string): string {
  const [int, frac = ''] = p.split('.');
  const digits = `${int}${frac}`.replace(/^0+(?=\d)/, '');
  const scale = frac.length + 2;
  const padded = digits.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale).replace(/^0+(?=\d)/, '');
  const part = padded.slice(padded.length - scale).replace(/0+$/, '');
  return part === '' ? whole : `${whole}.${part}`;
}

