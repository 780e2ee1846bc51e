import { z } from 'zod';
import { AGGREGATIONS, ATTACHMENT_KINDS, CULTIVATION_TIERS } from '@huiqi/workflows';
import { PlainDateString } from '../schemas/common';

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
