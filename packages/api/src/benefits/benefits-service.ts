import {
  appendBenefitAction, casesFundingExpense, findFundPolicy, fundUse, grantedToEnterprise, loadBenefitCase, type BenefitCaseRow, type Database, type Queryable,
  type StoredBenefitAction,
} from '@huiqi/db';
import { bi, today, type PlainDate } from '@huiqi/kernel';
import { shippedCalendar } from '@huiqi/calendar';
import {
  applyBenefitAction, checkDuplicateExpense, checkEnterpriseCap, checkFundBudget, noticeUntil, reviewDueDate,
  type BenefitAction, type BenefitActor, type BenefitCaseState, type LoggedBenefitAction,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';
import { assessPolicy, enterpriseCap, jsonSafe, parseDeclaredFacts, type Assessment } from './benefit-assessment';

export const asLog = (log: readonly StoredBenefitAction[]) => log as unknown as LoggedBenefitAction[];

let calendar: ReturnType<typeof shippedCalendar> | null = null;
export const benefitCalendar = () => (calendar ??= shippedCalendar('cn'));

/** Today in China time; tests may pass a fixed day. */
export const todayCst = (): PlainDate => today();

/** The projection stored with each action: status, the decided amount, the decision and the review due date. */
export function projectionOf(state: BenefitCaseState, reviewWorkingDays: number, on: PlainDate, decision: Record<string, unknown> | null) {
  return {
    status: state.status,
    amountFen: state.decision?.amountFen ?? null,
    decision,
    dueOn: reviewDueDate(state, reviewWorkingDays, benefitCalendar(), on),
  };
}

/**
 * The approval: the amount computed by the rules engine as of the decision date (stored with the
 * explanation), an optional override (reason + second reviewer), and the fund checks — budget,
 * per-enterprise cap, duplicate expense — with the fund row locked so approvals cannot overspend together.
 */
async function prepareApproval(tx: Queryable, row: BenefitCaseRow, on: PlainDate, input: { amountFen?: number | null; overrideReason?: string | null }) {
  const link = await findFundPolicy(tx, row.policyId);
  if (!link) throw new AppError('BENEFIT_POLICY_NOT_OFFERED');
  const fund = await fundUse(tx, link.fundId, true);
  if (!fund) throw new AppError('BENEFIT_POLICY_NOT_OFFERED');
  // The form keeps the facts as the enterprise typed them (money in yuan); parse again for the decision.
  const declared = parseDeclaredFacts((row.form.declaredFacts as Record<string, unknown> | undefined) ?? {});
  const assessment: Assessment = await assessPolicy(tx, row.uscc, link, on, declared);
  if (assessment.status !== 'ELIGIBLE') {
    throw new AppError('BENEFIT_NOT_ELIGIBLE', {
      message: bi(`截至 ${assessment.assessedOn} 按规则判断不符合条件：${assessment.reasons.map((r) => r.zh).join('；')}`, `Not eligible as of ${assessment.assessedOn}: ${assessment.reasons.map((r) => r.en).join('; ')}`),
      details: { assessment },
    });
  }
  if (assessment.amountFen === null) {
    throw new AppError('BENEFIT_AMOUNT_UNKNOWN', { message: bi(`规则无法计算金额，缺少：${assessment.missing.map((m) => m.label.zh).join('、')}`, `The amount cannot be computed; missing: ${assessment.missing.map((m) => m.label.en).join(', ')}`) });
  }
  const amountFen = input.amountFen ?? assessment.amountFen;
  const refuse = (r: { ok: false; error: { code: string; message: { zh: string; en: string }; figures: unknown } }) => {
    throw new AppError(r.error.code as ErrorCode, { message: r.error.message, details: { figures: r.error.figures } });
  };
  const budget = checkFundBudget({ fundName: fund.name, year: fund.year, budgetFen: fund.budgetFen, committedFen: fund.committedFen }, amountFen);
  if (!budget.ok) refuse(budget);
  const cap = await enterpriseCap(link, assessment.rulesJurisdiction, assessment.assessedOn);
  const capCheck = checkEnterpriseCap({ capFen: cap.capFen, capReference: cap.reference, alreadyFen: await grantedToEnterprise(tx, row.policyId, row.uscc, row.id), amountFen });
  if (!capCheck.ok) refuse(capCheck);
  const dup = checkDuplicateExpense(row.expenseKey, row.expenseKey ? await casesFundingExpense(tx, row.expenseKey, row.id) : []);
  if (!dup.ok) refuse(dup);
  const until = noticeUntil(on, link.noticeWorkingDays, benefitCalendar());
  const action: BenefitAction = {
    type: 'APPROVE',
    payload: { amountFen, computedFen: assessment.amountFen, assessedOn: assessment.assessedOn, overrideReason: input.overrideReason?.trim() || null, noticeUntil: until },
  };
  return { action, decision: jsonSafe({ ...action.payload, assessment, fundRemainingAfterFen: budget.ok ? budget.value.remainingAfterFen : null, cap }) as Record<string, unknown>, reviewWorkingDays: link.reviewWorkingDays };
}

export interface ActInput {
  action: BenefitAction['type'];
  note?: string | null;
  reason?: { zh: string; en: string } | null;
  article?: string | null;
  amountFen?: number | null;
  overrideReason?: string | null;
  account?: { accountName: string; accountNumber: string; bankName: string } | null;
}

/** Builds the domain action from the request body (APPROVE is built by prepareApproval). */
function actionFrom(input: ActInput): BenefitAction {
  const note = input.note?.trim() ?? '';
  switch (input.action) {
    case 'ACCEPT': case 'CONFIRM_OVERRIDE': case 'END_NOTICE': case 'DECLINE':
      return { type: input.action, payload: {} };
    case 'REQUEST_CORRECTION': case 'SUBMIT_CORRECTION':
      if (note.length < 2) throw new AppError('VALIDATION_FAILED', { message: bi('请填写说明（补正内容）', 'Please describe the corrections') });
      return { type: input.action, payload: { note } };
    case 'WITHDRAW':
      return { type: 'WITHDRAW', payload: { note: note || null } };
    case 'REJECT':
      if (!input.reason || input.reason.zh.trim().length < 2) throw new AppError('VALIDATION_FAILED', { message: bi('不予支持须说明理由', 'A rejection needs a reason') });
      return { type: 'REJECT', payload: { reason: { zh: input.reason.zh.trim(), en: input.reason.en.trim() || input.reason.zh.trim() }, article: input.article?.trim() || null } };
    case 'CONFIRM':
      if (!input.account) throw new AppError('VALIDATION_FAILED', { message: bi('请确认收款账户', 'Please confirm the receiving account') });
      return { type: 'CONFIRM', payload: { account: input.account } };
    default:
      throw new AppError('BENEFIT_INVALID_ACTION', { message: bi(`不能通过此接口执行 ${input.action}`, `${input.action} cannot be performed here`) });
  }
}

/** Loads the case for update, applies the action through the transition table, stores entry + projection (one transaction). */
export async function actOnCase(db: Database, caseId: string, actorFor: (row: BenefitCaseRow) => BenefitActor | null, input: ActInput, on: PlainDate = todayCst(), at = new Date()): Promise<BenefitCaseRow> {
  return db.transaction(async (tx) => {
    const loaded = await loadBenefitCase(tx, caseId, true);
    if (!loaded) throw new AppError('BENEFIT_CASE_NOT_FOUND');
    const { row, log } = loaded;
    const actor = actorFor(row);
    if (!actor) throw new AppError('FORBIDDEN', { message: bi('您不能处理该申报', 'You may not act on this application') });
    let action: BenefitAction;
    let decision = row.decision;
    const link = await findFundPolicy(tx, row.policyId);
    let reviewDays = link?.reviewWorkingDays ?? 20;
    if (input.action === 'APPROVE') {
      // Check the transition first, so a wrong status is not reported as a budget problem.
      const probe = applyBenefitAction(asLog(log), { type: 'APPROVE', payload: { amountFen: 0, computedFen: 0, assessedOn: on, overrideReason: null, noticeUntil: null } }, actor, at.toISOString(), on);
      if (!probe.ok && probe.error.code !== 'BENEFIT_OVERRIDE_REASON_REQUIRED') throw new AppError(probe.error.code, { message: probe.error.message });
      const prepared = await prepareApproval(tx, row, on, input);
      action = prepared.action;
      decision = prepared.decision;
      reviewDays = prepared.reviewWorkingDays;
    } else action = actionFrom(input);
    const applied = applyBenefitAction(asLog(log), action, actor, at.toISOString(), on);
    if (!applied.ok) throw new AppError(applied.error.code, { message: applied.error.message });
    const stored = applied.value.entry as unknown as StoredBenefitAction;
    const okWritten = await appendBenefitAction(tx, row, stored, projectionOf(applied.value.state, reviewDays, on, decision));
    if (!okWritten) throw new AppError('BENEFIT_CONCURRENT_CHANGE');
    return (await loadBenefitCase(tx, caseId))!.row;
  });
}

/** Applies a system or finance action inside an existing transaction (payments, sweeps). */
export async function actInTransaction(tx: Queryable, caseId: string, action: BenefitAction, actor: BenefitActor, on: PlainDate, at = new Date()): Promise<{ ok: true } | { ok: false; message: { zh: string; en: string } }> {
  const loaded = await loadBenefitCase(tx, caseId, true);
  if (!loaded) return { ok: false, message: bi('未找到该申报', 'No such case') };
  const applied = applyBenefitAction(asLog(loaded.log), action, actor, at.toISOString(), on);
  if (!applied.ok) return { ok: false, message: applied.error.message };
  const link = await findFundPolicy(tx, loaded.row.policyId);
  const written = await appendBenefitAction(tx, loaded.row, applied.value.entry as unknown as StoredBenefitAction, projectionOf(applied.value.state, link?.reviewWorkingDays ?? 20, on, loaded.row.decision));
  return written ? { ok: true } : { ok: false, message: bi('并发修改', 'concurrent change') };
}

