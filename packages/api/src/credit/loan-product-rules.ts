import { getDeclaredFacts, getEnterprise, getFigures, listDepartmentFacts, type Database, type StoredLoanProduct } from '@huiqi/db';
import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { definePolicy } from '@huiqi/matching';
import { createContext, evaluatePolicy, factField, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { checkProductTerms, compareTerms, combineMatch, PRODUCT_DEFAULT_CITE, type LoanProductTerms, type MatchStatus, type ProductError, type TermCheck } from '@huiqi/workflows';
import { lawLibrary } from '../law/law-library';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

/** The rule-base form of a product: its conditions as a policy of the rules engine (never run as code). */
function policyOf(rb: RuleBase, id: string, p: LoanProductTerms) {
  return definePolicy(rb, {
    id: `loan-product:${id}`,
    title: bi(p.name, p.name),
    jurisdiction: 'cn',
    cite: PRODUCT_DEFAULT_CITE,
    conditions: p.conditions.map((c) => ({ id: c.id, label: c.label, when: c.when, cite: c.cite })),
    from: '1990-01-01' as PlainDate,
    channel: 'INFORMATION_ONLY',
    ruleSet: 'loan-products',
  });
}

/**
 * Checks a product definition: its terms (the domain's checks), each condition's expression against
 * the fact schema and derived variables (the rules engine's parser and checker: a wrong fact, type or
 * syntax names the condition and the character), and each citation against the law library.
 */
export async function checkProduct(p: LoanProductTerms): Promise<ProductError | null> {
  const terms = checkProductTerms(p);
  if (terms) return terms;
  const lib = lawLibrary();
  for (const [i, c] of p.conditions.entries()) {
    if (lib.resolve(c.cite) === null) return { code: 'LOAN_PRODUCT_INVALID', field: `conditions[${i}]`, message: bi(`条件「${c.label.zh}」引用的条文在法规库中找不到`, `The article cited by condition '${c.label.en}' is not in the law library`) };
  }
  const { rb } = await getRules();
  // One condition at a time, so the refusal names the condition by its label and the character.
  for (const [i, c] of p.conditions.entries()) {
    const compiled = policyOf(rb, 'check', { ...p, conditions: [c] });
    if (!compiled.ok) {
      const at = (text: string) => text.slice(c.id.length);
      return { code: 'LOAN_PRODUCT_INVALID', field: `conditions[${i}]`, message: bi(`条件表达式有误：「${c.label.zh}」${at(compiled.error.zh)}`, `The condition does not check: '${c.label.en}'${at(compiled.error.en)}`) };
    }
  }
  return null;
}

/** An article address in words: 《title》第X条 (a business owner never sees the address itself). */
function inWords(addresses: readonly string[]): string[] {
  const lib = lawLibrary();
  return [...new Set(addresses.map((a) => lib.resolve(a)).filter((r) => r !== null && r !== undefined).map((r) => `《${r.title}》${r.citation}`))];
}

/** One product against one demand: the three-valued answer, each term in words, the conditions' reasons and the articles. */
export interface ProductMatch {
  productId: string;
  name: string;
  institutionId: string;
  institutionName: BilingualText;
  minAmountFen: number;
  maxAmountFen: number;
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  status: MatchStatus;
  terms: TermCheck[];
  /** Why the eligibility conditions hold or not, or that they need the enterprise's data (plain words). */
  reasons: BilingualText[];
  /** Facts the conditions need that are not held (labels). */
  missing: BilingualText[];
  /** The conditions in words (labels), and the articles they cite, as 《title》第X条. */
  conditions: BilingualText[];
  basis: string[];
}

const head = (p: StoredLoanProduct) => ({
  productId: p.productId, name: p.name, institutionId: p.institutionId, institutionName: p.institutionName, minAmountFen: p.minAmountFen, maxAmountFen: p.maxAmountFen,
  annualRatePercent: p.annualRatePercent, minTermMonths: p.minTermMonths, maxTermMonths: p.maxTermMonths,
  conditions: p.conditions.map((c) => c.label), basis: inWords([...p.conditions.map((c) => c.cite), PRODUCT_DEFAULT_CITE]),
});

const ORDER: Record<MatchStatus, number> = { ELIGIBLE: 0, UNKNOWN: 1, INELIGIBLE: 2 };
export const byMatch = <T extends { status: MatchStatus }>(a: T, b: T) => ORDER[a.status] - ORDER[b.status];

/**
 * Products against a demand with the enterprise's own data (the enterprise itself, the bureau): the
 * registry facts of the decision date (as 我的政策 reads them) evaluated by the rules engine,
 * three-valued, combined with the demand's terms.
 */
export async function matchWithFacts(db: Database, demand: { uscc: string; amountFen: number; termMonths: number; collateral: LoanProductTerms['collateral'][number] }, products: readonly StoredLoanProduct[], on: PlainDate): Promise<ProductMatch[]> {
  const { rb } = await getRules();
  const profile = await getEnterprise(db, demand.uscc);
  if (!profile) return [];
  const fiscalYear = Number(on.slice(0, 4)) - 1;
  const [figures, declared, departmentFacts] = await Promise.all([getFigures(db, demand.uscc), getDeclaredFacts(db, demand.uscc, fiscalYear), listDepartmentFacts(db, demand.uscc)]);
  const mapped = enterpriseFactsFromRegistry(profile, figures, on, declared, departmentFacts);
  if (!mapped.ok) throw new Error(`registry facts do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
  const where = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh);
  const ctx = createContext(rb, mapped.value.facts, on, where.id);
  const out: ProductMatch[] = [];
  for (const p of products) {
    const terms = compareTerms(p, demand);
    const compiled = policyOf(rb, p.productId, p);
    if (!compiled.ok) continue; // checked when defined; only a later rule-base change can break it
    const policy: PolicyDef = compiled.value;
    const r = evaluatePolicy(rb, policy, mapped.value.facts, { date: on, jurisdiction: where.id, explain: false }, ctx);
    const status = combineMatch(terms, r.status, p.conditions.length > 0);
    const reasons = r.status === 'ELIGIBLE' && p.conditions.length > 0 ? [bi(`满足产品准入条件：${p.conditions.map((c) => c.label.zh).join('、')}`, `meets the product's conditions: ${p.conditions.map((c) => c.label.en).join(', ')}`)] : r.reasons;
    out.push({ ...head(p), status, terms, reasons, missing: r.missing.map((m) => factField(m)?.label ?? bi(m, m)) });
  }
  return out.sort(byMatch);
}

/**
 * A product against demands as its bank sees them: only the demand's published terms are compared; the
 * enterprise's data are not read (a bank reads them only under the enterprise's consent, and every
 * read is logged), so a product with conditions answers UNKNOWN until the bank verifies them under a consent.
 */
export function matchTermsOnly(p: StoredLoanProduct, demand: { amountFen: number; termMonths: number; collateral: LoanProductTerms['collateral'][number] }): ProductMatch {
  const terms = compareTerms(p, demand);
  const status = combineMatch(terms, null, p.conditions.length > 0);
  const reasons = p.conditions.length === 0 ? [] : [bi(`企业条件（${p.conditions.map((c) => c.label.zh).join('、')}）须经企业授权后核验`, `the enterprise conditions (${p.conditions.map((c) => c.label.en).join(', ')}) are verified only under the enterprise's consent`)];
  return { ...head(p), status, terms, reasons, missing: [] };
}
