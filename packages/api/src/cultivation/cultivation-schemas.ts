import { z } from 'zod';
import { AGGREGATIONS, ATTACHMENT_KINDS, CULTIVATION_TIERS, RECOGNITION_ACTION_TYPES, RECOGNITION_STATUSES } from '@huiqi/workflows';
import { Bilingual, PlainDateString } from '../schemas/common';

export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const ObjectionParams = z.object({ id: z.string().min(1).max(100), objectionId: z.string().min(1).max(100) });

export const RoundBody = z.object({
  tier: z.enum(CULTIVATION_TIERS),
  year: z.number().int().min(2000).max(2999),
  title: z.string().min(1).max(200),
  deadline: PlainDateString,
  requiredAttachments: z.array(z.enum(ATTACHMENT_KINDS)).max(4).default(['FINANCIAL_STATEMENTS', 'DECLARATION']),
  publicityWorkingDays: z.number().int().min(1).max(60).default(5),
  passMark: z.number().int().min(0).max(100).default(60),
  aggregation: z.enum(AGGREGATIONS).default('MEAN'),
  expertsPerApplication: z.number().int().min(2).max(15).default(3),
});

export const SelfAssessmentQuery = z.object({ tier: z.enum(CULTIVATION_TIERS), date: PlainDateString.optional() });
export const ApplicationBody = z.object({ roundId: z.string().min(1).max(100), attachmentIds: z.array(z.string().min(1).max(100)).max(20) });
export const ListQuery = z.object({ roundId: z.string().min(1).max(100).optional(), status: z.string().regex(/^[A-Z_]{1,40}$/).optional() });
export const ReviewBody = z.object({ decision: z.enum(['PASS', 'REJECT']), opinion: z.string().max(4000) });
export const ReasonBody = z.object({ reason: z.string().max(4000) });
export const ExpertParams = z.object({ expertId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });
export const ExpertBody = z.object({
  name: z.string().min(1).max(100),
  organisation: z.string().min(1).max(200),
  /** Industry sections of GB/T 4754 (a letter A–T). */
  fields: z.array(z.string().regex(/^[A-T]$/)).min(1).max(20),
  /** USCCs of enterprises the expert declared a conflict of interest with. */
  conflicts: z.array(z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)).max(1000).default([]),
  active: z.boolean().default(true),
});
export const ScoreBody = z.object({ expertId: z.string().min(1).max(64), scores: z.record(z.string().max(40), z.number().int().min(0).max(100)), comment: z.string().max(4000).default('') });
export const ObjectionBody = z.object({ text: z.string().min(1).max(4000), objector: z.string().max(200).nullable().default(null) });
export const AnswerBody = z.object({ answer: z.string().max(4000), upheld: z.boolean() });
export const RecogniseBody = z.object({ certificateNumber: z.string().min(1).max(64) });
export const ReReviewDecisionBody = z.object({ passed: z.boolean(), reason: z.string().max(4000) });

/* Response schemas: what the handlers and presenters (cultivation-presenter.ts) send. */

const RoundRules = z.object({
  roundId: z.string(), tier: z.enum(CULTIVATION_TIERS), year: z.number().int(), deadline: z.string(), requiredAttachments: z.array(z.enum(ATTACHMENT_KINDS)),
  publicityWorkingDays: z.number().int(), passMark: z.number(), aggregation: z.enum(AGGREGATIONS), expertsPerApplication: z.number().int(),
});
const ReviewStep = z.object({ by: z.string(), at: z.string(), opinion: z.string() });

/** An application as its readers see it: officers see the draw and each sheet, the enterprise the aggregate only. */
export const ApplicationView = z.object({
  applicationId: z.string(),
  tier: z.enum(CULTIVATION_TIERS),
  tierLabel: Bilingual,
  status: z.enum(RECOGNITION_STATUSES),
  statusLabel: Bilingual,
  uscc: z.string(),
  enterpriseName: z.string(),
  district: z.string(),
  round: RoundRules,
  selfAssessment: z.object({
    status: z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN', 'NOT_IN_FORCE']), score: z.number().nullable(), met: z.number().int(), total: z.number().int(),
    versionFrom: z.string().nullable(), unverified: z.boolean(), assessedOn: z.string(),
  }).nullable(),
  attachments: z.array(z.object({ id: z.string(), kind: z.enum(ATTACHMENT_KINDS), name: z.string(), mediaType: z.string(), bytes: z.number().int() })),
  submittedAt: z.string(),
  districtReview: ReviewStep.nullable(),
  cityReview: ReviewStep.nullable(),
  sheet: z.object({ criteria: z.array(z.object({ id: z.string(), label: Bilingual, max: z.number() })), unverified: z.boolean(), source: z.string() }).nullable(),
  /** Officers: seed, ranking and recusals; everyone else: when, and how many experts. */
  draw: z.object({
    at: z.string(),
    seed: z.string().optional(),
    assigned: z.array(z.object({ id: z.string(), rank: z.number(), digest: z.string() })).optional(),
    recused: z.array(z.string()).optional(),
    eligibleCount: z.number().int().optional(),
    experts: z.number().int().optional(),
  }).nullable(),
  /** Officers: each sheet with its expert; the enterprise: totals only. */
  scores: z.array(z.object({ expertId: z.string().optional(), scores: z.record(z.string(), z.number()).optional(), total: z.number(), comment: z.string().optional(), at: z.string() })),
  aggregate: z.number().nullable(),
  publicity: z.object({ from: z.string(), until: z.string(), workingDays: z.number().int() }).nullable(),
  objections: z.array(z.object({
    objectionId: z.string(), text: z.string(), objector: z.string().nullable(), receivedAt: z.string(),
    answer: z.object({ text: z.string(), upheld: z.boolean(), at: z.string(), by: z.string() }).nullable(),
  })),
  certificate: z.object({ number: z.string(), validFrom: z.string(), validUntil: z.string(), validityUnverified: z.boolean() }).nullable(),
  renewals: z.array(z.object({ at: z.string(), validFrom: z.string(), validUntil: z.string() })),
  closing: z.object({ type: z.enum(RECOGNITION_ACTION_TYPES), reason: z.string(), at: z.string(), effectiveOn: z.string().nullable() }).nullable(),
  version: z.number().int(),
});

