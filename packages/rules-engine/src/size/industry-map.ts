import { bi, err, ok, SIZE_SECTORS, type BilingualText, type Result, type SizeSector } from '@huiqi/kernel';
import type { LoadError } from '../load-error';
import { YamlReader } from '../yaml-reader';

/** Where a GB/T 4754-2017 code lands: one of the 16 sectors, or outside the size standard. */
export type SectorMapping =
  | { kind: 'SECTOR'; sector: SizeSector; note: string | null }
  | { kind: 'NOT_CLASSIFIED'; reason: BilingualText; cite: string | null };

interface Rule {
  from: string;
  to: string;
  mapping: SectorMapping;
}

export interface IndustryMap {
  /** GB/T 4754 section letter → its first and last two-digit division. */
  sections: ReadonlyMap<string, [string, string]>;
  /** Rules keyed by division (2 digits) or group/class prefix (3–4 digits), most specific wins. */
  rules: readonly Rule[];
}

export function parseIndustryMap(file: string, text: string): { map: IndustryMap; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const sections = new Map<string, [string, string]>();
  const rules: Rule[] = [];
  const root = r.root ? r.map(r.root, '行业对照 industry map') : null;
  if (root) {
    r.onlyKeys(root, ['standard', 'note', 'sections', 'mapping'], 'industry map');
    const sm = r.map(r.require(root, 'sections', 'industry map'), 'sections');
    for (const p of sm ? r.pairs(sm) : []) {
      const range = r.string(p.value, `section ${String(p.key.value)}`);
      const m = range ? /^(\d{2})-(\d{2})$|^(\d{2})$/.exec(range) : null;
      if (!m) {
        r.error(p.value, 'WRONG_TYPE', bi('门类范围须写作 "06-12" 或 "83"', "a section range is written '06-12' or '83'"));
        continue;
      }
      sections.set(String(p.key.value), [m[1] ?? m[3]!, m[2] ?? m[3]!]);
    }
    const seq = r.seq(r.require(root, 'mapping', 'industry map'), 'mapping');
    for (const item of seq?.items ?? []) {
      const m = r.map(item, 'mapping entry');
      if (!m) continue;
      r.onlyKeys(m, ['codes', 'sector', 'note', 'not_classified', 'cite'], 'mapping entry');
      const codes = r.string(r.require(m, 'codes', 'mapping entry'), 'codes');
      const cm = codes ? /^(\d{2,4})(?:-(\d{2,4}))?$/.exec(codes) : null;
      if (!cm) {
        r.error(item, 'WRONG_TYPE', bi('codes 须写作 "54-58"、"65" 或 "7010"', "codes is written '54-58', '65' or '7010'"));
        continue;
      }
      const sectorNode = r.get(m, 'sector');
      const ncNode = r.get(m, 'not_classified');
      const noteNode = r.get(m, 'note');
      const note = noteNode === undefined ? null : r.string(noteNode, 'note');
      if (sectorNode !== undefined) {
        const sector = r.string(sectorNode, 'sector') as SizeSector | null;
        if (sector && !SIZE_SECTORS.includes(sector)) r.error(sectorNode, 'WRONG_TYPE', bi(`未知划型行业「${sector}」`, `unknown size sector '${sector}'`));
        else if (sector) rules.push({ from: cm[1]!, to: cm[2] ?? cm[1]!, mapping: { kind: 'SECTOR', sector, note } });
      } else if (ncNode !== undefined) {
        const reason = r.bilingual(ncNode, 'not_classified');
        const citeNode = r.get(m, 'cite');
        const cite = citeNode === undefined ? null : r.string(citeNode, 'cite');
        if (reason) rules.push({ from: cm[1]!, to: cm[2] ?? cm[1]!, mapping: { kind: 'NOT_CLASSIFIED', reason, cite } });
      } else r.error(item, 'MISSING_FIELD', bi('每条对照须有 sector 或 not_classified', "each entry needs 'sector' or 'not_classified'"));
    }
  }
  return { map: { sections, rules }, errors: r.errors };
}

const CODE = /^([A-Z])?(\d{2,4})?$/;

function inRange(code: string, rule: Rule): boolean {
  const len = rule.from.length;
  if (code.length < len) return false;
  const head = code.slice(0, len);
  return head >= rule.from && head <= rule.to;
}

/**
 * Maps an industry code (`C39`, `F52`, `I65`, `K7010`, `3911`, or a section letter alone when
 * the whole section falls in one sector) to its size sector.
 */
export function sectorOfIndustry(map: IndustryMap, raw: string): Result<SectorMapping, BilingualText> {
  const code = raw.trim().toUpperCase();
  const m = CODE.exec(code);
  if (!m || (!m[1] && !m[2])) return err(bi(`行业代码「${raw}」格式不对（如 C39、F52、K7010）`, `industry code '${raw}' is malformed (e.g. C39, F52, K7010)`));
  const letter = m[1];
  const digits = m[2] ?? '';
  if (letter) {
    const range = map.sections.get(letter);
    if (!range) return err(bi(`未知行业门类「${letter}」`, `unknown industry section '${letter}'`));
    if (digits) {
      const div = digits.slice(0, 2);
      if (div < range[0] || div > range[1]) {
        return err(bi(`行业大类 ${div} 不属于门类 ${letter}（${range[0]}–${range[1]}）`, `division ${div} is not in section ${letter} (${range[0]}–${range[1]})`));
      }
    } else {
      // Section letter alone: answer only when every division of the section maps the same way.
      const found = new Set<string>();
      let first: SectorMapping | null = null;
      for (let d = Number(range[0]); d <= Number(range[1]); d++) {
        const r = lookup(map, String(d).padStart(2, '0'));
        if (!r) return err(bi(`门类 ${letter} 下各大类划型不同，请给出大类代码（如 ${letter}${range[0]}）`, `section ${letter} spans several sectors; give the division (e.g. ${letter}${range[0]})`));
        found.add(JSON.stringify(r));
        first ??= r;
      }
      if (found.size !== 1 || !first) {
        return err(bi(`门类 ${letter} 下各大类划型不同，请给出大类代码（如 ${letter}${range[0]}）`, `section ${letter} spans several sectors; give the division (e.g. ${letter}${range[0]})`));
      }
      return ok(first);
    }
  }
  const div = digits.slice(0, 2);
  const known = [...map.sections.values()].some(([a, b]) => div >= a && div <= b);
  if (!known) return err(bi(`未知行业大类「${div}」`, `unknown industry division '${div}'`));
  const hit = lookup(map, digits);
  if (!hit) {
    return err(bi(`行业大类 ${div} 下各中类划型不同，请给出四位行业代码（如 ${div}10）`, `division ${div} spans several sectors; give the 4-digit class (e.g. ${div}10)`));
  }
  return ok(hit);
}

/** The most specific rule covering `code`; null when finer rules exist below it (the code is too short to decide). */
function lookup(map: IndustryMap, code: string): SectorMapping | null {
  if (map.rules.some((r) => r.from.length > code.length && r.from.startsWith(code))) return null;
  let best: Rule | null = null;
  for (const rule of map.rules) {
    if (inRange(code, rule) && (!best || rule.from.length > best.from.length)) best = rule;
  }
  return best ? best.mapping : null;
}
