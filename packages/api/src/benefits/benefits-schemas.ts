import { BENEFIT_STATUSES } from '@huiqi/workflows';
import { z } from 'zod';
import { Bilingual } from '../schemas/common';

/**
 * Response schemas of the benefits routes: what each handler sends, field by field (Fastify
 * serializes by these, so a field missing here would never reach the client). Stored JSON the
 * rules engine wrote (a case's evaluation and decision) keeps every key it has: the fields the
 * UI reads are typed, the rest passes through.
 */
const Channel = z.enum(['ONLINE_APPLICATION', 'NO_APPLICATION']);

/** The actions a person takes on a case through the API (payments are recorded by the payment routes). */
export const BENEFIT_CASE_ACTIONS = ['ACCEPT', 'REQUEST_CORRECTION', 'SUBMIT_CORRECTION', 'APPROVE', 'CONFIRM_OVERRIDE', 'REJECT', 'END_NOTICE', 'WITHDRAW', 'CONFIRM', 'DECLINE'] as const;
export type BenefitCaseAction = (typeof BENEFIT_CASE_ACTIONS)[number];
const Citation = z.object({ address: z.string(), text: z.string().nullable(), name: z.string().nullable() });
const FundRef = z.object({ id: z.string(), name: Bilingual, year: z.number().int() });

export const BenefitPolicyList = z.object({
  items: z.array(z.object({
    policyId: z.string(),
    title: Bilingual,
    department: Bilingual.nullable(),
    channel: Channel,
    fund: FundRef,
    reviewingDepartment: z.string(),
    noticeWorkingDays: z.number().int(),
    reviewWorkingDays: z.number().int(),
    implements: z.array(z.string()),
  })),
});

const AssessmentView = z.object({
  status: z.string(),
  amountFen: z.number().int().nullable(),
  assessedOn: z.string(),
  dateNote: Bilingual.nullable(),
  reasons: z.array(Bilingual),
  citations: z.array(Citation),
});

export const BenefitPrefill = z.object({
  policyId: z.string(),
  title: Bilingual.nullable(),
  channel: Channel,
  fund: FundRef,
  enterprise: z.object({ uscc: z.string(), name: z.string(), district: z.string(), districtName: Bilingual, industryCode: z.string(), registeredAddress: z.string() }),
  prefilled: z.array(z.object({ fact: z.string(), from: z.string(), label: Bilingual, value: z.unknown() })),
  toFill: z.array(z.object({ name: z.string(), label: Bilingual, group: z.string(), type: z.string(), unit: z.string().nullable() })),
  missingFromRegistry: z.array(z.object({ name: z.string(), label: Bilingual, group: z.string() })),
  expenseKind: z.string().nullable(),
  assessment: AssessmentView,
});

export const BenefitCaseSummary = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  policyId: z.string(),
  fundId: z.string(),
  channel: Channel,
  status: z.enum(BENEFIT_STATUSES),
  statusLabel: Bilingual,
  amountFen: z.number().int().nullable(),
  computedFen: z.number().int().nullable(),
  sizeClass: z.string().nullable(),
  district: z.string(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const BenefitCaseList = z.object({
  items: z.array(BenefitCaseSummary.extend({ reasons: z.array(Bilingual), canAct: z.boolean() })),
  nextCursor: z.string().nullable(),
});

export const BenefitSubmitted = z.object({ created: z.boolean(), application: BenefitCaseSummary });

const Attachment = z.object({
  id: z.string(), caseId: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), uploadedAt: z.string(),
});
export const BenefitAttachment = Attachment;

export const BenefitCaseDetail = BenefitCaseSummary.extend({
  form: z.record(z.string(), z.unknown()),
  /** The rules engine's assessment as stored with the case. */
  evaluation: z.looseObject({
    status: z.string(),
    amountFen: z.number().int().nullable(),
    assessedOn: z.string(),
    dateNote: Bilingual.nullable().optional(),
    reasons: z.array(Bilingual),
    citations: z.array(Citation),
  }),
  decision: z.looseObject({
    amountFen: z.number().int(),
    computedFen: z.number().int(),
    assessedOn: z.string(),
    overrideReason: z.string().nullable(),
    noticeUntil: z.string().nullable(),
  }).nullable(),
  dates: z.record(z.string(), z.string().nullable()),
  account: z.object({ accountName: z.string(), accountNumber: z.string(), bankName: z.string() }).nullable(),
  rejection: z.object({ reason: Bilingual, article: z.string().nullable() }).nullable(),
  corrections: z.array(z.object({ requestedOn: z.string(), note: z.string(), answeredOn: z.string().nullable(), answer: z.string().nullable() })),
  pauses: z.array(z.object({ from: z.string(), until: z.string().nullable() })),
  payment: z.object({ batchId: z.string(), bankReference: z.string().nullable(), failure: z.string().nullable() }).nullable(),
  log: z.array(z.object({
    seq: z.number().int(),
    type: z.string(),
    label: Bilingual,
    at: z.string(),
    on: z.string(),
    actorRole: z.string(),
    /** Officials see who acted; the enterprise does not. */
    actorUserId: z.string().nullable().optional(),
    payload: z.record(z.string(), z.unknown()),
  })),
  attachments: z.array(Attachment),
  /** The actions the viewer may take now (for the buttons). */
  actions: z.array(z.enum(BENEFIT_CASE_ACTIONS)),
  actingAs: z.string().nullable(),
});

