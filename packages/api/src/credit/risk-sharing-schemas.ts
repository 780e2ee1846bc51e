import { z } from 'zod';
import { CLAIM_ACTION_TYPES, CLAIM_STATUSES } from '@huiqi/workflows';
import { Bilingual, Fen, PlainDateString } from '../schemas/common';

const zhEn = (zh: string, en: string) => ({ message: en, params: { zh, en } });
const Text = (max: number) => z.string().max(max);

export const ClaimIdParams = z.object({ id: z.string().regex(/^rc-[0-9a-f-]{36}$/, zhEn('补偿申请编号格式不正确', 'Malformed claim id')) });

/** 入池登记: the financing demand whose recorded loan the bank registers. */
export const RegisterLoanBody = z.object({ demandId: z.string().min(1, zhEn('请选择贷款', 'Choose the loan')).max(100) });

/** 补偿申请. Business rules (loss within the registered principal, dates, account) are the domain's checks, which name the field. */
export const FileClaimBody = z.object({
  demandId: z.string().min(1, zhEn('请选择贷款', 'Choose the loan')).max(100),
  lossPrincipalFen: Fen,
  defaultedOn: PlainDateString,
  description: Text(1000),
  account: z.object({ accountName: Text(100), accountNumber: Text(100), bankName: Text(100) }),
});

/** 补正后重新提交: the corrected filing and what was corrected (the domain checks it as a first filing, naming the field). */
export const ResubmitClaimBody = z.object({
  lossPrincipalFen: Fen,
  defaultedOn: PlainDateString,
  description: Text(1000),
  account: z.object({ accountName: Text(100), accountNumber: Text(100), bankName: Text(100) }),
  correction: Text(1000),
});

/** 审核: propose approval (with the fund that pays), confirm it (another officer), or reject with a reason. */
export const ReviewClaimBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('PROPOSE_APPROVAL'), fundId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, zhEn('请选择支付补偿的专项资金', 'Choose the fund that pays')), note: Text(1000).default('') }),
  z.object({ decision: z.literal('CONFIRM_APPROVAL'), note: Text(1000).default('') }),
  z.object({ decision: z.literal('REJECT'), reason: Text(1000) }),
]);

export const PoolLoan = z.object({
  demandId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().nullable(),
  institutionId: z.string(),
  institutionName: Bilingual.nullable(),
  principalFen: z.number().int(),
  grantedOn: PlainDateString,
  registeredOn: PlainDateString.nullable(),
  isRegistered: z.boolean(),
  claimId: z.string().nullable(),
});
export const PoolLoanList = z.object({ items: z.array(PoolLoan) });

/** The rule's answer for the claim, in words: status, amount, share and cap, reasons, the articles as 《title》第X条. */
export const ClaimAssessment = z.object({
  status: z.enum(['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN', 'NOT_IN_FORCE']),
  amountFen: z.number().int().nullable(),
  sharePercent: z.string().nullable(),
  shareCapPercent: z.string().nullable(),
  countedLossFen: z.number().int().nullable(),
  reasons: z.array(Bilingual),
  missing: z.array(Bilingual),
  basis: z.array(z.string()),
  assessedOn: PlainDateString,
  isUnverified: z.boolean(),
  unverifiedNote: z.string().nullable(),
});

export const RiskClaimView = z.object({
  claimId: z.string(),
  status: z.enum(CLAIM_STATUSES),
  statusLabel: Bilingual,
  loan: PoolLoan.omit({ isRegistered: true, claimId: true }),
  lossPrincipalFen: z.number().int(),
  defaultedOn: PlainDateString,
  description: z.string(),
  /** The bank's payee account: shown to the bank and the bureau, not to the enterprise. */
  account: z.object({ accountName: z.string(), accountNumber: z.string(), bankName: z.string() }).nullable(),
  filedAt: z.string(),
  assessment: ClaimAssessment,
  decision: z.object({ fundId: z.string(), amountFen: z.number().int(), sharePercent: z.string(), proposedAt: z.string(), confirmedAt: z.string().nullable(), isProposedByMe: z.boolean() }).nullable(),
  rejection: z.object({ reason: z.string(), at: z.string() }).nullable(),
  /** Earlier rounds: each rejection the bank answered by correcting the claim (补正), oldest first. */
  resubmissions: z.array(z.object({ rejectionReason: z.string(), rejectedAt: z.string(), correction: z.string(), at: z.string() })),
  payment: z.object({ paymentId: z.string(), batchId: z.string(), status: z.enum(['PENDING', 'PAID', 'FAILED']), settledOn: PlainDateString.nullable(), failureReason: z.string().nullable() }).nullable(),
  history: z.array(z.object({ type: z.enum(CLAIM_ACTION_TYPES), label: Bilingual, at: z.string() })),
  /** What the viewer may do next (officers: PROPOSE_APPROVAL, CONFIRM_APPROVAL, REJECT; the filing bank: RESUBMIT). */
  actions: z.array(z.enum(['PROPOSE_APPROVAL', 'CONFIRM_APPROVAL', 'REJECT', 'RESUBMIT'])),
});
export const RiskClaimList = z.object({ items: z.array(RiskClaimView) });