export const RoundView = z.object({
  roundId: z.string(), tier: z.enum(CULTIVATION_TIERS), year: z.number().int(), title: z.string(), deadline: z.string(), requiredAttachments: z.array(z.enum(ATTACHMENT_KINDS)),
  publicityWorkingDays: z.number().int(), passMark: z.number(), aggregation: z.enum(AGGREGATIONS), expertsPerApplication: z.number().int(), createdBy: z.string(), createdAt: z.string(),
});
export const RoundList = z.object({ items: z.array(RoundView) });

export const ApplicationList = z.object({
  items: z.array(z.object({
    applicationId: z.string(), roundId: z.string(), tier: z.enum(CULTIVATION_TIERS), uscc: z.string(), enterpriseName: z.string(), district: z.string(), status: z.enum(RECOGNITION_STATUSES),
    submittedAt: z.string(), updatedAt: z.string(), publicityFrom: z.string().nullable(), publicityUntil: z.string().nullable(),
    certificateNumber: z.string().nullable(), validFrom: z.string().nullable(), validUntil: z.string().nullable(),
  })),
});

/** One line of the public 公示 list: the enterprise, the tier, the period; nothing else. */
export const PublicityList = z.object({
  items: z.array(z.object({
    applicationId: z.string(), enterpriseName: z.string(), uscc: z.string(), district: z.string(), tier: z.string(), tierLabel: Bilingual,
    publicityFrom: z.string().nullable(), publicityUntil: z.string().nullable(),
  })),
});

export const ObjectionRecorded = z.object({ objectionId: z.string() });
export const AttachmentUploaded = z.object({ id: z.string(), kind: z.enum(ATTACHMENT_KINDS), name: z.string(), mediaType: z.string(), bytes: z.number().int() });
export const ExpertView = z.object({ expertId: z.string(), name: z.string(), organisation: z.string(), fields: z.array(z.string()), conflicts: z.array(z.string()), active: z.boolean() });
export const ExpertList = z.object({ items: z.array(ExpertView) });

/** The self-assessment for a tier on a date, criterion by criterion, with what is missing in words. */
export const SelfAssessmentView = z.object({
  tier: z.enum(CULTIVATION_TIERS),
  policyId: z.string(),
  date: z.string(),
  status: z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN', 'NOT_IN_FORCE']),
  version: z.object({ from: z.string(), until: z.string().nullable(), unverified: z.boolean(), note: z.string().nullable() }).nullable(),
  score: z.number().nullable(),
  criteria: z.array(z.object({
    id: z.string(), label: Bilingual, cite: z.string(), citeText: z.string().nullable(), met: z.boolean().nullable(),
    missing: z.array(z.string()), missingLabels: z.array(Bilingual), gap: z.array(Bilingual),
  })),
  reasons: z.array(Bilingual),
});

const TargetProgress = z.object({
  year: z.number().int(), tier: z.enum(CULTIVATION_TIERS), district: z.string(), target: z.number().int(), cumulative: z.boolean(), source: z.string(),
  districtName: z.string(), holding: z.number().int(), recognisedInYear: z.number().int(), inProgress: z.number().int(),
});
export const TargetsSaved = z.object({ items: z.array(TargetProgress) });
export const TargetProgressList = z.object({ asOf: z.string(), items: z.array(TargetProgress) });

/** The 培育库: enterprises meeting part of a tier's criteria, by distance to it. */
export const PoolView = z.object({
  tier: z.enum(CULTIVATION_TIERS),
  date: z.string(),
  version: z.object({ from: z.string(), unverified: z.boolean() }),
  total: z.number().int(),
  byDistance: z.array(z.object({ distance: z.number().int(), count: z.number().int() })),
  byDistrict: z.array(z.object({ district: z.string(), name: z.string(), count: z.number().int() })),
  items: z.array(z.object({
    uscc: z.string(), name: z.string().nullable(), district: z.string().nullable(), holdsTier: z.boolean(),
    distance: z.number().int(), met: z.number().int(), undecided: z.number().int(),
    unmetCriteria: z.array(z.object({ id: z.string(), label: Bilingual, cite: z.string() })),
  })),
});

/** The enterprise's 创新积分 by indicator (the configurable model, flagged unverified). */
export const InnovationScoreView = z.object({
  date: PlainDateString,
  fiscalYear: z.number().int(),
  score: z.number(),
  ceiling: z.number(),
  complete: z.boolean(),
  indicators: z.array(z.object({
    id: z.string(), label: Bilingual, points: z.number().nullable(), max: z.number(), missing: z.array(z.string()), cite: z.string(), unverified: z.boolean(),
  })),
  cite: z.string(),
  unverified: z.literal(true),
});
