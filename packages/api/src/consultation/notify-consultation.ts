import { insertConsultationNotices, PermanentJobError, type ConsultationAudience, type Database, type UsccRange } from '@huiqi/db';
import type { Consultation } from '@huiqi/workflows';
import { consultationNow } from './consultation-clock';
import type { ConsultationNoticeJobPayload } from './consultation-notice-jobs';
import { beijingNow, loadConsultation } from './consultation-service';

/**
 * Who is related to the draft: enterprises matched by a published console policy that is the
 * policy under consultation or cites the law-library text under consultation, and enterprises
 * registered in the consultation's jurisdiction (the draft is a rule of that jurisdiction).
 */
export function audienceOf(c: Consultation): ConsultationAudience {
  const isPolicy = c.draft.kind === 'CONSOLE_POLICY';
  return {
    consultationId: c.consultationId,
    citedWorkId: isPolicy ? null : c.draft.workId,
    policyKey: isPolicy ? c.draft.workId.slice(c.draft.workId.indexOf('/') + 1) : null,
    jurisdiction: c.jurisdiction,
  };
}

function rangeOf(p: ConsultationNoticeJobPayload): UsccRange {
  if (typeof p.consultationId !== 'string' || typeof p.from !== 'string' || typeof p.to !== 'string' || (p.to !== '' && p.to <= p.from)) {
    throw new PermanentJobError(`bad consultation notice job payload ${JSON.stringify(p)}`);
  }
  return { from: p.from, to: p.to };
}

/**
 * The notice job: inserts a CONSULTATION_OPENED notice for every related enterprise of its range
 * (running it again inserts nothing). Nothing is sent for a consultation that is no longer open for
 * comments (cancelled, or its last day passed), or whose officer chose not to notify.
 */
export async function notifyConsultation(db: Database, payload: ConsultationNoticeJobPayload, now: Date = consultationNow()): Promise<{ inserted: number; skipped: string | null }> {
  const range = rangeOf(payload);
  const { consultation: c } = await loadConsultation(db, payload.consultationId).catch(() => {
    throw new PermanentJobError(`no consultation ${payload.consultationId}`);
  });
  if (!c.notifyEnterprises) return { inserted: 0, skipped: 'NOT_REQUESTED' };
  if (c.status !== 'OPEN' || c.endDate < beijingNow(now).slice(0, 10)) return { inserted: 0, skipped: c.status === 'OPEN' ? 'PERIOD_OVER' : c.status };
  return { inserted: await insertConsultationNotices(db, audienceOf(c), range, now), skipped: null };
}
