import { z } from 'zod';
import { SERVICE_CATEGORIES, VOUCHER_KINDS } from '@huiqi/workflows';
import { Fen, PlainDateString, UsccParam } from '../schemas/common';

export const IdParams = z.object({ id: z.string().min(1).max(100) });
const text = (max: number) => z.string().max(max);

/** A provider's declaration. Business rules (non-empty name, categories, account) are the domain's checks, which name the field. */
export const ProviderBody = z.object({
  name: text(100),
  categories: z.array(z.enum(SERVICE_CATEGORIES)).max(SERVICE_CATEGORIES.length),
  qualifications: z.array(z.object({ name: text(100), certificateNumber: text(100).nullable(), validUntil: PlainDateString.nullable() })).max(20),
  description: text(1000),
  contactPhone: text(30),
  shareholders: z.array(text(100)).max(50),
  account: z.object({ accountName: text(100), accountNumber: text(34), bankName: text(100) }),
});

export const ProviderQuery = z.object({
  category: z.enum(SERVICE_CATEGORIES).optional(),
  q: z.string().max(50).optional(),
});

export const BureauProviderQuery = ProviderQuery.extend({ status: z.enum(['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED', 'WITHDRAWN']).optional() });

export const DecisionBody = z.object({ note: text(500).nullable().default(null) });
export const ReasonBody = z.object({ reason: text(500) });
export const RatingBody = z.object({ score: z.number().int(), comment: text(500) });

export const ProgrammeBody = z.object({
  kind: z.enum(VOUCHER_KINDS),
  name: text(100),
  description: text(1000).default(''),
  amountFen: Fen,
  validFrom: PlainDateString,
  validUntil: PlainDateString,
  categories: z.array(z.enum(SERVICE_CATEGORIES)).max(SERVICE_CATEGORIES.length),
  eligibilityPolicyId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100).nullable(),
  budgetFen: Fen,
  fundId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
});

export const IssueBody = z.object({ count: z.number().int() });

export const RedeemBody = z.object({
  code: z.string().regex(/^SV[0-9A-Z]{10}$/),
  enterpriseUscc: UsccParam,
  service: z.object({ category: z.enum(SERVICE_CATEGORIES), description: text(1000), serviceDate: PlainDateString, feeFen: Fen }),
});
