import type { DepartmentFact, EnterpriseProfile, YearlyFigures } from '@huiqi/db';
import { err, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import { factsFromJson, QUALIFICATION_TAGS, type FactError, type FactName, type Facts } from '@huiqi/rules-engine';
import { departmentFactsInto, type DepartmentFactSource } from './department-facts-for-rules';

/** Where one fact came from: a profile field, or a field of one fiscal year's figures (with its version). */
export type FactSource =
  | { fact: FactName; from: 'PROFILE'; field: string; version: number }
  | { fact: FactName; from: 'FIGURES'; field: string; year: number; version: number }
  | { fact: FactName; from: 'DECLARED'; field: string; year: number; version: number }
  | DepartmentFactSource;

/** Facts the registry provides: an enterprise cannot declare these (it edits its profile or figures instead). */
export const REGISTRY_FACTS: ReadonlySet<string> = new Set([
  'industryCode', 'isIndividualBusiness', 'registrationDate', 'taxpayerType', 'tags',
  'employees', 'revenue', 'totalAssets', 'rdExpense', 'mainBusinessRevenue',
  'revenueYearBefore', 'mainBusinessRevenueYearBefore', 'rdExpenseYearBefore', 'revenueTwoYearsBefore', 'mainBusinessRevenueTwoYearsBefore',
  'taxCreditRating', // delivered by the tax department only (department-facts-for-rules.ts)
]);

/** Derived by the engine from the industry code: never stored or declared. */
export const DERIVED_FACTS: ReadonlySet<string> = new Set(['sizeSector']);

/** One fiscal year's declared facts as stored (money in fen), with their version. */
export interface DeclaredFactSet {
  fiscalYear: number;
  version: number;
  facts: Record<string, unknown>;
}

export interface RegistryFacts {
  facts: Facts;
  /** The fiscal year whose figures count as "prior year" for the decision date. */
  fiscalYear: number;
  sources: FactSource[];
  /** Tags in the registry that the rules do not know (reported, never dropped silently). */
  ignoredTags: string[];
}

/**
 * The mapping from the enterprise registry to the rules-engine fact schema (`describeFactSchema()`),
 * one line per fact. Facts the registry does not hold are left out, so a rule that needs them answers
 * UNKNOWN with "needs X" — never a silent no.
 *
 * | fact | from |
 * |---|---|
 * | industryCode | profile.industryCode (GB/T 4754-2017) |
 * | isIndividualBusiness | profile.isIndividualBusiness |
 * | registrationDate | profile.registrationDate |
 * | taxpayerType | profile.taxpayerType |
 * | tags | profile.tags (qualification tags granted by the SME bureau) |
 * | employees, revenue, totalAssets | figures of fiscal year Y−1 (Y = year of the decision date) |
 * | rdExpense, mainBusinessRevenue | figures of Y−1, when reported (nullable in the registry) |
 * | revenueYearBefore, mainBusinessRevenueYearBefore, rdExpenseYearBefore | figures of Y−2 |
 * | revenueTwoYearsBefore, mainBusinessRevenueTwoYearsBefore | figures of Y−3 |
 *
 * Not in the registry: sizeSector (derived from industryCode by the size standard),
 * isControlledByLargeEnterprise, totalLiabilities, rdStaff, taxableIncome, rdExpenseExpensed,
 * rdIntangibleCost, monthlySales and every fact of group `declared`. These come only from the
 * enterprise's declared facts for fiscal year Y−1 (`declared`, table enterprise_declared_fact_versions),
 * and stay missing when not declared.
 */
export function enterpriseFactsFromRegistry(profile: EnterpriseProfile, figures: readonly YearlyFigures[], asOfDate: PlainDate, declared: DeclaredFactSet | null = null, departmentFacts: readonly DepartmentFact[] = []): Result<RegistryFacts, FactError[]> {
  const fiscalYear = Number(asOfDate.slice(0, 4)) - 1;
  const json: Record<string, unknown> = {};
  const sources: FactSource[] = [];
  const fromProfile = (fact: FactName, field: keyof EnterpriseProfile, value: unknown) => {
    json[fact] = value;
    sources.push({ fact, from: 'PROFILE', field, version: profile.version });
  };
  fromProfile('industryCode', 'industryCode', profile.industryCode);
  fromProfile('isIndividualBusiness', 'isIndividualBusiness', profile.isIndividualBusiness);
  fromProfile('registrationDate', 'registrationDate', profile.registrationDate);
  fromProfile('taxpayerType', 'taxpayerType', profile.taxpayerType);
  const known = new Set<string>(QUALIFICATION_TAGS);
  fromProfile('tags', 'tags', profile.tags.filter((t) => known.has(t)));
  const ignoredTags = profile.tags.filter((t) => !known.has(t));

  const byYear = new Map(figures.map((f) => [f.year, f]));
  const fromFigures = (fact: FactName, year: number, field: keyof YearlyFigures) => {
    const row = byYear.get(year);
    const value = row?.[field];
    if (row === undefined || value === null || value === undefined) return;
    json[fact] = value;
    sources.push({ fact, from: 'FIGURES', field, year, version: row.version });
  };
  fromFigures('employees', fiscalYear, 'employees');
  fromFigures('revenue', fiscalYear, 'revenueFen');
  fromFigures('totalAssets', fiscalYear, 'totalAssetsFen');
  fromFigures('rdExpense', fiscalYear, 'rdExpenseFen');
  fromFigures('mainBusinessRevenue', fiscalYear, 'mainBusinessRevenueFen');
  fromFigures('revenueYearBefore', fiscalYear - 1, 'revenueFen');
  fromFigures('mainBusinessRevenueYearBefore', fiscalYear - 1, 'mainBusinessRevenueFen');
  fromFigures('rdExpenseYearBefore', fiscalYear - 1, 'rdExpenseFen');
  fromFigures('revenueTwoYearsBefore', fiscalYear - 2, 'revenueFen');
  fromFigures('mainBusinessRevenueTwoYearsBefore', fiscalYear - 2, 'mainBusinessRevenueFen');

  if (declared && declared.fiscalYear === fiscalYear) {
    for (const [fact, value] of Object.entries(declared.facts)) {
      if (REGISTRY_FACTS.has(fact) || DERIVED_FACTS.has(fact) || value === null) continue; // refused at write; the registry wins
      json[fact] = value;
      sources.push({ fact: fact as FactName, from: 'DECLARED', field: fact, year: fiscalYear, version: declared.version });
    }
  }
  // 社保参保人数, 纳税信用等级, 资质证书: with their precedence (department-facts-for-rules.ts, docs/intake.md)
  departmentFactsInto(json, sources, departmentFacts, asOfDate, fiscalYear);
  const facts = factsFromJson(json, { money: 'fen' });
  if (!facts.ok) return err(facts.error);
  return ok({ facts: facts.value, fiscalYear, sources, ignoredTags });
}

/** Where an enterprise fills in a missing fact (for the UI's "待补充信息" links). */
export function whereToFill(group: 'profile' | 'yearly' | 'declared', fiscalYear: number): { kind: 'PROFILE' | 'FIGURES' | 'DECLARED'; year: number | null; hint: BilingualText } {
  switch (group) {
    case 'profile':
      return { kind: 'PROFILE', year: null, hint: { zh: '在企业档案中补充或更正', en: 'add or correct it in the enterprise profile' } };
    case 'yearly':
      return { kind: 'FIGURES', year: fiscalYear, hint: { zh: `在年度数据中填报 ${fiscalYear} 年度数据`, en: `report it in the yearly figures for ${fiscalYear}` } };
    case 'declared':
      return { kind: 'DECLARED', year: null, hint: { zh: '属企业自行申报事项，申报该政策时填写', en: 'declared by the enterprise when it applies for this policy' } };
  }
}
