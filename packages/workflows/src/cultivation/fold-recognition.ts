import type { RecognitionAction } from './action';
import type { RecognitionApplication } from './recognition';
import { recognitionTransitionFor } from './transition-table';
import { foldLog } from '../case-log';

function initial(first: RecognitionAction): RecognitionApplication {
  if (first.type !== 'SUBMITTED') throw new RangeError(`a recognition log must start with SUBMITTED, not ${first.type}`);
  const p = first.payload;
  return {
    applicationId: p.applicationId,
    status: 'SUBMITTED',
    tier: p.round.tier,
    uscc: p.uscc,
    enterpriseName: p.enterpriseName,
    district: p.district,
    field: p.field,
    round: { ...p.round, requiredAttachments: [...p.round.requiredAttachments] },
    selfAssessment: p.selfAssessment ? { ...p.selfAssessment } : null,
    attachments: p.attachments.map((a) => ({ ...a })),
    sheet: first.computed.sheet ?? null,
    submittedAt: first.at,
    districtReview: null,
    cityReview: null,
    draw: null,
    scores: [],
    aggregate: null,
    publicity: null,
    objections: [],
    certificate: null,
    renewals: [],
    closing: null,
    updatedAt: first.at,
    version: 1,
    anomalies: [],
  };
}

function applyEffects(c: RecognitionApplication, a: RecognitionAction): void {
  switch (a.type) {
    case 'SUBMITTED':
      break;
    case 'DISTRICT_PASSED':
      c.districtReview = { by: a.actor.id, at: a.at, opinion: a.payload.opinion };
      break;
    case 'CITY_PASSED':
      c.cityReview = { by: a.actor.id, at: a.at, opinion: a.payload.opinion };
      break;
    case 'EXPERTS_ASSIGNED':
      c.draw = { seed: a.payload.seed, assigned: (a.computed.assigned ?? []).map((x) => ({ ...x })), recused: [...(a.computed.recused ?? [])], eligibleCount: a.computed.eligibleCount ?? 0, at: a.at };
      break;
    case 'SCORE_RECORDED':
      c.scores.push({ expertId: a.actor.id, scores: { ...a.payload.scores }, total: a.computed.total ?? 0, comment: a.payload.comment, at: a.at });
      break;
    case 'PUBLICITY_STARTED':
      c.aggregate = a.computed.aggregate ?? null;
      if (a.computed.publicityFrom && a.computed.publicityUntil) c.publicity = { from: a.computed.publicityFrom, until: a.computed.publicityUntil, workingDays: c.round.publicityWorkingDays };
      break;
    case 'OBJECTION_RECORDED':
      c.objections.push({ objectionId: a.payload.objectionId, text: a.payload.text, objector: a.payload.objector, receivedAt: a.at, answer: null });
      break;
    case 'OBJECTION_ANSWERED': {
      const o = c.objections.find((x) => x.objectionId === a.payload.objectionId);
      if (o) o.answer = { text: a.payload.answer, upheld: a.payload.upheld, at: a.at, by: a.actor.id };
      break;
    }
    case 'RECOGNISED':
      if (a.computed.validFrom && a.computed.validUntil) c.certificate = { number: a.payload.certificateNumber, validFrom: a.computed.validFrom, validUntil: a.computed.validUntil };
      break;
    case 'RE_REVIEW_REQUESTED':
      if (a.payload.selfAssessment) c.selfAssessment = { ...a.payload.selfAssessment };
      break;
    case 'RE_REVIEW_PASSED':
      if (c.certificate && a.computed.validFrom && a.computed.validUntil) {
        c.certificate = { ...c.certificate, validUntil: a.computed.validUntil };
        c.renewals.push({ at: a.at, validFrom: a.computed.validFrom, validUntil: a.computed.validUntil });
      }
      break;
    case 'WITHDRAWN':
    case 'REJECTED':
    case 'RE_REVIEW_FAILED':
    case 'REVOKED':
      c.closing = { type: a.type, reason: a.payload.reason, at: a.at, effectiveOn: a.computed.effectiveOn ?? null };
      if (a.type === 'REVOKED' && c.certificate && a.computed.validUntil) c.certificate = { ...c.certificate, validUntil: a.computed.validUntil };
      break;
  }
}

/**
 * Derives the application from its append-only log. Pure and total for any log starting with
 * SUBMITTED: an action the table would not allow is listed in `anomalies` and otherwise ignored.
 */
export function foldRecognition(log: readonly RecognitionAction[]): RecognitionApplication {
  return foldLog(log, 'recognition', {
    open: initial,
    transitionFor: recognitionTransitionFor,
    apply(c, a, t) {
      applyEffects(c, a);
      if (t.to !== 'SAME') c.status = t.to;
    },
  });
}