export const NoApplicationComparison = z.object({
  candidates: z.number().int(),
  listed: z.array(z.string()),
  alreadyListed: z.number().int(),
  ineligible: z.array(z.object({ uscc: z.string(), reasons: z.unknown() })),
  unknown: z.array(z.object({ uscc: z.string(), missing: z.array(z.string()) })),
});

export const NoApplicationApproval = z.object({
  approved: z.array(z.object({ trackingNumber: z.string(), amountFen: z.number().int().nullable() })),
  refused: z.array(z.object({ trackingNumber: z.string(), code: z.string(), message: Bilingual })),
});

const SmallMicroShare = z.object({
  totalFen: z.number().int(),
  smallMicroFen: z.number().int(),
  share: z.number().nullable(),
  minimum: z.object({ ratio: z.number(), label: z.string(), reference: z.string() }).nullable(),
  meetsMinimum: z.boolean().nullable(),
  note: Bilingual,
});
const UseGroup = z.object({ key: z.string(), cases: z.number().int(), committedFen: z.number().int(), paidFen: z.number().int() });
const FundUse = z.object({
  id: z.string(), name: Bilingual, jurisdiction: z.string(), departmentId: z.string(), year: z.number().int(), budgetFen: z.number().int(),
  committedFen: z.number().int(), paidFen: z.number().int(), policies: z.array(z.string()),
});

export const FundDashboard = z.object({
  asOf: z.string(),
  funds: z.array(FundUse.extend({ remainingFen: z.number().int(), smallMicro: SmallMicroShare })),
  byPolicy: z.array(UseGroup),
  byDistrict: z.array(UseGroup),
  bySizeClass: z.array(UseGroup),
  overdue: z.array(z.object({ id: z.string(), trackingNumber: z.string(), policyId: z.string(), departmentId: z.string(), dueOn: z.string(), status: z.string() })),
});

export const FundDisclosure = z.object({
  asOf: z.string(),
  funds: z.array(z.object({
    id: z.string(), name: Bilingual, year: z.number().int(), jurisdiction: z.string(), budgetFen: z.number().int(), committedFen: z.number().int(), paidFen: z.number().int(),
    smallMicro: SmallMicroShare,
    policies: z.array(z.object({ policyId: z.string(), title: Bilingual, channel: Channel, beneficiaries: z.number().int(), committedFen: z.number().int(), paidFen: z.number().int() })),
  })),
  bySizeClass: z.array(UseGroup),
});

const BudgetChange = z.object({
  id: z.string(), fundId: z.string(), oldBudgetFen: z.number().int(), newBudgetFen: z.number().int(), reason: z.string(),
  status: z.enum(['APPLIED', 'PENDING', 'APPROVED', 'REJECTED']),
  proposedBy: z.string(), proposedByName: z.string(), proposedAt: z.string(),
  decidedBy: z.string().nullable(), decidedByName: z.string().nullable(), decidedAt: z.string().nullable(), decisionNote: z.string().nullable(),
});
export const BudgetChangeView = BudgetChange;
export const BudgetChangeList = z.object({ items: z.array(BudgetChange) });

export const FundAdminList = z.object({
  items: z.array(FundUse.extend({ pendingChange: BudgetChange.nullable() })),
  thresholdFen: z.number().int(),
});
export const FundCreated = z.object({ fundId: z.string(), budgetChange: BudgetChange.nullable() });

export const LinkablePolicyList = z.object({
  items: z.array(z.object({ policyId: z.string(), title: Bilingual, source: z.enum(['RULES', 'CONSOLE']), hasAmount: z.boolean(), isCash: z.boolean() })),
});
export const FundLinkList = z.object({
  items: z.array(z.object({
    policyId: z.string(), title: Bilingual, source: z.enum(['RULES', 'CONSOLE']).nullable(), fundId: z.string(), fundName: Bilingual, fundYear: z.number().int(),
    channel: Channel, capFen: z.number().int().nullable(), capParam: z.string().nullable(), noticeWorkingDays: z.number().int(), reviewWorkingDays: z.number().int(),
  })),
});
export const FundLinkSaved = z.object({
  policyId: z.string(), fundId: z.string(), channel: Channel, capFen: z.number().int().nullable(), noticeWorkingDays: z.number().int(), reviewWorkingDays: z.number().int(),
});

export const PaymentBatch = z.object({
  id: z.string(), fundId: z.string(), createdBy: z.string(), createdAt: z.string(), lineCount: z.number().int(), totalFen: z.number().int(),
  paid: z.number().int(), failed: z.number().int(), pending: z.number().int(),
});
export const PaymentBatchList = z.object({ items: z.array(PaymentBatch) });
export const BankReturnImported = z.object({
  batchId: z.string(), alreadyImported: z.boolean(), paid: z.number().int(), failed: z.number().int(), unchanged: z.number().int(),
});
