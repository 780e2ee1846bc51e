import { randomUUID } from 'node:crypto';
import {
  appendAppealAction, createAppealCase, findAppealAttachment, findAppealCaseById, findAppealCaseByTrackingNumber, linkAppealAttachments,
  loadAppealLog, nextTrackingSequence, type Database, type Queryable, type StoredAppealAction, type User,
} from '@huiqi/db';
import {
  applyAction, formatTrackingNumber, localDateOf, parseTrackingNumber, type Actor, type AppealAction, type AppealActionInput,
  type AppealActionType, type AppealError, type AppealPayloads, type Attachment,
} from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { appealRefusal } from './appeal-refusal';
import { projectionOf } from './appeal-projection';
import { viewCaseFor } from './appeal-viewer';
import type { AppealCaseView } from './appeal-stage';
import { actorOf, APPEALS_JURISDICTION, appealsRuntime, nowInstant, TRACKING_PREFIX } from './appeals-context';
import { submissionBatcherFor } from './submission-batcher';

export type Warning = Pick<AppealError, 'code' | 'message' | 'details'>;

/** A submission before the platform fills in ids, tracking number and receiving department. */
export type SubmissionDraft = Omit<AppealPayloads['SUBMITTED'], 'caseId' | 'trackingNumber' | 'jurisdiction' | 'receivedBy' | 'idempotencyKey' | 'attachments'> & {
  attachmentIds: string[];
};

export interface SubmissionOutcome {
  caseId: string;
  trackingNumber: string;
  /** True when the idempotency key was used before: the earlier case is returned, nothing new was stored. */
  isDuplicate: boolean;
  warnings: Warning[];
  log: AppealAction[];
}

export const asStored = (a: AppealAction): StoredAppealAction => a as unknown as StoredAppealAction;
const asDomain = (log: StoredAppealAction[]): AppealAction[] => log as unknown as AppealAction[];

class Rollback extends Error {
  constructor(readonly result: { kind: 'DUPLICATE'; caseId: string } | { kind: 'REFUSED'; error: AppError }) {
    super('rollback');
  }
}

export async function resolveAttachments(q: Queryable, ids: readonly string[], uploadedBy: string, caseId: string): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const id of new Set(ids)) {
    const info = await findAppealAttachment(q, id);
    if (!info || info.uploadedBy !== uploadedBy || (info.caseId !== null && info.caseId !== caseId)) {
      throw new AppError('APPEAL_ATTACHMENT_UNKNOWN', { details: { id } });
    }
    out.push({ id: info.id, name: info.fileName, sha256: info.sha256 });
  }
  return out;
}

/**
 * Stores a new appeal: allocates the tracking number, lets the domain check and compute the
 * submission (deadlines, arrears terms), and writes case, first action, audit event and
 * attachment links in one transaction (shared with the submissions that arrive at the same time,
 * see submission-batcher.ts). The same submitter scope and idempotency key always give the same
 * case (a retry after a lost answer or a crash is never a second case).
 */
export function submitAppeal(db: Database, input: SubmissionInput): Promise<SubmissionOutcome> {
  return submissionBatcherFor(db).submit(input);
}

export interface SubmissionInput {
  actor: Actor;
  draft: SubmissionDraft;
  submitterScope: string;
  idempotencyKey: string;
  auditUserId: string | null;
  actionId?: string;
}

/** One submission in its own transaction (the batcher's fallback when a whole batch failed). */
export async function submitOne(db: Database, input: SubmissionInput): Promise<SubmissionOutcome> {
  const [used] = await db.query<{ case_id: string }>('SELECT case_id FROM appeal_cases WHERE submitter_scope = $1 AND idempotency_key = $2', [input.submitterScope, input.idempotencyKey]);
  if (used) return duplicateOutcome(db, used.case_id);
  const { context } = await appealsRuntime(db);
  try {
    return await db.transaction(async (tx) => {
      const at = nowInstant();
      const caseId = `ap-${randomUUID()}`;
      const attachments = await resolveAttachments(tx, input.draft.attachmentIds, input.actor.userId, caseId);
      const sequence = await nextTrackingSequence(tx, TRACKING_PREFIX, localDateOf(at));
      const trackingNumber = formatTrackingNumber({ prefix: TRACKING_PREFIX, date: localDateOf(at), sequence });
      const { attachmentIds: _ignored, ...rest } = input.draft;
      const payload: AppealPayloads['SUBMITTED'] = {
        ...rest,
        caseId,
        trackingNumber,
        jurisdiction: APPEALS_JURISDICTION,
        receivedBy: context.smeBureauId,
        idempotencyKey: input.idempotencyKey,
        attachments,
      };
      const action: AppealActionInput = { id: input.actionId ?? `submit-${caseId}`, type: 'SUBMITTED', at, actor: input.actor, payload };
      const r = applyAction([], action, context);
      if (!r.ok) throw new Rollback({ kind: 'REFUSED', error: appealRefusal(r.error) });
      const created = await createAppealCase(tx, {
        projection: projectionOf(r.value.case), submitterScope: input.submitterScope, idempotencyKey: input.idempotencyKey,
        action: asStored(r.value.action), auditUserId: input.auditUserId,
      });
      if (!created.created) throw new Rollback({ kind: 'DUPLICATE', caseId: created.existingCaseId });
      await linkAppealAttachments(tx, caseId, attachments.map((a) => a.id), input.actor.userId);
      return { caseId, trackingNumber, isDuplicate: false, warnings: r.value.warnings, log: r.value.log };
    });
  } catch (e) {
    if (e instanceof Rollback) {
      if (e.result.kind === 'REFUSED') throw e.result.error;
      return duplicateOutcome(db, e.result.caseId);
    }
    if (isUniqueViolation(e)) {
      const [again] = await db.query<{ case_id: string }>('SELECT case_id FROM appeal_cases WHERE submitter_scope = $1 AND idempotency_key = $2', [input.submitterScope, input.idempotencyKey]);
      if (again) return duplicateOutcome(db, again.case_id);
    }
    throw e;
  }
}

