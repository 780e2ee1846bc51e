import { randomUUID } from 'node:crypto';
import { appendDemandAction, createDemand, loadDemandLog, type Database } from '@huiqi/db';
import { applyDemandAction, foldDemand, type AnyDemandAction, type DemandActionType, type DemandActor, type DemandPayloads, type FinancingDemand } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { creditNow } from './credit-clock';

const refusal = (e: { code: string; message: { zh: string; en: string }; field: string | null }) =>
  new AppError(e.code as 'FINANCING_ACTION_NOT_ALLOWED', { message: e.message, details: e.field ? { field: e.field } : undefined });

export async function loadDemand(db: Database, demandId: string): Promise<{ log: AnyDemandAction[]; demand: FinancingDemand }> {
  const log = await loadDemandLog(db, demandId);
  if (log.length === 0) throw new AppError('FINANCING_DEMAND_NOT_FOUND');
  return { log, demand: foldDemand(log) };
}

/** 发布融资需求: the first action of a new demand. */
export async function publishDemand(db: Database, actor: Extract<DemandActor, { kind: 'ENTERPRISE' }>, terms: Omit<DemandPayloads['PUBLISHED'], 'demandId' | 'uscc'>): Promise<FinancingDemand> {
  const action = { id: randomUUID(), type: 'PUBLISHED', at: creditNow().toISOString(), actor, payload: { ...terms, demandId: `fd-${randomUUID()}`, uscc: actor.uscc } } as AnyDemandAction;
  const r = applyDemandAction([], action);
  if (!r.ok) throw refusal(r.error);
  await db.transaction((tx) => createDemand(tx, r.value.demand, action));
  return r.value.demand;
}

/** Appends one action (checked by the domain's table and guards), with optimistic locking retried on a concurrent append. */
export async function actOnDemand<T extends Exclude<DemandActionType, 'PUBLISHED'>>(db: Database, demandId: string, type: T, actor: DemandActor, payload: DemandPayloads[T]): Promise<FinancingDemand> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log } = await loadDemand(db, demandId);
    const action = { id: randomUUID(), type, at: creditNow().toISOString(), actor, payload } as AnyDemandAction;
    const r = applyDemandAction(log, action);
    if (!r.ok) throw refusal(r.error);
    if (await db.transaction((tx) => appendDemandAction(tx, r.value.demand, log.length, action))) return r.value.demand;
  }
  throw new AppError('FINANCING_CONFLICT');
}
