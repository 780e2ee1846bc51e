import { randomUUID } from 'node:crypto';
import { shippedCalendar } from '@huiqi/calendar';
import {
  appendCultivationAction, createCultivationApplication, loadCultivationLog, recordRecognisedQualification,
  type CultivationProjection, type Database, type StoredCultivationAction, type User,
} from '@huiqi/db';
import {
  applyRecognitionAction, foldRecognition, TIERS, type RecognitionAction, type RecognitionActionInput, type RecognitionActionType,
  type RecognitionActor, type RecognitionApplication, type RecognitionContext, type RecognitionPayloads,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { beijingInstant } from './cultivation-clock';
import { cultivationRefusal } from './cultivation-refusal';

/** The official working-day calendar the 公示 periods are counted on (the city's, with national holidays). */
export const cultivationCalendar = () => shippedCalendar('cn-gd-sz');

export function projectionOf(c: RecognitionApplication): CultivationProjection {
  return {
    applicationId: c.applicationId, roundId: c.round.roundId, tier: c.tier, uscc: c.uscc, enterpriseName: c.enterpriseName, district: c.district,
    status: c.status, submittedAt: new Date(c.submittedAt).toISOString(), updatedAt: new Date(c.updatedAt).toISOString(),
    publicityFrom: c.publicity?.from ?? null, publicityUntil: c.publicity?.until ?? null,
    certificateNumber: c.certificate?.number ?? null, validFrom: c.certificate?.validFrom ?? null, validUntil: c.certificate?.validUntil ?? null,
  };
}

export async function loadApplication(db: Database, id: string): Promise<{ log: RecognitionAction[]; application: RecognitionApplication }> {
  const log = (await loadCultivationLog(db, id)) as unknown as RecognitionAction[];
  if (log.length === 0) throw new AppError('CULTIVATION_NOT_FOUND');
  return { log, application: foldRecognition(log) };
}

/** Submits an application (the first action) and stores it; a concurrent duplicate is refused by the unique index. */
export async function submitApplication(db: Database, user: User, actor: RecognitionActor, payload: RecognitionPayloads['SUBMITTED'], activeApplicationIds: string[]): Promise<RecognitionApplication> {
  const input = { id: randomUUID(), type: 'SUBMITTED', actor, at: beijingInstant(), payload } as RecognitionActionInput;
  const r = applyRecognitionAction([], input, { calendar: cultivationCalendar(), activeApplicationIds });
  if (!r.ok) throw cultivationRefusal(r.error);
  const stored = await db.transaction((tx) => createCultivationApplication(tx, { projection: projectionOf(r.value.application), action: r.value.action as unknown as StoredCultivationAction, auditUser: user.id }));
  if (!stored) throw cultivationRefusal({ code: 'DUPLICATE_APPLICATION', message: { zh: '本企业已在本批次申报，不能重复申报', en: 'this enterprise already applied in this round' }, details: {} });
  return r.value.application;
}

/** The qualification write that goes with an action (recognition, renewal, revocation), or null. */
function qualificationOf(c: RecognitionApplication, a: RecognitionAction, user: User | null, step: number) {
  if (!user || !c.certificate || !['RECOGNISED', 'RE_REVIEW_PASSED', 'REVOKED'].includes(a.type)) return null;
  return {
    applicationId: c.applicationId, uscc: c.uscc, tag: TIERS[c.tier].tag, certificateNumber: c.certificate.number,
    validFrom: c.certificate.validFrom, validUntil: c.certificate.validUntil,
    issuer: user.departmentName?.zh ?? '中小企业主管部门', departmentId: user.departmentId, actorUserId: user.id, step,
  };
}

/**
 * Appends one action to a stored application: load, check in the domain, store with optimistic
 * locking (retried on a concurrent append) — with the qualification written in the same transaction
 * when the action recognises, renews or revokes — and return the new state.
 */
export async function actOnApplication<T extends RecognitionActionType>(
  db: Database, id: string, type: T, user: User | null, actor: RecognitionActor, payload: RecognitionPayloads[T], extra: Omit<RecognitionContext, 'calendar'> = {},
): Promise<RecognitionApplication> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log } = await loadApplication(db, id);
    const input = { id: randomUUID(), type, actor, at: beijingInstant(), payload } as RecognitionActionInput;
    const r = applyRecognitionAction(log, input, { calendar: cultivationCalendar(), ...extra });
    if (!r.ok) throw cultivationRefusal(r.error);
    const c = r.value.application;
    const stored = await db.transaction(async (tx) => {
      const ok = await appendCultivationAction(tx, { projection: projectionOf(c), expectedVersion: log.length, action: r.value.action as unknown as StoredCultivationAction, auditUser: user?.id ?? null });
      if (!ok) return false;
      const q = qualificationOf(c, r.value.action, user, log.length + 1);
      if (q) await recordRecognisedQualification(tx, q);
      return true;
    });
    if (stored) return c;
  }
  throw new AppError('CULTIVATION_CONFLICT');
}
