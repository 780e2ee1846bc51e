import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDeclaredFacts, getEnterprise, getFigures, listDepartmentFacts, type Database } from '@huiqi/db';
import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { defaultRulesDir, factField, type PolicyDef } from '@huiqi/rules-engine';
import { assessCompensation, compileCompensationRule, COMPENSATION_RULE_FILE, type CompensationAssessment, type PooledLoan } from '@huiqi/workflows';
import { lawLibrary } from '../law/law-library';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

let cached: { rule: PolicyDef; rb: Awaited<ReturnType<typeof getRules>>['rb'] } | null = null;

/**
 * The checked risk-compensation rule (`rules/financing/sz-loan-risk-compensation.yaml`). Read once; a rule
 * that does not check, a parameter without a value or a citation that does not resolve throws with the
 * place, so the module's registration fails rather than pay from a broken rule.
 */
export async function compensationRule(): Promise<{ rule: PolicyDef; rb: Awaited<ReturnType<typeof getRules>>['rb'] }> {
  const { rb } = await getRules();
  if (cached && cached.rb === rb) return cached;
  const text = readFileSync(join(defaultRulesDir(), COMPENSATION_RULE_FILE), 'utf8');
  const lib = lawLibrary();
  const compiled = compileCompensationRule(rb, text, (a) => Boolean(lib.resolve(a)));
  if (!compiled.rule) throw new Error(`rules/${COMPENSATION_RULE_FILE}:\n${compiled.errors.join('\n')}`);
  cached = { rule: compiled.rule, rb };
  return cached;
}

/** An article address in words, 《title》第X条 (never the address itself on screen). */
export function articlesInWords(addresses: readonly string[]): string[] {
  const lib = lawLibrary();
  return [...new Set(addresses.map((a) => lib.resolve(a)).filter((r) => r !== null && r !== undefined).map((r) => `《${r.title}》${r.citation}`))];
}

const percent = (decimal: string | null) => {
  if (decimal === null) return null;
  const [i, f = ''] = decimal.split('.');
  const digits = `${i}${f.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  const rest = f.slice(2).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
};

export interface ClaimAssessmentView {
  status: CompensationAssessment['status'];
  amountFen: number | null;
  sharePercent: string | null;
  shareCapPercent: string | null;
  countedLossFen: number | null;
  reasons: BilingualText[];
  missing: BilingualText[];
  basis: string[];
  assessedOn: string;
  isUnverified: boolean;
  unverifiedNote: string | null;
  raw: CompensationAssessment;
}

/**
 * The rule applied to a claim: the borrower's registry facts as of the day the loan entered the pool
 * (the pool's terms then), the loan as registered and the loss the bank states.
 */
export async function assessClaim(db: Database, loan: PooledLoan, lossPrincipalFen: number): Promise<ClaimAssessmentView> {
  const { rule, rb } = await compensationRule();
  const on = loan.registeredOn as PlainDate;
  const profile = await getEnterprise(db, loan.uscc);
  let registryFacts = {};
  let jurisdiction = rule.jurisdiction;
  if (profile) {
    const fiscalYear = Number(on.slice(0, 4)) - 1;
    const [figures, declared, departmentFacts] = await Promise.all([getFigures(db, loan.uscc), getDeclaredFacts(db, loan.uscc, fiscalYear), listDepartmentFacts(db, loan.uscc)]);
    const mapped = enterpriseFactsFromRegistry(profile, figures, on, declared, departmentFacts);
    if (!mapped.ok) throw new Error(`registry facts do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
    registryFacts = mapped.value.facts;
    jurisdiction = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh).id;
  }
  const a = assessCompensation(rb, rule, { pooledLoanPrincipalFen: loan.principalFen, pooledLoanGrantedOn: loan.grantedOn, lossPrincipalFen, registryFacts }, on, jurisdiction);
  return {
    status: a.status,
    amountFen: a.amountFen,
    sharePercent: percent(a.share),
    shareCapPercent: percent(a.shareCap),
    countedLossFen: a.countedLossFen,
    reasons: a.reasons,
    missing: a.missing.map((m) => factField(m)?.label ?? bi(m, m)),
    basis: articlesInWords(a.citations),
    assessedOn: a.assessedOn,
    isUnverified: a.version?.unverified ?? false,
    unverifiedNote: a.version?.note ?? null,
    raw: a,
  };
}
