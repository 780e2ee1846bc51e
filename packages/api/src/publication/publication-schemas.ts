import { z } from 'zod';
import { PlainDateString } from '../schemas/common';
import { POLICY_CHANNELS, POLICY_DRAFT_STATUSES } from '@huiqi/db';

const date = PlainDateString;

export const DraftConditionBody = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/),
  labelZh: z.string().min(1).max(200),
  labelEn: z.string().min(1).max(200),
  when: z.string().min(1).max(2000),
  cite: z.string().min(3).max(200),
}).strict();

/** The amount an eligible enterprise gets: a formula yielding whole fen (checked by the rules engine), tied to an article. */
export const DraftAmountBody = z.object({
  labelZh: z.string().min(1).max(200),
  labelEn: z.string().min(1).max(200),
  formula: z.string().min(1).max(2000),
  cite: z.string().min(3).max(200),
}).strict();

export const DraftContentBody = z.object({
  titleZh: z.string().min(1).max(200),
  titleEn: z.string().min(1).max(300),
  summaryZh: z.string().max(4000).default(''),
  summaryEn: z.string().max(8000).default(''),
  jurisdiction: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/).optional(),
  effectiveFrom: date,
  effectiveUntil: date.nullable().default(null),
  channel: z.enum(POLICY_CHANNELS),
  topics: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{1,31}$/)).max(10).default([]),
  conditions: z.array(DraftConditionBody).min(1).max(30),
  amount: DraftAmountBody.nullable().default(null),
}).strict();

export const CreateDraftBody = DraftContentBody.extend({
  policyKey: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/).optional(),
}).strict();

export const DraftView = z.object({
  id: z.string(),
  policyKey: z.string(),
  version: z.number(),
  status: z.enum(POLICY_DRAFT_STATUSES),
  titleZh: z.string(),
  titleEn: z.string(),
  summaryZh: z.string(),
  summaryEn: z.string(),
  departmentId: z.string(),
  jurisdiction: z.string(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  channel: z.enum(POLICY_CHANNELS),
  topics: z.array(z.string()),
  conditions: z.array(DraftConditionBody),
  amount: DraftAmountBody.nullable(),
  authorUserId: z.string(),
  publishedByUserId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DraftAction = z.object({
  id: z.number(),
  action: z.enum(['DRAFTED', 'EDITED', 'SUBMITTED_FOR_REVIEW', 'RETURNED', 'PUBLISHED', 'AMENDED', 'WITHDRAWN']),
  fromStatus: z.enum(POLICY_DRAFT_STATUSES).nullable(),
  toStatus: z.enum(POLICY_DRAFT_STATUSES),
  actorUserId: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});

export const DraftIdParams = z.object({ id: z.string().uuid() });
export const NoteBody = z.object({ note: z.string().min(1).max(2000) }).strict();
