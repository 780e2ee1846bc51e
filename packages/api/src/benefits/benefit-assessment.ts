import { findSharedFacts, getEnterprise, getFigures, listDepartmentFacts, type Queryable, type FundPolicyLink, type BenefitFund } from '@huiqi/db';
import { bi, sizeClassCode, type BilingualText, type PlainDate, type SizeClassCode } from '@huiqi/kernel';
import { cited, createContext, evaluatePolicy, factField, factsFromJson, type CitedAddress, type Facts, type PolicyEvaluation } from '@huiqi/rules-engine';
import { AppError } from '../errors/app-error';
import { enterpriseFactsFromRegistry, REGISTRY_FACTS, DERIVED_FACTS } from '../rules/enterprise-facts';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { findBenefitPolicy } from './benefit-policy-lookup';

/** A rules-engine evaluation of one policy for one enterprise, as stored with a case. */
export interface Assessment {
  policyId: string;
  /** The date the rules were evaluated as of. */
  assessedOn: PlainDate;
  /** Why that date (the decision date, or the fund year's last day when decided after it). */
  dateNote: BilingualText | null;
  rulesJurisdiction: string;
  status: PolicyEvaluation['status'];
  amountFen: number | null;
  reasons: BilingualText[];
  missing: { name: string; label: BilingualText; group: string }[];
  citations: CitedAddress[];
  firstFailingClause: string | null;
  sizeClass: SizeClassCode;
  /** The facts used (money in fen), with where each came from. */
  facts: Record<string, unknown>;
  factSources: { fact: string; from: string }[];
  explanation: unknown;
}

/** JSON-safe copy (exact rationals and bigints become text). */
export function jsonSafe<T>(x: T): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

/**
 * The fund year's entitlements are assessed as of the decision date; decided after the fund year,
 * as of its last day (the policy and its parameters as they were for that year), and said so.
 */
export function assessmentDate(fund: Pick<BenefitFund, 'year'>, decisionDate: PlainDate): { date: PlainDate; note: BilingualText | null } {
  const first = `${fund.year}-01-01` as PlainDate;
  const last = `${fund.year}-12-31` as PlainDate;
  if (decisionDate > last) {
    return { date: last, note: bi(`决定日 ${decisionDate} 晚于资金年度 ${fund.year}，按该年度最后一日 ${last} 的政策和参数计算`, `Decided on ${decisionDate}, after fund year ${fund.year}: assessed with the policy and parameters of ${last}`) };
  }
  if (decisionDate < first) return { date: first, note: bi(`资金年度 ${fund.year} 尚未开始，按 ${first} 计算`, `Fund year ${fund.year} has not begun: assessed as of ${first}`) };
  return { date: decisionDate, note: null };
}

/**
 * Parses facts an enterprise declares in an application form (money in yuan). Facts the registry
 * holds are refused (the enterprise corrects its profile or figures instead); every problem is named.
 */
export function parseDeclaredFacts(input: Record<string, unknown>): Facts {
  const refused = Object.keys(input).filter((k) => REGISTRY_FACTS.has(k) || DERIVED_FACTS.has(k));
  if (refused.length > 0) {
    throw new AppError('BENEFIT_INVALID_FACTS', { message: bi(`以下信息来自企业档案或年度数据，不能在申报表中填写：${refused.join('、')}`, `These facts come from the registry and cannot be declared: ${refused.join(', ')}`), details: { refused } });
  }
  const parsed = factsFromJson(input, { money: 'yuan' });
  if (!parsed.ok) throw new AppError('BENEFIT_INVALID_FACTS', { message: bi(parsed.error.map((e) => `${e.field}：${e.message.zh}`).join('；'), parsed.error.map((e) => `${e.field}: ${e.message.en}`).join('; ')), details: jsonSafe(parsed.error) });
  return parsed.value;
}

/**
 * Evaluates `link.policyId` for an enterprise as of `decisionDate` (clamped to the fund year), on
 * the registry facts (`enterpriseFactsFromRegistry` of the rules module), the data shared for
 * 数据比对, and the facts the enterprise declared in its form — in that order of precedence
 * for the facts the registry does not hold.
 */
