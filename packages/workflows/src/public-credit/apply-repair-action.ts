import { err, ok, type PlainDate, type Result } from '@huiqi/kernel';
import type { AnyRepairAction, RepairActor } from './repair-action';
import { repairEligibility, type RepairableMark } from './repair-eligibility';
import { REPAIR_MEASURES } from './repair-measures';
import { repairTransitionFor, type RepairPerformer } from './repair-transitions';
import { foldRepair, type RepairCase } from './fold-repair';
import { publicCreditError, type PublicCreditError } from './public-credit-error';

/** Input limits (sanity bounds, not law). */
export const REPAIR_LIMITS = { evidenceChars: 5000, reasonsChars: 2000, itemsChars: 2000 } as const;

/** What the guards read besides the log: the mark the application is about, today (Beijing) and other open applications. */
export interface RepairContext {
  mark: RepairableMark;
  today: PlainDate;
  /** Another application of this mark is open (SUBMITTED or MATERIALS_REQUESTED). */
  hasOpenApplication: boolean;
}

function performersOf(c: RepairCase | null, actor: RepairActor, markUscc: string): RepairPerformer[] {
  if (actor.kind === 'BUREAU') return ['BUREAU'];
  return actor.uscc === (c?.uscc ?? markUscc) ? ['APPLICANT'] : [];
}

const text = (s: string, max: number) => s.trim().length > 0 && s.length <= max;

function checkSubmission(a: Extract<AnyRepairAction, { type: 'SUBMITTED' }>, ctx: RepairContext): PublicCreditError | null {
  const p = a.payload;
  if (a.actor.kind !== 'ENTERPRISE' || a.actor.uscc !== ctx.mark.uscc || p.uscc !== ctx.mark.uscc || p.markId !== ctx.mark.markId) {
    return publicCreditError('CREDIT_REPAIR_NOT_OWN_MARK', 'markId', '只能为本企业的信用记录申请修复', 'You can apply for repair of your own enterprise\'s records only');
  }
  const e = repairEligibility(ctx.mark, ctx.today, ctx.hasOpenApplication);
  if (!e.canApply) {
    if (e.reason === 'MINIMUM_NOT_SERVED') {
      return publicCreditError('CREDIT_REPAIR_MINIMUM_NOT_SERVED', 'markId', `最短公示期限尚未届满，${e.from} 起可以申请信用修复（社会信用条例第七十九条）`, `The shortest publication period has not run out; you may apply from ${e.from}`, { from: e.from });
    }
    if (e.reason === 'ALREADY_REPAIRED') return publicCreditError('CREDIT_REPAIR_ALREADY_REPAIRED', 'markId', '该记录已经修复', 'This record has already been repaired');
    if (e.reason === 'PUBLICATION_ENDED') return publicCreditError('CREDIT_REPAIR_PUBLICATION_ENDED', 'markId', '该记录公示期已满，已停止公示，无需修复', 'The publication period of this record is over; there is nothing to repair');
    return publicCreditError('CREDIT_REPAIR_APPLICATION_OPEN', 'markId', '该记录已有正在办理的修复申请', 'An application for this record is already being handled');
  }
  const measures = new Set(p.measures);
  if (p.measures.length === 0 || measures.size !== p.measures.length || p.measures.some((m) => !(REPAIR_MEASURES as readonly string[]).includes(m))) {
    return publicCreditError('CREDIT_REPAIR_MEASURES_EMPTY', 'measures', '请选择已实施的修复措施（每项一次）', 'Choose the repair measures you carried out (each once)');
  }
  if (!text(p.evidence, REPAIR_LIMITS.evidenceChars)) {
    return publicCreditError('CREDIT_REPAIR_EVIDENCE_EMPTY', 'evidence', `请说明已纠正失信行为的情况和证明材料（不超过 ${REPAIR_LIMITS.evidenceChars} 字）`, `Describe how the breach was corrected and the evidence (at most ${REPAIR_LIMITS.evidenceChars} characters)`);
  }
  return null;
}

function checkPayload(a: AnyRepairAction, c: RepairCase): PublicCreditError | null {
  switch (a.type) {
    case 'MATERIALS_REQUESTED':
      if (c.materialsRequested !== null) return publicCreditError('CREDIT_REPAIR_ACTION_NOT_ALLOWED', null, '补正材料应一次性告知，已经告知过', 'Missing materials are requested once; they were already requested');
      return text(a.payload.items, REPAIR_LIMITS.itemsChars) ? null : publicCreditError('CREDIT_REPAIR_REASONS_REQUIRED', 'items', '请列明需要补正的材料', 'List the materials to be provided');
    case 'MATERIALS_PROVIDED':
      return text(a.payload.evidence, REPAIR_LIMITS.evidenceChars) ? null : publicCreditError('CREDIT_REPAIR_EVIDENCE_EMPTY', 'evidence', '请填写补正的材料说明', 'Describe the materials provided');
    case 'APPROVED':
    case 'REJECTED':
      return text(a.payload.reasons, REPAIR_LIMITS.reasonsChars) ? null : publicCreditError('CREDIT_REPAIR_REASONS_REQUIRED', 'reasons', '请填写决定理由', 'Give the reasons for the decision');
    default:
      return null;
  }
}

/**
 * Appends one action to an application's log: the first must be SUBMITTED by the enterprise the mark
 * names, once the shortest publication period has been served; later ones are looked up in the
 * transition table and checked by the guards. Returns the new state, or a refusal naming the field.
 */
export function applyRepairAction(log: readonly AnyRepairAction[], action: AnyRepairAction, ctx: RepairContext): Result<{ repair: RepairCase; action: AnyRepairAction }, PublicCreditError> {
  if (log.length === 0) {
    if (action.type !== 'SUBMITTED') return err(publicCreditError('CREDIT_REPAIR_ACTION_NOT_ALLOWED', null, '修复申请须先由企业提交', 'An application starts with the enterprise\'s submission'));
    const bad = checkSubmission(action, ctx);
    return bad ? err(bad) : ok({ repair: foldRepair([action]), action });
  }
  const c = foldRepair(log);
  const t = action.type === 'SUBMITTED' ? null : repairTransitionFor(c.status, action.type);
  if (!t) return err(publicCreditError('CREDIT_REPAIR_ACTION_NOT_ALLOWED', null, '当前状态下不能执行此操作', 'This action is not allowed in the current status', { status: c.status }));
  if (!t.by.some((p) => performersOf(c, action.actor, ctx.mark.uscc).includes(p))) return err(publicCreditError('CREDIT_REPAIR_ACTOR_NOT_PERMITTED', null, '无权执行此操作', 'You may not perform this action'));
  const bad = checkPayload(action, c);
  if (bad) return err(bad);
  return ok({ repair: foldRepair([...log, action]), action });
}
