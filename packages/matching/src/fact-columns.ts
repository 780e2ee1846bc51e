import { fromEpochDay } from '@huiqi/kernel';
import { QUALIFICATION_TAGS, type Facts } from '@huiqi/rules-engine';
import { FLAG_GENERAL_TAXPAYER, FLAG_INDIVIDUAL_BUSINESS, type ColumnarMeta, type FigureColumns, type SyntheticEnterprise } from '@huiqi/testing';
import type { PopulationColumns } from './population-columns';

type FigureKey = Exclude<keyof FigureColumns, 'year'>;

/**
 * Which enterprise facts the columnar population holds, and where. Yearly facts read the figures
 * of `figureYear − yearsBack`; a row without figures for that year has the fact UNKNOWN. Every
 * fact of the schema not listed here has no column and is UNKNOWN for every row — never false.
 */
export const FIGURE_FACTS: Readonly<Record<string, { key: FigureKey; yearsBack: 0 | 1 | 2 }>> = {
  employees: { key: 'employees', yearsBack: 0 },
  revenue: { key: 'revenueFen', yearsBack: 0 },
  totalAssets: { key: 'totalAssetsFen', yearsBack: 0 },
  rdExpense: { key: 'rdExpenseFen', yearsBack: 0 },
  mainBusinessRevenue: { key: 'mainBusinessRevenueFen', yearsBack: 0 },
  revenueYearBefore: { key: 'revenueFen', yearsBack: 1 },
  rdExpenseYearBefore: { key: 'rdExpenseFen', yearsBack: 1 },
  mainBusinessRevenueYearBefore: { key: 'mainBusinessRevenueFen', yearsBack: 1 },
  revenueTwoYearsBefore: { key: 'revenueFen', yearsBack: 2 },
  mainBusinessRevenueTwoYearsBefore: { key: 'mainBusinessRevenueFen', yearsBack: 2 },
};

export const PROFILE_FACTS = ['industryCode', 'isIndividualBusiness', 'registrationDate', 'taxpayerType', 'tags'] as const;

/** True when the population file has a column for the fact. */
export function hasColumn(fact: string): boolean {
  return fact in FIGURE_FACTS || (PROFILE_FACTS as readonly string[]).includes(fact);
}

/**
 * Bit remapping from the file's tag dictionary to the fact schema's QUALIFICATION_TAGS order.
 * A tag the schema does not know is refused (it could not be matched, and must not vanish).
 */
export function tagRemap(meta: ColumnarMeta): Uint32Array {
  const map = new Uint32Array(meta.dictionaries.tags.length);
  meta.dictionaries.tags.forEach((t, k) => {
    const bit = (QUALIFICATION_TAGS as readonly string[]).indexOf(t);
    if (bit < 0) throw new Error(`资质标签「${t}」不在事实模式中 / tag '${t}' is not in the fact schema (${QUALIFICATION_TAGS.join(', ')})`);
    map[k] = 1 << bit;
  });
  return map;
}

/** The schema-ordered tag mask of a file-ordered mask. */
export function remapTags(mask: number, remap: Uint32Array): number {
  let out = 0;
  for (let k = 0; mask !== 0 && k < remap.length; k++, mask >>>= 1) if (mask & 1) out |= remap[k]!;
  return out;
}

/** Row `i` (0-based within the range) of the columns as the facts the rules engine reads. */
export function factsAt(cols: PopulationColumns, i: number, figureYear: number, remap = tagRemap(cols.meta)): Facts {
  const facts: Record<string, Facts[string]> = {
    industryCode: cols.meta.dictionaries.industryCode[cols.industry[i]!]!,
    isIndividualBusiness: (cols.flags[i]! & FLAG_INDIVIDUAL_BUSINESS) !== 0,
    registrationDate: fromEpochDay(cols.registrationDay[i]!),
    taxpayerType: cols.flags[i]! & FLAG_GENERAL_TAXPAYER ? 'GENERAL' : 'SMALL_SCALE',
  };
  const mask = remapTags(cols.tags[i]!, remap);
  facts.tags = QUALIFICATION_TAGS.filter((_, b) => (mask >>> b) & 1);
  const count = cols.figureCount[i]!;
  const latest = cols.figures[0]!.year[i]!;
  for (const [name, f] of Object.entries(FIGURE_FACTS)) {
    const slot = latest - (figureYear - f.yearsBack);
    if (count > 0 && slot >= 0 && slot < count) facts[name] = cols.figures[slot]![f.key][i]!;
  }
  return facts;
}

/**
 * The same facts from the object form of a synthetic enterprise: an independent path used by
 * the property test to check the column mapping, and by single-enterprise matching.
 */
export function factsOfEnterprise(e: SyntheticEnterprise, figureYear: number): Facts {
  const facts: Record<string, Facts[string]> = {
    industryCode: e.industryCode,
    isIndividualBusiness: e.isIndividualBusiness,
    registrationDate: e.registrationDate,
    taxpayerType: e.taxpayerType,
    tags: QUALIFICATION_TAGS.filter((t) => (e.tags as readonly string[]).includes(t)),
  };
  for (const [name, f] of Object.entries(FIGURE_FACTS)) {
    const y = e.figures.find((g) => g.year === figureYear - f.yearsBack);
    if (y) facts[name] = y[f.key];
  }
  return facts;
}
