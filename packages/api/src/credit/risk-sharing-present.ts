import { findClaimPayment, getEnterprise, listInstitutions, type Database } from '@huiqi/db';
import type { BilingualText } from '@huiqi/kernel';
import { CLAIM_ACTION_LABELS, CLAIM_STATUS_LABELS, CLAIM_TRANSITIONS, type AnyClaimAction, type ClaimStatusTransitions, type RiskClaim } from '@huiqi/workflows';
import { assessClaim } from './risk-compensation-rule';
import type { RiskViewer } from './risk-sharing-actor';

/** Names of institutions and enterprises, read once per answer. */
export async function namesOf(db: Database) {
  const institutions = new Map((await listInstitutions(db)).map((i) => [i.id, i.name]));
  const enterprises = new Map<string, string | null>();
  return {
    institution: (id: string): BilingualText | null => institutions.get(id) ?? null,
    async enterprise(uscc: string): Promise<string | null> {
      if (!enterprises.has(uscc)) enterprises.set(uscc, (await getEnterprise(db, uscc))?.name ?? null);
      return enterprises.get(uscc)!;
    },
  };
}

const REVIEW_ACTIONS = { APPROVAL_PROPOSED: 'PROPOSE_APPROVAL', APPROVAL_CONFIRMED: 'CONFIRM_APPROVAL', REJECTED: 'REJECT' } as const;

/**
 * A claim as the viewer may see it: the rule's assessment in words (share and cap as percentages, the
 * articles named, the unverified flag), the decision and its amount, the payment line's bank status,
 * the history, and what the viewer may do next. The enterprise does not see the bank's account.
 */
export async function presentClaim(db: Database, c: RiskClaim, log: readonly AnyClaimAction[], v: RiskViewer, names: Awaited<ReturnType<typeof namesOf>>) {
  const [assessment, payment] = await Promise.all([assessClaim(db, c.loan, c.lossPrincipalFen), findClaimPayment(db, c.claimId)]);
  const { raw: _, ...shown } = assessment;
  const row: ClaimStatusTransitions = CLAIM_TRANSITIONS[c.status];
  const bankActions: 'RESUBMIT'[] = v.kind === 'BANK' && v.institutionId === c.loan.institutionId && 'RESUBMITTED' in row ? ['RESUBMIT'] : [];
  const actions = v.kind !== 'OFFICER' ? bankActions : (Object.keys(row) as string[])
    .filter((a): a is keyof typeof REVIEW_ACTIONS => a in REVIEW_ACTIONS)
    .filter((a) => !(a === 'APPROVAL_CONFIRMED' && c.proposal?.by === v.userId))
    .map((a) => REVIEW_ACTIONS[a]);
  const percent = (decimal: string) => String(Number((Number(decimal) * 100).toFixed(4)));
  return {
    claimId: c.claimId,
    status: c.status,
    statusLabel: CLAIM_STATUS_LABELS[c.status],
    loan: { ...c.loan, enterpriseName: await names.enterprise(c.loan.uscc), institutionName: names.institution(c.loan.institutionId) },
    lossPrincipalFen: c.lossPrincipalFen,
    defaultedOn: c.defaultedOn,
    description: c.description,
    account: v.kind === 'ENTERPRISE' ? null : c.account,
    filedAt: c.filedAt,
    assessment: shown,
    decision: c.proposal
      ? { fundId: c.proposal.fundId, amountFen: c.proposal.decision.amountFen, sharePercent: percent(c.proposal.decision.share), proposedAt: c.proposal.at, confirmedAt: c.confirmation?.at ?? null, isProposedByMe: c.proposal.by === v.userId }
      : null,
    rejection: c.rejection ? { reason: c.rejection.reason, at: c.rejection.at } : null,
    resubmissions: c.resubmissions.map((x) => ({ rejectionReason: x.rejection.reason, rejectedAt: x.rejection.at, correction: x.correction, at: x.at })),
    payment: payment ? { paymentId: payment.paymentId, batchId: payment.batchId, status: payment.status, settledOn: payment.settledOn, failureReason: payment.failureReason } : null,
    history: log.map((a) => ({ type: a.type, label: CLAIM_ACTION_LABELS[a.type], at: a.at })),
    actions,
  };
}