export async function assessPolicy(db: Queryable, uscc: string, link: FundPolicyLink & { fund: BenefitFund }, decisionDate: PlainDate, declared: Facts = {}): Promise<Assessment> {
  const { rb } = await getRules();
  const policy = await findBenefitPolicy(db, rb, link.policyId);
  if (!policy) throw new AppError('BENEFIT_POLICY_NOT_OFFERED', { message: bi(`规则库和已发布政策中都没有 ${link.policyId}`, `Neither the rule base nor the published policies have ${link.policyId}`) });
  const profile = await getEnterprise(db, uscc);
  if (!profile) throw new AppError('ENTERPRISE_NOT_FOUND');
  const figures = await getFigures(db, uscc);
  const { date, note } = assessmentDate(link.fund, decisionDate);
  const mapped = enterpriseFactsFromRegistry(profile, figures, date, null, await listDepartmentFacts(db, uscc)); // with 社保, 纳税信用 and 资质证书 (docs/intake.md)
  if (!mapped.ok) throw new Error(`registry facts do not fit the fact schema: ${JSON.stringify(mapped.error)}`);
  const shared = await findSharedFacts(db, uscc, link.policyId);
  const sharedFacts = shared ? factsFromJson(shared.facts, { money: 'fen' }) : null;
  if (sharedFacts && !sharedFacts.ok) throw new Error(`shared facts for ${uscc} do not fit the fact schema`);
  const declaredFacts = { ok: true as const, value: declared };
  const facts = { ...declaredFacts.value, ...(sharedFacts?.ok ? sharedFacts.value : {}), ...mapped.value.facts };
  const sources = [
    ...Object.keys(declaredFacts.value).filter((k) => !(k in mapped.value.facts) && !(sharedFacts?.ok && k in sharedFacts.value)).map((fact) => ({ fact, from: 'DECLARED' })),
    ...(sharedFacts?.ok ? Object.keys(sharedFacts.value).filter((k) => !(k in mapped.value.facts)).map((fact) => ({ fact, from: `SHARED:${shared!.source}` })) : []),
    ...mapped.value.sources.map((s) => ({ fact: s.fact, from: s.from === 'FIGURES' ? `FIGURES:${s.year}` : s.from })),
  ];
  const where = ruleJurisdictionOf(rb, profile.district, profile.districtName.zh);
  const ctx = createContext(rb, facts, date, where.id);
  const r = evaluatePolicy(rb, policy, facts, { date, jurisdiction: where.id, explain: true }, ctx);
  const size = ctx.sizeOutcome();
  return {
    policyId: policy.id,
    assessedOn: date,
    dateNote: note,
    rulesJurisdiction: where.id,
    status: r.status,
    amountFen: r.amountFen ?? null,
    reasons: r.reasons,
    missing: r.missing.map((m) => {
      const f = factField(m);
      return { name: m, label: f?.label ?? { zh: m, en: m }, group: f?.group ?? 'parameter' };
    }),
    citations: r.citations.map((address) => cited(rb, address)),
    firstFailingClause: r.firstFailingClause ?? null,
    sizeClass: sizeClassCode(size && size.status === 'CLASSIFIED' ? size.size : null),
    facts: jsonSafe(facts) as Record<string, unknown>,
    factSources: sources,
    explanation: jsonSafe(r.explanation ?? null),
  };
}

/**
 * The per-enterprise cap of a policy: the cap set on the fund link (fen), else the rules parameter
 * named on the link, as of `date`.
 */
export async function enterpriseCap(link: FundPolicyLink, jurisdiction: string, date: PlainDate): Promise<{ capFen: number | null; reference: BilingualText | null }> {
  if (link.capFen) return { capFen: link.capFen, reference: bi('专项资金为本政策设定的单户上限', 'the per-enterprise cap set on this fund for the policy') };
  if (!link.capParam) return { capFen: null, reference: null };
  const { rb } = await getRules();
  const p = rb.params.resolve(link.capParam, jurisdiction, date);
  if (!p) return { capFen: null, reference: null };
  const value = typeof p.value === 'number' ? p.value : Number(p.value.n) / Number(p.value.d);
  const def = rb.params.def(link.capParam);
  return { capFen: Math.round(value), reference: def ? bi(def.description, def.descriptionEn) : null };
}
