import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listJurisdictions, type Database, type Jurisdiction } from '@huiqi/db';
import { bi, SIZE_SECTOR_NAMES, today, type BilingualText, type PlainDate, type SizeSector } from '@huiqi/kernel';
import { factsFromJson, QUALIFICATION_LABELS, QUALIFICATION_TAGS, type RuleBase } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { coveringOn, publishedPolicies } from '../publication/published-policy-cache';
import { Bilingual, PlainDateString } from '../schemas/common';
import { IndustryCode } from '../schemas/enterprise';
import { evaluatePolicies, type PolicyAnswer } from './check-eligibility';
import { getRules } from './rule-base';
import { ruleJurisdictionOf } from './rule-jurisdiction';
import { CitedText, PolicyAnswer as PolicyAnswerSchema, SizeClassAnswer, YuanAmount } from './rules-schemas';

/**
 * 政策计算器: a visitor describes a company (industry, employees, revenue, total assets, qualifications)
 * and learns which policies in force today a company like that qualifies for — the same evaluation as
 * 我的政策 (evaluatePolicies: the rule base's policies of the place and the published ones covering it),
 * on facts that are never stored. Public and cheap: pure evaluation over the rule base in memory and
 * the cached published policies, one small read of the jurisdictions; nothing is written.
 */

/** One industry per sector of the size standard (300号), sent as a GB/T 4754-2017 code the size standard maps to that sector. */
export const CALCULATOR_INDUSTRIES: readonly { code: string; sector: SizeSector }[] = [
  { code: 'C', sector: 'INDUSTRY' },
  { code: 'I65', sector: 'SOFTWARE_IT' },
  { code: 'I63', sector: 'INFORMATION_TRANSMISSION' },
  { code: 'F51', sector: 'WHOLESALE' },
  { code: 'F52', sector: 'RETAIL' },
  { code: 'E', sector: 'CONSTRUCTION' },
  { code: 'G54', sector: 'TRANSPORT' },
  { code: 'G59', sector: 'WAREHOUSING' },
  { code: 'G60', sector: 'POSTAL' },
  { code: 'H61', sector: 'ACCOMMODATION' },
  { code: 'H62', sector: 'CATERING' },
  { code: 'K7010', sector: 'REAL_ESTATE_DEVELOPMENT' },
  { code: 'K7020', sector: 'PROPERTY_MANAGEMENT' },
  { code: 'L', sector: 'LEASING_BUSINESS_SERVICES' },
  { code: 'A01', sector: 'AGRICULTURE' },
  { code: 'M', sector: 'OTHER' },
];

const QualificationTag = z.enum(QUALIFICATION_TAGS);

export const CalculatorInput = z.object({
  industryCode: IndustryCode,
  employees: z.number().int().min(0).max(10_000_000),
  revenueYuan: YuanAmount,
  totalAssetsYuan: YuanAmount,
  /** Qualifications currently held (资质), each at most once. */
  qualifications: z.array(QualificationTag).max(QUALIFICATION_TAGS.length).default([]).refine((q) => new Set(q).size === q.length, {
    message: 'each qualification at most once',
    params: { zh: '每项资质只能选择一次', en: 'each qualification at most once' },
  }),
  /** A district of the platform (default: the whole city); its policies and the city's apply. */
  district: z.string().max(64).optional(),
  registrationDate: PlainDateString.optional(),
}).strict();
export type CalculatorInput = z.infer<typeof CalculatorInput>;

const CalculatorPolicy = PolicyAnswerSchema.pick({ policyId: true, title: true, department: true, channel: true, status: true, amountFen: true, benefitKind: true, reasons: true, explanation: true }).extend({
  status: z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']),
  /** What would decide it, in words (a visitor has no profile to fill in). */
  missing: z.array(z.object({ name: z.string(), label: Bilingual })),
  citations: z.array(CitedText),
});

export const CalculatorAnswer = z.object({
  date: PlainDateString,
  jurisdiction: z.object({ id: z.string(), name: Bilingual }),
  sizeClass: SizeClassAnswer,
  summary: z.object({ eligible: z.number().int(), ineligible: z.number().int(), unknown: z.number().int(), totalAmountFen: z.number().int() }),
  policies: z.array(CalculatorPolicy),
});
export type CalculatorAnswer = z.infer<typeof CalculatorAnswer>;

export const CalculatorForm = z.object({
  industries: z.array(z.object({ code: z.string(), label: Bilingual })),
  qualifications: z.array(z.object({ code: QualificationTag, label: Bilingual })),
  districts: z.array(z.object({ id: z.string(), name: Bilingual })),
  /** The district meant when none is chosen: the city. */
  city: z.object({ id: z.string(), name: Bilingual }),
});

/**
 * The city the platform serves and its districts: from the root of the jurisdictions down while there
 * is one way on (中国 → 广东省 → 深圳市), the first jurisdiction with several below it.
 */
