import { z } from 'zod';
import { PROVIDER_STATUSES, SERVICE_CATEGORIES, VOUCHER_KINDS, VOUCHER_STATUSES } from '@huiqi/workflows';
import { Bilingual, Fen, PlainDateString, UsccParam } from '../schemas/common';

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

/** Response schemas of the services routes: what the presenters (services-present.ts) send. */
export const ProgrammeView = z.object({
  programmeId: z.string(),
  kind: z.enum(VOUCHER_KINDS),
  name: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  validFrom: z.string(),
  validUntil: z.string(),
  categories: z.array(z.object({ code: z.enum(SERVICE_CATEGORIES), label: Bilingual })),
  eligibilityPolicyId: z.string().nullable(),
  budgetFen: z.number().int(),
  /** The benefits fund whose payment batches pay providers for redeemed vouchers, and its name. */
  fundId: z.string(),
  fundName: Bilingual.nullable(),
  /** Budget use: to the bureau and auditors only (null to everyone else). */
  budget: z.object({
    budgetFen: z.number().int(), committedFen: z.number().int(), settledFen: z.number().int(), availableFen: z.number().int(),
    counts: z.record(z.string(), z.number().int()),
  }).nullable(),
});

export const ProgrammeList = z.object({ items: z.array(ProgrammeView) });

const Category = z.object({ code: z.enum(SERVICE_CATEGORIES), label: Bilingual });
export const CategoryList = z.object({ items: z.array(Category), articles: z.array(z.string()) });

const Account = z.object({ accountName: z.string(), accountNumber: z.string(), bankName: z.string() });

/** A provider in the public directory: no account, no shareholders. */
export const PublicProviderView = z.object({
  providerId: z.string(),
  name: z.string(),
  status: z.enum(PROVIDER_STATUSES),
  statusLabel: Bilingual,
  categories: z.array(Category),
  qualifications: z.array(z.object({ name: z.string(), certificateNumber: z.string().nullable(), validUntil: z.string().nullable() })),
  description: z.string(),
  contactPhone: z.string(),
  rating: z.object({ score: z.number(), comment: z.string() }).nullable(),
  uscc: z.string(),
});

/** What the provider itself and the bureau see: everything, with the actions they may take. */
export const ProviderView = PublicProviderView.extend({
  shareholders: z.array(z.string()),
  account: Account,
  reason: z.string().nullable(),
  registeredAt: z.string(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});

/** One provider: the full view to its owner and the bureau, the directory's to everyone else. */
export const AnyProviderView = z.union([ProviderView, PublicProviderView]);
export const ProviderList = z.object({ items: z.array(ProviderView) });
export const PublicProviderList = z.object({ items: z.array(PublicProviderView) });
export const MyProvider = z.object({ provider: ProviderView.nullable() });

export const VoucherView = z.object({
  voucherId: z.string(),
  code: z.string(),
  programmeId: z.string(),
  programmeName: z.string().nullable(),
  status: z.enum(VOUCHER_STATUSES),
  statusLabel: Bilingual,
  amountFen: z.number().int(),
  validFrom: z.string(),
  validUntil: z.string(),
  categories: z.array(Category),
  holderUscc: z.string().nullable(),
  claimedAt: z.string().nullable(),
  redemption: z.object({
    providerId: z.string(),
    service: z.object({ category: z.enum(SERVICE_CATEGORIES), description: z.string(), serviceDate: z.string(), feeFen: z.number().int() }),
    at: z.string(),
    payableFen: z.number().int(),
    providerName: z.string().nullable(),
    categoryLabel: Bilingual,
  }).nullable(),
  /** The line's current payment batch and its status (a failed line moves to a later batch). */
  settlement: z.object({ batchId: z.string(), paymentId: z.string(), at: z.string(), paymentStatus: z.string().nullable() }).nullable(),
});
export const VoucherList = z.object({ items: z.array(VoucherView) });
export const VouchersIssued = z.object({ issued: z.number().int(), programme: ProgrammeView });
