import { SizeClassSchema, SmeSizeClassSchema } from '@huiqi/kernel';
import { z } from 'zod';
import { Bilingual, Fen, yearOf } from '../schemas/common';

export const Category = z.enum(['GOODS', 'WORKS', 'SERVICES']);
export const Year = yearOf(2000, 2200);
export const ProjectIdParam = z.string().refine((v) => /^pp-[a-z0-9-]{8,64}$/.test(v), { message: 'not a project id (pp-…)', params: { zh: '不是有效的项目编号（pp-…）', en: 'not a project id (pp-…)' } });
export const DepartmentIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const Share = z.union([z.string().max(32), z.number()]);
const ReservedFor = z.enum(['SME', 'SMALL_MICRO']);

/** How the SME share is reserved (46号 Art. 8 para 3); amounts in integer fen, shares as decimals. */
export const ReservationBody = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('NONE') }),
  z.strictObject({ method: z.literal('WHOLE_PROJECT'), reservedFor: ReservedFor }),
  z.strictObject({ method: z.literal('LOTS'), lots: z.array(z.strictObject({ id: z.string().trim().min(1).max(64), name: z.string().trim().max(200).optional(), budgetFen: Fen, reservedFor: ReservedFor })).min(1).max(50) }),
  z.strictObject({ method: z.literal('CONSORTIUM'), smeShare: Share, smallMicroShare: Share }),
  z.strictObject({ method: z.literal('SUBCONTRACT'), smeShare: Share, smallMicroShare: Share }),
]);

/** A stored reservation as the project sends it back (the body as it was accepted). */
export const ReservationView = z.discriminatedUnion('method', [
  z.object({ method: z.literal('NONE') }),
  z.object({ method: z.literal('WHOLE_PROJECT'), reservedFor: ReservedFor }),
  z.object({ method: z.literal('LOTS'), lots: z.array(z.object({ id: z.string(), name: z.string().optional(), budgetFen: z.number().int(), reservedFor: ReservedFor })) }),
  z.object({ method: z.literal('CONSORTIUM'), smeShare: Share, smallMicroShare: Share }),
  z.object({ method: z.literal('SUBCONTRACT'), smeShare: Share, smallMicroShare: Share }),
]);

export const ProjectBody = z.strictObject({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  category: Category,
  budgetFen: Fen,
  suitableForSme: z.boolean(),
  exemption: z.strictObject({ article: z.string().trim().max(200).nullable().optional(), reason: z.string().trim().min(1).max(1000) }).nullable().optional(),
  reservation: ReservationBody,
});

export const ProjectCreateBody = ProjectBody.extend({ year: Year });

export const ProjectDto = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: Bilingual,
  year: z.number().int(),
  code: z.string(),
  name: z.string(),
  category: Category,
  budgetFen: z.number().int(),
  suitableForSme: z.boolean(),
  exemption: z.object({ article: z.string().nullable(), reason: z.string() }).nullable(),
  reservation: ReservationView,
  reservationMethod: z.enum(['NONE', 'WHOLE_PROJECT', 'LOTS', 'CONSORTIUM', 'SUBCONTRACT']),
  reservationDescription: Bilingual,
  reservedFen: z.number().int(),
  smallMicroFen: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const RequirementDto = z.object({
  code: z.string(),
  label: Bilingual,
  met: z.boolean(),
  draft: z.boolean(),
  baseFen: z.number().int(),
  ratio: z.string().nullable(),
  requiredFen: z.number().int(),
  actualFen: z.number().int(),
  gapFen: z.number().int(),
  projectIds: z.array(z.string()),
  citations: z.array(z.string()),
  explanation: Bilingual,
});