function cityOf(all: readonly Jurisdiction[]): { city: Jurisdiction; districts: Jurisdiction[] } {
  const below = (id: string) => all.filter((j) => j.parentId === id);
  let city = all.find((j) => j.parentId === null);
  if (!city) throw new Error('no jurisdictions: the platform has no city');
  for (let next = below(city.id); next.length === 1; next = below(city.id)) city = next[0]!;
  return { city, districts: below(city.id) };
}

const outOfRange = (district: string): BilingualText => bi(`没有辖区「${district}」，请从列表中选择`, `No district '${district}': choose one from the list`);

/**
 * Pure: the hypothetical company's facts against every policy in force in the place on `date`
 * (the published ones given as `extra`). Only policies in force are answered.
 */
export function calculatePolicies(rb: RuleBase, input: CalculatorInput, place: Jurisdiction, extra: Parameters<typeof evaluatePolicies>[1]['extra'], date: PlainDate): CalculatorAnswer {
  const json: Record<string, unknown> = {
    industryCode: input.industryCode,
    isIndividualBusiness: false, // a company: an individual business (个体工商户) is classed by other rules
    tags: input.qualifications,
    employees: input.employees,
    revenue: input.revenueYuan,
    totalAssets: input.totalAssetsYuan,
    ...(input.registrationDate ? { registrationDate: input.registrationDate } : {}),
  };
  const facts = factsFromJson(json, { money: 'fen' });
  // The input schema admits only values the fact schema takes; a refusal here is a programming error.
  if (!facts.ok) throw new Error(`calculator facts do not fit the fact schema: ${JSON.stringify(facts.error)}`);
  const where = ruleJurisdictionOf(rb, place.id, place.name.zh);
  const evaluated = evaluatePolicies(rb, { facts: facts.value, fiscalYear: Number(date.slice(0, 4)) - 1, jurisdiction: where.id, date, explain: true, ...(extra ? { extra } : {}) });
  if (evaluated.sizeClass.status === 'ERROR') throw new AppError('RULES_INDUSTRY_CODE_UNKNOWN', { message: bi(`无法识别行业代码「${input.industryCode}」`, `The industry code ${input.industryCode} is not recognised`), details: { field: 'industryCode' } });
  const inForce = evaluated.policies.filter((p): p is PolicyAnswer & { status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' } => p.status !== 'NOT_IN_FORCE');
  return {
    date,
    jurisdiction: { id: place.id, name: place.name },
    sizeClass: evaluated.sizeClass,
    summary: { eligible: evaluated.summary.eligible, ineligible: evaluated.summary.ineligible, unknown: evaluated.summary.unknown, totalAmountFen: evaluated.summary.totalAmountFen },
    policies: inForce.map((p) => ({
      policyId: p.policyId,
      title: p.title,
      department: p.department,
      channel: p.channel,
      status: p.status,
      amountFen: p.amountFen,
      benefitKind: p.benefitKind,
      reasons: p.reasons,
      missing: p.missing.map((m) => ({ name: m.name, label: m.label })),
      citations: p.citations,
      ...(p.explanation ? { explanation: p.explanation } : {}),
    })),
  };
}

async function calculate(db: Database, input: CalculatorInput): Promise<CalculatorAnswer> {
  const date = today();
  const { rb } = await getRules();
  const all = await listJurisdictions(db);
  const { city } = cityOf(all);
  const place = input.district ? all.find((j) => j.id === input.district && (j.id === city.id || j.parentId === city.id)) : city;
  if (!place) throw new AppError('VALIDATION_FAILED', { message: outOfRange(input.district ?? ''), details: { field: 'district' } });
  const extra = coveringOn(await publishedPolicies(db, rb), place.id, date).map((a) => ({ policy: a.policy, department: a.department, jurisdiction: a.jurisdiction }));
  return calculatePolicies(rb, input, place, extra, date);
}

export function registerPolicyCalculatorRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/public/policy-calculator', {
    schema: {
      tags: ['publication'],
      summary: '政策计算器（表单） The policy calculator\'s choices: industries, qualifications and districts, in words (public)',
      response: { 200: CalculatorForm },
    },
  }, async () => {
    const { city, districts } = cityOf(await listJurisdictions(db));
    return {
      industries: CALCULATOR_INDUSTRIES.map((i) => ({ code: i.code, label: SIZE_SECTOR_NAMES[i.sector] })),
      qualifications: QUALIFICATION_TAGS.map((code) => ({ code, label: QUALIFICATION_LABELS[code] })),
      districts: districts.map((d) => ({ id: d.id, name: d.name })),
      city: { id: city.id, name: city.name },
    };
  });
  r.post('/api/public/policy-calculator', {
    schema: {
      tags: ['publication'],
      summary: '政策计算器 Which policies in force today a company like the one described qualifies for: ELIGIBLE / INELIGIBLE / UNKNOWN with the reasons in words, what would decide it and the cited articles, by the rules engine of 我的政策; nothing is stored (public)',
      body: CalculatorInput,
      response: { 200: CalculatorAnswer },
    },
  }, async (request) => calculate(db, request.body));
}