export async function duplicateOutcome(db: Database, caseId: string): Promise<SubmissionOutcome> {
  const row = await findAppealCaseById(db, caseId);
  if (!row) throw new Error(`case ${caseId} vanished`);
  return { caseId, trackingNumber: row.trackingNumber, isDuplicate: true, warnings: [], log: asDomain(await loadAppealLog(db, caseId)) };
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}

/** The tracking number from a URL, checked (a typo is refused, never looked up). */
export function checkedTrackingNumber(text: string): string {
  const parsed = parseTrackingNumber(text);
  if (!parsed.ok) throw new AppError('APPEAL_TRACKING_NUMBER_INVALID', { message: parsed.error.message });
  return text.trim().toUpperCase();
}

/** Loads a case the user may see (404 for a case that does not exist and for one the user may not see alike). */
export async function loadVisibleCase(db: Database, user: User, trackingNumber: string): Promise<{ caseId: string; log: AppealAction[]; view: AppealCaseView }> {
  const row = await findAppealCaseByTrackingNumber(db, checkedTrackingNumber(trackingNumber));
  if (!row) throw new AppError('APPEAL_NOT_FOUND');
  const log = asDomain(await loadAppealLog(db, row.caseId));
  const { smeBureauId } = await appealsRuntime(db);
  const view = viewCaseFor(user, log, smeBureauId);
  if (!view.ok) throw new AppError('APPEAL_NOT_FOUND');
  return { caseId: row.caseId, log, view: view.value };
}

const WITH_ATTACHMENTS = new Set<AppealActionType>(['INFO_PROVIDED', 'ANSWERED']);

/**
 * Performs one action on a case: load the log → applyAction → append with the log's version
 * (optimistic locking; retried on a concurrent append) → present. A replayed action id returns
 * the case unchanged. Attachment ids in `payload.attachments` must be the actor's own uploads.
 */
export async function performAppealAction(
  db: Database,
  user: User,
  trackingNumber: string,
  body: { id?: string | undefined; type: AppealActionType; payload: Record<string, unknown> },
): Promise<{ view: AppealCaseView | null; warnings: Warning[]; isDuplicate: boolean }> {
  const { context, smeBureauId } = await appealsRuntime(db);
  const actor = actorOf(user, body.type);
  const actionId = body.id ?? randomUUID();
  for (let attempt = 0; attempt < 5; attempt++) {
    const { caseId, log } = await loadVisibleCase(db, user, trackingNumber);
    if (!actor) throw new AppError('APPEAL_ACTOR_NOT_PERMITTED');
    let payload = body.payload;
    if (WITH_ATTACHMENTS.has(body.type) && Array.isArray(payload.attachments)) {
      const ids = (payload.attachments as unknown[]).map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a !== null ? String((a as { id?: unknown }).id) : ''));
      payload = { ...payload, attachments: await resolveAttachments(db, ids, user.id, caseId) };
    }
    const input = { id: actionId, type: body.type, at: nowInstant(), actor, payload } as AppealActionInput;
    const r = applyAction(log, input, context);
    if (!r.ok) throw appealRefusal(r.error);
    const present = (l: AppealAction[]) => {
      const v = viewCaseFor(user, l, smeBureauId);
      if (!v.ok) throw new AppError('APPEAL_NOT_FOUND');
      return v.value;
    };
    if (r.value.isDuplicate) return { view: present(r.value.log), warnings: [], isDuplicate: true };
    try {
      const stored = await db.transaction(async (tx) => {
        const ok = await appendAppealAction(tx, { projection: projectionOf(r.value.case), expectedVersion: log.length, action: asStored(r.value.action), auditUserId: user.id });
        if (ok && WITH_ATTACHMENTS.has(body.type)) {
          const atts = (r.value.action.payload as { attachments?: Attachment[] }).attachments ?? [];
          await linkAppealAttachments(tx, caseId, atts.map((a) => a.id), user.id);
        }
        return ok;
      });
      // A department that returned a case no longer sees it: show what it did, not a 404.
      if (stored) {
        const v = viewCaseFor(user, r.value.log, smeBureauId);
        if (!v.ok) return { view: null, warnings: r.value.warnings, isDuplicate: false };
        return { view: v.value, warnings: r.value.warnings, isDuplicate: false };
      }
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new AppError('APPEAL_CONFLICT');
}
