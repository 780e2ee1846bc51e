import { randomUUID } from 'node:crypto';
import { appendConsultationAction, createConsultation, loadConsultationLog, type ConsultationProjection, type Database, type StoredConsultationAction } from '@huiqi/db';
import type { LegalTree } from '@huiqi/legal-text';
import {
  applyConsultationAction, foldConsultation, isActiveComment, type Consultation, type ConsultationAction, type ConsultationActionInput,
  type ConsultationActionType, type ConsultationActor, type ConsultationPayloads,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { consultationNow } from './consultation-clock';
import { consultationContext } from './consultation-runtime';
import { consultationRefusal } from './consultation-refusal';
import { enqueueConsultationNoticeJobs } from './consultation-notice-jobs';

export function projectionOf(c: Consultation): ConsultationProjection {
  return {
    consultationId: c.consultationId, workId: c.draft.workId, versionId: c.draft.versionId, draftKind: c.draft.kind, title: c.title,
    issuingBody: c.issuingBody, ownerDepartment: c.ownerDepartment, jurisdiction: c.jurisdiction, status: c.status,
    startDate: c.startDate, endDate: c.endDate, openedAt: new Date(c.openedAt).toISOString(), updatedAt: new Date(c.updatedAt).toISOString(),
    publishedAt: c.publishedAt ? new Date(c.publishedAt).toISOString() : null, commentCount: c.comments.filter(isActiveComment).length,
  };
}

/** The current time as an ISO instant in Beijing time (the domain's action times carry an offset). */
export function beijingNow(now: Date = consultationNow()): string {
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

export async function loadConsultation(db: Database, id: string): Promise<{ log: ConsultationAction[]; consultation: Consultation }> {
  const log = (await loadConsultationLog(db, id)) as unknown as ConsultationAction[];
  if (log.length === 0) throw new AppError('CONSULTATION_NOT_FOUND');
  return { log, consultation: foldConsultation(log) };
}

/** Opens a consultation (the first action) and stores it. */
export async function openConsultation(db: Database, actor: ConsultationActor, payload: ConsultationPayloads['OPENED'], at: string = beijingNow()): Promise<Consultation> {
  const ctx = await consultationContext(payload.draft, payload.jurisdiction);
  const input = { id: randomUUID(), type: 'OPENED', actor, at, payload } as ConsultationActionInput;
  const r = applyConsultationAction([], input, ctx);
  if (!r.ok) throw consultationRefusal(r.error);
  await db.transaction(async (tx) => {
    await createConsultation(tx, { projection: projectionOf(r.value.consultation), action: r.value.action as unknown as StoredConsultationAction });
    // The related enterprises' notices: jobs exist if and only if the opening committed.
    if (r.value.consultation.notifyEnterprises) await enqueueConsultationNoticeJobs(tx, r.value.consultation.consultationId);
  });
  return r.value.consultation;
}

/**
 * Appends one action to a stored consultation: load, check in the domain, store with optimistic
 * locking (retried once on a concurrent append), return the new state.
 */
export async function actOnConsultation<T extends ConsultationActionType>(
  db: Database,
  id: string,
  type: T,
  actor: ConsultationActor,
  payload: ConsultationPayloads[T],
  options: { at?: string; actionId?: string; revised?: LegalTree | null } = {},
): Promise<Consultation> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log, consultation } = await loadConsultation(db, id);
    const ctx = await consultationContext(consultation.draft, consultation.jurisdiction, options.revised ?? null);
    const input = { id: options.actionId ?? randomUUID(), type, actor, at: options.at ?? beijingNow(), payload } as ConsultationActionInput;
    const r = applyConsultationAction(log, input, ctx);
    if (!r.ok) throw consultationRefusal(r.error);
    if (r.value.isDuplicate) return r.value.consultation;
    const stored = await db.transaction((tx) => appendConsultationAction(tx, { projection: projectionOf(r.value.consultation), expectedVersion: log.length, action: r.value.action as unknown as StoredConsultationAction }));
    if (stored) return r.value.consultation;
  }
  throw new AppError('CONSULTATION_CONFLICT');
}
