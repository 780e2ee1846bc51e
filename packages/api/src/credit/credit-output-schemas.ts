import { z } from 'zod';
import { ACCESS_LEVELS, COLLATERAL_KINDS, CONSENT_STATUSES, CREDIT_SCOPES, DEMAND_STATUSES, LOAN_KINDS, URGENCIES } from '@huiqi/workflows';
import { LegalAddressSchema } from '@huiqi/kernel';
import { Bilingual, Fen, PlainDateString } from '../schemas/common';
import { EligibilityStatus, FactOrigin } from '../rules/rules-schemas';

/**
 * Response shapes of the credit module (授权—核验—使用): OpenAPI, the generated web client and the
 * filter of every answer (a field not listed here never reaches the browser). Money in integer fen,
 * legal dates as plain dates, instants as ISO text.
 */

const Scope = z.enum(CREDIT_SCOPES);
const Instant = z.string();

export const ConsentPurposeOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FINANCING_DEMAND'), demandId: z.string(), text: z.string() }),
  z.object({ kind: z.literal('PRODUCT'), productName: z.string(), text: z.string() }),
]);

export const InstitutionOutput = z.object({ id: z.string(), name: Bilingual, jurisdiction: z.string() });

export const CreditSetupOutput = z.object({
  institutions: z.array(InstitutionOutput),
  scopes: z.array(z.object({ scope: Scope, label: Bilingual, held: z.boolean(), verifiable: z.boolean() })),
  accessLevels: z.array(z.enum(ACCESS_LEVELS)).readonly(),
  /** The longest consent period in days on the day (a dated parameter); null when none is set. */
  maxPeriodDays: z.number().int().nullable(),
  today: PlainDateString,
});

/** A consent as its enterprise, its institution and the overseers see it, with what the viewer may do next. */
export const ConsentOutput = z.object({
  consentId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  institutionId: z.string(),
  institutionName: Bilingual.nullable(),
  scopes: z.array(z.object({ scope: Scope, access: z.enum(ACCESS_LEVELS), label: Bilingual, isHeld: z.boolean() })),
  purpose: ConsentPurposeOutput,
  startDate: PlainDateString,
  endDate: PlainDateString,
  startsAt: Instant,
  expiresAt: Instant,
  grantedAt: Instant,
  revokedAt: Instant.nullable(),
  status: z.enum(CONSENT_STATUSES),
  statusLabel: Bilingual,
  canRevoke: z.boolean(),
});

export const ConsentListOutput = z.object({ items: z.array(ConsentOutput), next: z.string().nullable() });

/** 授权证明: the body whose canonical JSON the digest covers (receiptVersion 1). */
export const ConsentReceiptOutput = z.object({
  body: z.object({
    receiptVersion: z.literal(1),
    consentId: z.string(),
    uscc: z.string(),
    institutionId: z.string(),
    scopes: z.array(z.object({ scope: Scope, access: z.enum(ACCESS_LEVELS) })).readonly(),
    purpose: ConsentPurposeOutput,
    startDate: PlainDateString,
    endDate: PlainDateString,
    expiresAt: Instant,
    grantedAt: Instant,
  }),
  digest: z.string(),
});

export const ReceiptCheckOutput = z.object({ result: z.enum(['GENUINE', 'ALTERED', 'UNKNOWN_CONSENT']), label: Bilingual });

const ScopeRecord = z.object({
  values: z.record(z.string(), z.unknown()),
  year: z.number().int().nullable(),
  period: z.string().nullable(),
  origin: FactOrigin,
  /** When the record took effect: a plain date for the registry profile, the receiving instant for figures sent by a department. */
  validFrom: z.union([PlainDateString, z.iso.datetime({ offset: true })]),
});

/** One scope's data as an institution reads it; a scope the platform does not hold says so (no empty records). */
export const ScopeDataOutput = z.union([
  z.object({ scope: Scope, label: Bilingual, isHeld: z.literal(true), records: z.array(ScopeRecord) }),
  z.object({ scope: Scope, label: Bilingual, isHeld: z.literal(false) }),
]);

export const EnterpriseDataOutput = z.object({
  uscc: z.string(),
  consentId: z.string(),
  expiresAt: Instant,
  purpose: ConsentPurposeOutput,
  scopes: z.array(ScopeDataOutput),
  verifiableScopes: z.array(Scope),
});

