import { randomUUID } from 'node:crypto';
import { appendRepairAction, createRepair, endMarkPublication, findMark, hasOpenRepair, loadRepairLog, type Database, type StoredMark } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import {
  applyRepairAction, foldRepair, type AnyRepairAction, type RepairActionType, type RepairActor, type RepairCase, type RepairContext, type RepairMeasure, type RepairPayloads,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { isUniqueViolation } from '../appeals/appeals-service';
import { creditNow } from '../credit/credit-clock';
import { repairDecisionDue } from './public-credit-runtime';
import { refusal } from './public-credit-refusal';
import { markExtras } from './mark-content';

const beijingToday = () => today('Asia/Shanghai', creditNow());

const contextOf = async (db: Database, mark: StoredMark, excludeOpen = false): Promise<RepairContext> => ({
  mark: {
    markId: mark.markId, uscc: mark.uscc, isPublic: mark.isPublic, period: { minimumEnd: mark.period.minimumEnd as PlainDate, end: mark.period.end as PlainDate }, repairedOn: mark.repairedOn as PlainDate | null,
    publicationStoppedAt: (await markExtras(db, mark)).content.publicationStoppedAt,
  },
  today: beijingToday(),
  hasOpenApplication: excludeOpen ? false : await hasOpenRepair(db, mark.markId),
});

/** An application and its mark; 404 for one that does not exist. */
export async function loadRepair(db: Database, repairId: string): Promise<{ log: AnyRepairAction[]; repair: RepairCase; mark: StoredMark }> {
  const log = await loadRepairLog(db, repairId);
  if (log.length === 0) throw new AppError('CREDIT_REPAIR_NOT_FOUND');
  const repair = foldRepair(log);
  return { log, repair, mark: (await findMark(db, repair.markId))! };
}

/** 信用修复申请: the enterprise the mark names applies, with the measures it carried out and its evidence (社会信用条例 第七十九—八十一条). */
export async function submitRepair(db: Database, actor: { userId: string; uscc: string }, input: { markId: string; measures: RepairMeasure[]; evidence: string }): Promise<{ repair: RepairCase; mark: StoredMark }> {
  const mark = await findMark(db, input.markId);
  if (!mark || mark.uscc !== actor.uscc) throw new AppError('CREDIT_MARK_NOT_FOUND'); // another enterprise's mark: nothing leaks
  const ctx = await contextOf(db, mark);
  const action = {
    id: randomUUID(), type: 'SUBMITTED', at: creditNow().toISOString(), actor: { kind: 'ENTERPRISE', ...actor },
    payload: { repairId: `cr-${randomUUID()}`, markId: mark.markId, uscc: mark.uscc, measures: input.measures, evidence: input.evidence.trim(), decisionDue: await repairDecisionDue(ctx.today) },
  } as AnyRepairAction;
  const r = applyRepairAction([], action, ctx);
  if (!r.ok) throw refusal(r.error);
  try {
    await db.transaction((tx) => createRepair(tx, r.value.repair, action));
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CREDIT_REPAIR_APPLICATION_OPEN');
    throw e;
  }
  return { repair: r.value.repair, mark };
}

/**
 * One action on an application (checked by the domain's table and guards), appended with optimistic locking.
 * An approval ends the mark's publication in the same transaction (第八十二条第二款第（一）项).
 */
export async function actOnRepair<T extends Exclude<RepairActionType, 'SUBMITTED'>>(db: Database, repairId: string, type: T, actor: RepairActor, payload: RepairPayloads[T]): Promise<{ repair: RepairCase; mark: StoredMark }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log, mark } = await loadRepair(db, repairId);
    if (actor.kind === 'ENTERPRISE' && actor.uscc !== mark.uscc) throw new AppError('CREDIT_REPAIR_NOT_FOUND');
    const action = { id: randomUUID(), type, at: creditNow().toISOString(), actor, payload } as AnyRepairAction;
    const r = applyRepairAction(log, action, await contextOf(db, mark, true));
    if (!r.ok) throw refusal(r.error);
    const stored = await db.transaction(async (tx) => {
      if (!(await appendRepairAction(tx, r.value.repair, log.length, action))) return false;
      if (type === 'APPROVED') await endMarkPublication(tx, mark.markId, repairId, beijingToday(), actor.userId, new Date(action.at));
      return true;
    });
    if (stored) return { repair: r.value.repair, mark: (await findMark(db, mark.markId))! };
  }
  throw new AppError('CREDIT_REPAIR_CONFLICT');
}
