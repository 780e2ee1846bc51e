import { BENEFIT_KINDS } from '@huiqi/rules-engine';
import { z } from 'zod';
import { yuanToFen } from '@huiqi/kernel';
import { Bilingual, PlainDateString } from '../schemas/common';
import { IndustryCode } from '../schemas/enterprise';

/** Response shapes of the rules module (OpenAPI and serialisation). */
/** A cited article: its address (for the law reader's link), its text, and its name in words (《title》第X条) — what is shown. */
export const CitedText = z.object({ address: z.string(), text: z.string().nullable(), name: z.string().nullable() });

export const MissingFact = z.object({
  name: z.string(),
  label: Bilingual,
  group: z.enum(['profile', 'yearly', 'declared', 'parameter']),
  where: z.object({ kind: z.enum(['PROFILE', 'FIGURES', 'DECLARED']), year: z.number().int().nullable(), hint: Bilingual }).nullable(),
});

/** 数据来源: the department and the time its batch was received, or 企业自行填报 (fact-origins.ts). */
export const FactOrigin = z.object({
  by: z.enum(['DEPARTMENT', 'ENTERPRISE', 'OFFICER', 'PLATFORM', 'SHARED']),
  department: Bilingual.nullable(),
  receivedAt: z.string().nullable(),
  label: Bilingual,
});

export const EligibilityStatus = z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN', 'NOT_IN_FORCE']);

export const PolicyVersionRef = z.object({ from: z.string(), until: z.string().nullable(), unverified: z.boolean(), note: z.string().nullable() }).nullable();

export const PolicyAnswer = z.object({
  policyId: z.string(),
  title: Bilingual,
  department: Bilingual,
  jurisdiction: z.string(),
  channel: z.string(),
  status: EligibilityStatus,
  amountFen: z.number().int().nullable(),
  /** CASH (paid out, counted in totalAmountFen), FEE_REDUCTION, TAX_REDUCTION, TAX_DEDUCTION, PRICE_PREFERENCE; null without an amount. */
  benefitKind: z.enum(BENEFIT_KINDS).nullable(),
  reasons: z.array(Bilingual),
  missing: z.array(MissingFact),
  firstFailingClause: z.string().nullable(),
  citations: z.array(CitedText),
  version: PolicyVersionRef,
  outputs: z.record(z.string(), z.unknown()),
  /** The rules engine's PolicyExplanation: clauses with value, trace (facts, parameters with dates and sources), gaps. */
  explanation: z.unknown().optional(),
  /** With the explanation: each fact it read and where the value came from (数据来源). */
  dataSources: z.array(z.object({ fact: z.string(), label: Bilingual, origin: FactOrigin })).optional(),
});

export const SizeClassAnswer = z.object({
  status: z.enum(['CLASSIFIED', 'NOT_CLASSIFIED', 'UNKNOWN', 'ERROR']),
  size: z.enum(['large', 'medium', 'small', 'micro']).nullable(),
  label: Bilingual.nullable(),
  sector: z.string().nullable(),
  byReference: z.boolean(),
  reasons: z.array(Bilingual),
  missing: z.array(z.object({ name: z.string(), label: Bilingual })),
  citations: z.array(CitedText),
  standard: z.object({ from: z.string(), reference: z.string() }).nullable(),
});

export const FactSource = z.object({
  fact: z.string(),
  from: z.enum(['PROFILE', 'FIGURES', 'DECLARED', 'DEPARTMENT']),
  field: z.string(),
  year: z.number().int().optional(),
  /** DEPARTMENT: the department-fact kind and its key (month, evaluation year, qualification). */
  kind: z.string().optional(),
  period: z.string().optional(),
  version: z.number().int(),
  /** 数据来源 of the version read; null when the version's writer is not known. */
  origin: FactOrigin.nullable().optional(),
});

export const EligibilityResponse = z.object({
  uscc: z.string(),
  name: z.string(),
  date: z.string(),
  jurisdiction: z.object({ district: z.string(), rules: z.string(), note: Bilingual.nullable() }),
  basis: z.object({
    profileVersion: z.number().int(),
    profileValidFrom: z.string(),
    fiscalYear: z.number().int(),
    figuresYears: z.array(z.number().int()),
    sources: z.array(FactSource),
    ignoredTags: z.array(z.string()),
    note: Bilingual.nullable(),
  }),
  sizeClass: SizeClassAnswer,
  summary: z.object({ eligible: z.number().int(), ineligible: z.number().int(), unknown: z.number().int(), notInForce: z.number().int(), totalAmountFen: z.number().int() }),
  policies: z.array(PolicyAnswer),
  lawNote: z.string().nullable(),
});

export const PolicySummary = z.object({
  id: z.string(),
  title: Bilingual,
  jurisdiction: z.string(),
  jurisdictionName: Bilingual,
  department: Bilingual,
  channel: z.string(),
  ruleSet: z.string(),
  inForce: z.object({ from: z.string(), until: z.string().nullable() }),
  versions: z.number().int(),
  hasUnverified: z.boolean(),
});

export const PolicyDetail = z.object({
  id: z.string(),
  title: Bilingual,
  jurisdiction: z.string(),
  jurisdictionName: Bilingual,
  department: Bilingual,
  channel: z.string(),
  ruleSet: z.string(),
  implements: z.array(CitedText),
  versions: z.array(z.object({
    from: z.string(),
    until: z.string().nullable(),
    unverified: z.boolean(),
    note: z.string().nullable(),
    conditions: z.array(z.object({ id: z.string(), label: Bilingual, when: z.string(), cite: CitedText })),
    amount: z.object({ label: Bilingual, formula: z.string(), cite: CitedText }).nullable(),
    outputs: z.array(z.object({ id: z.string(), label: Bilingual, formula: z.string(), cite: CitedText })),
  })),
});

export const ParameterSummary = z.object({
  path: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  unit: z.string(),
  jurisdictions: z.array(z.string()),
  values: z.number().int(),
  hasUnverified: z.boolean(),
  hasDraft: z.boolean(),
});

export const ParameterDetail = z.object({
  path: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  unit: z.string(),
  file: z.string(),
  byJurisdiction: z.array(z.object({
    jurisdiction: z.string(),
    jurisdictionName: Bilingual,
    values: z.array(z.object({
      from: z.string(),
      until: z.string().nullable(),
      value: z.string().nullable(),
      reference: CitedText,
      published: z.string(),
      unverified: z.boolean(),
      draft: z.boolean(),
      note: z.string().nullable(),
    })),
  })),
});

/** An amount in yuan (number or text, at most two decimals, not negative), held as integer fen. */
export const YuanAmount = z.union([z.number(), z.string()]).transform((value, ctx) => {
  let fen: number | null = null;
  try {
    fen = yuanToFen(value);
  } catch {
    fen = null;
  }
  if (fen === null || fen < 0) {
    ctx.addIssue({ code: 'custom', message: 'must be an amount in yuan, not negative, at most 2 decimals', params: { zh: '应为不小于零的金额（元，最多两位小数）', en: 'must be an amount in yuan, not negative, at most 2 decimals' }, input: value });
    return z.NEVER;
  }
  return fen;
});

/** POST /api/rules/classify: industry code and the three indicators (money in yuan). */
export const ClassifyInput = z.object({
  industryCode: IndustryCode,
  employees: z.number().int().min(0).max(100_000_000).optional(),
  revenueYuan: YuanAmount.optional(),
  totalAssetsYuan: YuanAmount.optional(),
  isIndividualBusiness: z.boolean().optional(),
  date: PlainDateString.optional(),
}).strict();
