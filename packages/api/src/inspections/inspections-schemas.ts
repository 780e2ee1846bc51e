import { checkUscc } from '@huiqi/kernel';
import { z } from 'zod';
import { PlainDateString, yearOf } from '../schemas/common';

export const Year = yearOf(2000, 2200);
export const DepartmentIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export const ItemIdParam = z.string().regex(/^ii-[a-z0-9-]{8,64}$/);
export const PlanIdParam = z.string().regex(/^ip-[a-z0-9-]{8,64}$/);
export const InspectorIdParam = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const Uscc = z.string().regex(/^[0-9A-HJ-NP-RTUW-Y]{18}$/);
/** A USCC whose check characters are right (the draw CLI refuses the same lines). */
const CheckedUscc = z.string().refine((v) => checkUscc(v).valid, { message: 'invalid unified social credit code', params: { zh: '统一社会信用代码无效', en: 'invalid unified social credit code' } });
/** A ratio as a decimal (text or number); checked by the domain, which names the stratum. */
const RatioValue = z.union([z.string().max(40), z.number()]);
export const RISK_STRATA = ['A', 'B', 'C', 'D', 'UNGRADED'] as const;

export const ItemBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  legalBasis: z.array(z.string().trim().min(3).max(200)).min(1).max(20),
  method: z.enum(['ON_SITE', 'IN_WRITING', 'REMOTE']),
  annualCapPerEnterprise: z.number().int().min(1).max(366),
});

export const ItemDto = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  name: z.string(),
  legalBasis: z.array(z.object({ address: z.string(), citation: z.string(), title: z.string() })),
  method: z.enum(['ON_SITE', 'IN_WRITING', 'REMOTE']),
  methodLabel: z.string(),
  annualCapPerEnterprise: z.number().int(),
  publishedAt: z.string().nullable(),
});

export const InspectorBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  certificateNo: z.string().trim().min(1).max(64),
  conflicts: z.array(Uscc).max(500).default([]),
  isActive: z.boolean().default(true),
});
export const InspectorDto = z.object({ id: z.string(), departmentId: z.string(), name: z.string(), certificateNo: z.string(), conflicts: z.array(z.string()), isActive: z.boolean() });

export const RiskGradesBody = z.strictObject({
  gradedOn: PlainDateString,
  grades: z.array(z.strictObject({ uscc: Uscc, riskGrade: z.enum(['A', 'B', 'C', 'D']), creditClass: z.string().trim().min(1).max(40).nullable().default(null) })).min(1).max(50_000),
});

export const Filters = z.strictObject({
  industryCodes: z.array(z.string().regex(/^[A-T]([0-9]{2}([0-9]{1,2})?)?$/)).max(50).default([]),
  districts: z.array(z.string().regex(/^[a-z0-9-]{2,64}$/)).max(50).default([]),
  riskGrades: z.array(z.enum(RISK_STRATA)).max(5).default([]),
  creditClasses: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});

export const PlanBody = z.strictObject({
  kind: z.enum(['ANNUAL', 'AD_HOC']),
  year: Year,
  title: z.string().trim().min(1).max(200),
  itemIds: z.array(ItemIdParam).min(1).max(50),
  filters: Filters.default({ industryCodes: [], districts: [], riskGrades: [], creditClasses: [] }),
  /** Per risk stratum; missing strata take the dated parameter in force on the plan's creation date. */
  ratios: z.record(z.string(), RatioValue).default({}),
  inspectorsPerTarget: z.number().int().min(2).max(10).default(2),
  /** When the visits are to take place, inside the plan's year (default: the whole year); overlapping windows of two departments' plans make merged-visit proposals. */
  window: z.strictObject({ from: PlainDateString, to: PlainDateString }).optional(),
});

export const PlanDto = z.object({
  planId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  kind: z.enum(['ANNUAL', 'AD_HOC']),
  year: z.number().int(),
  title: z.string(),
  items: z.array(z.object({ id: z.string(), name: z.string() })),
  filters: z.object({ industryCodes: z.array(z.string()), districts: z.array(z.string()), riskGrades: z.array(z.string()), creditClasses: z.array(z.string()) }),
  ratios: z.record(z.string(), z.string()),
  ratioSources: z.record(z.string(), z.string()),
  inspectorsPerTarget: z.number().int(),
  window: z.object({ from: z.string(), to: z.string() }),
  status: z.enum(['DRAFT', 'SEED_COMMITTED', 'DRAWN', 'CLOSED', 'CANCELLED']),
  seedDigest: z.string().nullable(),
  candidateCount: z.number().int().nullable(),
  candidateListDigest: z.string().nullable(),
  seed: z.string().nullable(),
  targetCount: z.number().int().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  drawnAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});

export const TargetDto = z.object({
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  stratum: z.string(),
  rank: z.number().int(),
  digest: z.string(),
  inspectors: z.array(z.object({ id: z.string(), rank: z.number().int(), digest: z.string(), name: z.string().optional() })),
});

export const DrawBody = z.strictObject({
  seed: z.string().min(1).max(200),
  ratio: RatioValue.optional(),
  ratios: z.record(z.string(), RatioValue).optional(),
  candidates: z.array(z.strictObject({ uscc: CheckedUscc, stratum: z.string().trim().min(1).max(40).optional() })).max(100_000),
});
export const DrawResultDto = z.object({
  strata: z.array(z.object({ stratum: z.string(), candidates: z.number().int(), ratio: z.string(), drawn: z.number().int() })),
  selected: z.array(z.object({ uscc: z.string(), stratum: z.string(), rank: z.number().int(), digest: z.string() })),
});
