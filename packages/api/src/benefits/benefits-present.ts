import { listBenefitAttachments, type BenefitCaseRow, type Database, type StoredBenefitAction } from '@huiqi/db';
import { BENEFIT_STATUS_LABELS, foldBenefitCase, BENEFIT_TRANSITIONS, type BenefitActor, type BenefitStatus } from '@huiqi/workflows';
import type { z } from 'zod';
import { asLog } from './benefits-service';
import type { BenefitCaseAction, BenefitCaseDetail } from './benefits-schemas';

/** Stored JSON as the response schema reads it (the serializer checks it against the schema). */
type Stored = z.output<typeof BenefitCaseDetail>;

const ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  SUBMIT: { zh: '提交申报', en: 'submitted' }, LIST: { zh: '数据比对：符合条件', en: 'listed by data comparison' }, CONFIRM: { zh: '确认享受并确认账户', en: 'wish and account confirmed' },
  DECLINE: { zh: '放弃享受', en: 'declined' }, ACCEPT: { zh: '受理', en: 'accepted' }, REQUEST_CORRECTION: { zh: '要求补正', en: 'corrections requested' },
  SUBMIT_CORRECTION: { zh: '提交补正材料', en: 'corrections submitted' }, APPROVE: { zh: '审核通过', en: 'approved' }, CONFIRM_OVERRIDE: { zh: '复核调整金额', en: 'override confirmed' },
  REJECT: { zh: '不予支持', en: 'rejected' }, END_NOTICE: { zh: '公示期满', en: 'notice period ended' }, WITHDRAW: { zh: '撤回', en: 'withdrawn' },
  SCHEDULE_PAYMENT: { zh: '列入拨付批次', en: 'scheduled for payment' }, RECORD_PAID: { zh: '拨付到账', en: 'paid' }, RECORD_PAYMENT_FAILED: { zh: '拨付失败', en: 'payment failed' },
};

/** Which of the API's actions this actor could take now (for the UI's buttons). */
export function availableActions(status: string, actor: BenefitActor | null): BenefitCaseAction[] {
  if (!actor) return [];
  return Object.entries(BENEFIT_TRANSITIONS)
    .filter(([type, t]) => t.from !== null && (t.from as readonly string[]).includes(status) && (t.by as readonly string[]).includes(actor.role) && !['SCHEDULE_PAYMENT', 'RECORD_PAID', 'RECORD_PAYMENT_FAILED'].includes(type))
    .map(([type]) => type as BenefitCaseAction);
}

export function presentSummary(row: BenefitCaseRow) {
  return {
    id: row.id, trackingNumber: row.trackingNumber, uscc: row.uscc, enterpriseName: row.enterpriseName, policyId: row.policyId, fundId: row.fundId,
    channel: row.channel, status: row.status as BenefitStatus, statusLabel: BENEFIT_STATUS_LABELS[row.status as BenefitStatus], amountFen: row.amountFen,
    computedFen: (row.evaluation.amountFen as number | null | undefined) ?? null, sizeClass: row.sizeClass, district: row.district, dueOn: row.dueOn,
    createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

/** A case with its stage dates, decision and explanation, log, attachments and what the viewer may do next. */
export async function presentCase(db: Database, row: BenefitCaseRow, log: StoredBenefitAction[], actor: BenefitActor | null, showActors: boolean) {
  const state = foldBenefitCase(asLog(log));
  return {
    ...presentSummary(row),
    form: row.form,
    evaluation: row.evaluation as Stored['evaluation'],
    decision: row.decision as Stored['decision'],
    dates: state.dates,
    account: state.account,
    rejection: state.rejection,
    corrections: state.corrections,
    pauses: state.pauses,
    payment: state.payment,
    log: log.map((a) => ({
      seq: a.seq, type: a.type, label: ACTION_LABELS[a.type] ?? { zh: a.type, en: a.type }, at: a.at, on: a.on,
      actorRole: a.actor.role, ...(showActors ? { actorUserId: a.actor.userId } : {}), payload: a.payload,
    })),
    attachments: await listBenefitAttachments(db, row.id),
    actions: availableActions(row.status, actor),
    actingAs: actor?.role ?? null,
  };
}