const Answer = z.enum(['YES', 'NO', 'UNKNOWN']);

export const VerificationQuestionOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('REVENUE_AT_LEAST'), year: z.number().int(), thresholdFen: Fen }),
  z.object({ kind: z.literal('EMPLOYEES_AT_LEAST'), year: z.number().int(), count: z.number().int() }),
  z.object({ kind: z.literal('HOLDS_QUALIFICATION'), tag: z.string(), onDate: PlainDateString }),
]);

export const VerificationOutput = z.object({
  answer: Answer,
  /** With UNKNOWN: which data the platform lacks. */
  missing: z.enum(['FIGURES', 'REGISTRY_STATE']).optional(),
  answerLabel: Bilingual,
  question: VerificationQuestionOutput,
  origin: FactOrigin.nullable(),
  consentId: z.string(),
});

export const AccessEntryOutput = z.object({
  entryId: z.number().int(),
  at: Instant,
  institutionId: z.string(),
  institutionName: Bilingual,
  userDisplayName: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  consentId: z.string().nullable(),
  action: z.enum(['READ', 'VERIFY']),
  scopes: z.array(z.string()).readonly(),
  scopeLabels: z.array(Bilingual),
  purposeText: z.string().nullable(),
  outcome: z.enum(['ALLOWED', 'REFUSED']),
  reason: z.string().nullable(),
  reasonLabel: Bilingual.nullable(),
  question: z.record(z.string(), z.unknown()).nullable(),
  answer: Answer.nullable(),
});

export const AccessLogOutput = z.object({ items: z.array(AccessEntryOutput), next: z.number().int().nullable() });

export const OversightOutput = z.object({
  institutions: z.array(z.object({
    institutionId: z.string(),
    name: Bilingual,
    consents: z.number().int(),
    activeConsents: z.number().int(),
    reads: z.number().int(),
    refused: z.number().int(),
    lastAccessAt: Instant.nullable(),
  })),
});

// ── 融资对接 ──

const Collateral = z.enum(COLLATERAL_KINDS);

export const LoanOutput = z.object({
  grantedAmountFen: Fen,
  annualRatePercent: z.string(),
  termMonths: z.number().int(),
  isFirstLoan: z.boolean(),
  kind: z.enum(LOAN_KINDS),
  grantedOn: PlainDateString,
  institutionId: z.string(),
  institutionName: Bilingual.nullable(),
  recordedAt: Instant,
});

/** A demand in a list (the bank's marketplace marks enterprises on the whitelist in force). */
export const DemandSummaryOutput = z.object({
  demandId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  status: z.enum(DEMAND_STATUSES),
  statusLabel: Bilingual,
  amountFen: Fen,
  termMonths: z.number().int(),
  purpose: z.string(),
  collateral: Collateral,
  urgency: z.enum(URGENCIES),
  takenBy: z.string().nullable(),
  publishedAt: Instant,
  updatedAt: Instant,
  whitelisted: z.boolean(),
});

/** One demand with the bank that took it, the loan, earlier releases and the actions the viewer may take. */
export const DemandOutput = z.object({
  demandId: z.string(),
  uscc: z.string(),
  status: z.enum(DEMAND_STATUSES),
  statusLabel: Bilingual,
  amountFen: Fen,
  termMonths: z.number().int(),
  purpose: z.string(),
  collateral: Collateral,
  urgency: z.enum(URGENCIES),
  publishedAt: Instant,
  updatedAt: Instant,
  takenBy: z.string().nullable(),
  takenByName: Bilingual.nullable(),
  takenAt: Instant.nullable(),
  loan: LoanOutput.nullable(),
  releases: z.array(z.object({ institutionId: z.string(), reason: z.string(), at: Instant })),
  actions: z.array(z.enum(['TAKEN', 'RELEASED', 'LOAN_RECORDED', 'WITHDRAWN'])),
});

export const DemandListOutput = z.object({ items: z.array(DemandSummaryOutput) });

/** What the enterprise is shown about the first-loan subsidy its banks' loan records feed. */
export const FirstLoanSubsidyOutput = z.object({
  policyId: z.string(),
  title: Bilingual,
  facts: z.array(z.object({ fact: z.string(), label: Bilingual, value: Bilingual })),
  source: z.string(),
  channel: z.enum(['NO_APPLICATION', 'ONLINE_APPLICATION']).nullable(),
  assessment: z.object({ status: EligibilityStatus, amountFen: Fen.nullable(), assessedOn: PlainDateString, reasons: z.array(Bilingual), basis: z.array(z.string()) }).nullable(),
});