export const ComplianceDto = z.object({
  department: z.object({ id: z.string(), name: Bilingual, jurisdiction: z.string(), rulesJurisdiction: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  status: z.enum(['MET', 'NOT_MET', 'NO_SUITABLE_PROJECTS']),
  figures: z.object({
    totalBudgetFen: z.number().int(),
    suitableBudgetFen: z.number().int(),
    exemptBudgetFen: z.number().int(),
    reservedFen: z.number().int(),
    smallMicroFen: z.number().int(),
    reservedShareOfSuitable: z.string().nullable(),
    smallMicroShareOfReserved: z.string().nullable(),
  }),
  requirements: z.array(RequirementDto),
  projects: z.array(z.object({ id: z.string(), name: z.string(), band: z.string(), method: z.string(), budgetFen: z.number().int(), reservedFen: z.number().int(), smallMicroFen: z.number().int() })),
  toMeet: z.array(Bilingual),
  parameters: z.array(z.object({ path: z.string(), value: z.string(), unit: z.string(), jurisdiction: z.string(), from: z.string(), reference: z.string(), unverified: z.boolean(), note: z.string().nullable() })),
  notes: z.array(Bilingual),
});

const SizeShare = z.strictObject({ name: z.string().max(200).optional(), size: SizeClassSchema, share: Share });

/** Bids as the committee enters them: prices in yuan (text or number, at most 2 decimals), rates as decimals. */
export const EvaluationBody = z.strictObject({
  date: z.string(),
  lotId: z.string().trim().min(1).max(64).nullable().optional(),
  deductionRate: Share.nullable().optional(),
  consortiumDeductionRate: Share.nullable().optional(),
  bids: z.array(z.strictObject({
    id: z.string().trim().min(1).max(64),
    supplier: z.string().trim().min(1).max(200),
    price: z.union([z.string().max(32), z.number()]),
    items: z.array(z.strictObject({ name: z.string().max(200).optional(), makerName: z.string().max(200).optional(), makerSize: SizeClassSchema })).max(200).optional(),
    consortium: z.array(SizeShare).max(50).optional(),
    subcontracts: z.array(SizeShare).max(50).optional(),
  })).min(1).max(200),
});

export const BidResultDto = z.object({
  id: z.string(),
  supplier: z.string(),
  priceFen: z.number().int(),
  evaluatedPriceFen: z.number().int(),
  deductionFen: z.number().int(),
  deductionRate: z.string(),
  preference: z.string(),
  smeStatus: z.string(),
  qualifiesForReservedShare: z.boolean(),
  smallMicroShare: z.string().nullable(),
  reason: Bilingual,
  citations: z.array(z.string()),
  rank: z.number().int(),
});

export const EvaluationDto = z.object({
  id: z.string(),
  projectId: z.string(),
  lotId: z.string().nullable(),
  evaluatedOn: z.string(),
  reservedForSme: z.boolean(),
  bids: z.array(BidResultDto),
  ranges: z.unknown(),
  parameters: z.array(z.unknown()),
  warnings: z.array(Bilingual),
  createdAt: z.string(),
  award: z.object({ id: z.string(), winnerName: z.string(), announcedOn: z.string() }).nullable(),
});

export const AwardBody = z.strictObject({
  evaluationId: z.string().regex(/^pe-[a-z0-9-]{8,64}$/),
  winnerBidId: z.string().trim().min(1).max(64),
  announcedOn: z.string().optional(),
  declarationId: z.string().regex(/^pd-[a-z0-9-]{8,64}$/).nullable().optional(),
});

export const AwardDto = z.object({
  id: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  purchaser: z.string(),
  departmentId: z.string(),
  announcedOn: z.string(),
  winnerName: z.string(),
  usedSmePreference: z.boolean(),
  smePreference: Bilingual,
  winner: z.object({ priceFen: z.number().int(), evaluatedPriceFen: z.number().int(), deductionRate: z.string(), reason: Bilingual, citations: z.array(z.string()), rank: z.number().int() }),
  declaration: z.object({ id: z.string().nullable(), text: z.string() }).nullable(),
  notes: z.array(Bilingual),
});

/** Query (GET) or body (POST) for a declaration made from the registry. */
export const DeclarationRequest = z.strictObject({
  category: Category.optional(),
  project: ProjectIdParam.optional(),
  projectName: z.string().trim().min(1).max(200).optional(),
  purchaser: z.string().trim().min(1).max(200).optional(),
  /** 标的名称, comma-separated in a query string (、 and ， also separate). */
  items: z.union([z.string().max(2000), z.array(z.string().trim().min(1).max(200)).max(100)]).optional(),
  industry: z.string().trim().min(1).max(50).optional(),
  size: SmeSizeClassSchema.optional(),
  date: z.string().optional(),
});

export const DeclarationCheckDto = z.object({
  status: z.enum(['CONSISTENT', 'MISMATCH', 'INCOMPLETE']),
  figuresYear: z.number().int(),
  declaredSize: z.string(),
  computedSize: z.string().nullable(),
  reasons: z.array(Bilingual),
  citations: z.array(z.string()),
});

export const DeclarationDto = z.object({
  id: z.string().nullable(),
  uscc: z.string(),
  supplierName: z.string(),
  projectId: z.string().nullable(),
  category: Category,
  purchaser: z.string(),
  projectName: z.string(),
  date: z.string(),
  title: z.string(),
  opening: z.string(),
  intro: z.string(),
  lines: z.array(z.object({ index: z.number().int(), text: z.string() })),
  closing: z.string(),
  notes: z.array(z.string()),
  text: z.string(),
  warnings: z.array(Bilingual),
  check: DeclarationCheckDto,
  citations: z.array(z.string()),
  createdAt: z.string().nullable(),
});