export const LoanRecordOutput = LoanOutput.extend({ demandId: z.string(), uscc: z.string() });

/** Loans recorded; an enterprise also gets its first-loan facts and the subsidy evaluated on them (null: no loan recorded). */
export const LoanListOutput = z.object({ items: z.array(LoanRecordOutput), firstLoanSubsidy: FirstLoanSubsidyOutput.nullable().optional() });

// ── 产融合作白名单 ──

/** The article the list implements (a law-library address; the web names it in words). */
const WhitelistBasis = LegalAddressSchema;

export const NominationOutput = z.object({
  nominationId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  departmentId: z.string(),
  departmentName: Bilingual,
  reason: z.string(),
  nominatedAt: Instant,
  review: z.object({ decision: z.enum(['ACCEPTED', 'REFUSED']), reason: z.string().nullable(), reviewedAt: Instant }).nullable(),
});

export const NominationListOutput = z.object({ items: z.array(NominationOutput), canCosign: z.boolean().optional() });

export const EditionOutput = z.object({
  editionNo: z.number().int(),
  validFrom: PlainDateString,
  validUntil: PlainDateString,
  publishedAt: Instant,
  entries: z.array(z.object({ uscc: z.string(), enterpriseName: z.string() })),
  cosigns: z.array(z.object({ departmentId: z.string(), departmentName: Bilingual, cosignedAt: Instant })),
  awaitingCosign: z.boolean(),
  basis: WhitelistBasis,
});

export const WhitelistOutput = z.object({ today: PlainDateString, current: EditionOutput.nullable(), latest: EditionOutput.nullable() });

export const WhitelistMineOutput = z.object({
  onList: z.boolean(),
  editionNo: z.number().int().nullable(),
  validFrom: PlainDateString.nullable(),
  validUntil: PlainDateString.nullable(),
  basis: WhitelistBasis,
});

export const RemovalOutput = z.object({ removalId: z.string(), uscc: z.string(), enterpriseName: z.string(), reason: z.string(), removedAt: Instant });
export const RemovalListOutput = z.object({ items: z.array(RemovalOutput) });

// ── 贷款产品 ──

/** A condition: the bank that defined the product and the overseers see the expression and its article; an enterprise the label only. */
const ProductConditionOutput = z.object({ id: z.string(), label: Bilingual, when: z.string().optional(), cite: z.string().optional() });

export const ProductOutput = z.object({
  productId: z.string(),
  institutionId: z.string(),
  institutionName: Bilingual,
  name: z.string(),
  description: z.string(),
  minAmountFen: Fen,
  maxAmountFen: Fen,
  annualRatePercent: z.string(),
  minTermMonths: z.number().int(),
  maxTermMonths: z.number().int(),
  collateral: z.array(Collateral).readonly(),
  conditions: z.array(ProductConditionOutput),
  definedAt: Instant,
  withdrawnAt: Instant.nullable(),
  canWithdraw: z.boolean(),
});

export const ProductListOutput = z.object({ items: z.array(ProductOutput) });

/** One product against one demand, three-valued, with each term, the reasons and the articles in words. */
export const ProductMatchOutput = z.object({
  productId: z.string(),
  name: z.string(),
  institutionId: z.string(),
  institutionName: Bilingual,
  minAmountFen: Fen,
  maxAmountFen: Fen,
  annualRatePercent: z.string(),
  minTermMonths: z.number().int(),
  maxTermMonths: z.number().int(),
  status: z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']),
  terms: z.array(z.object({ term: z.enum(['AMOUNT', 'TERM', 'COLLATERAL']), met: z.boolean(), reason: Bilingual })),
  reasons: z.array(Bilingual),
  missing: z.array(Bilingual),
  conditions: z.array(Bilingual),
  basis: z.array(z.string()),
});

export const ProductDemandsOutput = z.object({ product: ProductOutput, items: z.array(z.object({ demand: DemandSummaryOutput, match: ProductMatchOutput })) });
export const DemandProductsOutput = z.object({ items: z.array(ProductMatchOutput) });
