import type { ConsultationAction } from './action';
import { isCommenter } from './actor';
import type { Consultation, ConsultationComment } from './consultation';
import { commentTextKey } from './comment-text-key';
import { consultationTransitionFor } from './transition-table';
import { foldLog } from '../case-log';

function initial(first: ConsultationAction): Consultation {
  if (first.type !== 'OPENED') throw new RangeError(`a consultation log must start with OPENED, not ${first.type}`);
  const p = first.payload;
  return {
    consultationId: p.consultationId,
    status: 'OPEN',
    draft: { ...p.draft },
    title: p.title,
    issuingBody: p.issuingBody,
    ownerDepartment: p.ownerDepartment,
    jurisdiction: p.jurisdiction,
    contact: { ...p.contact },
    startDate: p.startDate,
    endDate: p.endDate,
    explanatoryNote: p.explanatoryNote,
    isIdentityPublished: p.isIdentityPublished,
    shortPeriodReason: p.shortPeriodReason,
    notifyEnterprises: p.notifyEnterprises ?? false,
    periodDays: first.computed.periodDays ?? 0,
    minimumDays: first.computed.minimumDays ?? 0,
    isMinimumUnverified: first.computed.isMinimumUnverified ?? false,
    earliestEndDate: first.computed.earliestEndDate ?? null,
    openedAt: first.at,
    openedBy: first.actor.id,
    periodEndedAt: null,
    publishedAt: null,
    cancellation: null,
    comments: [],
    revised: null,
    updatedAt: first.at,
    version: 1,
    anomalies: [],
  };
}

function applyEffects(c: Consultation, a: ConsultationAction): void {
  const find = (id: string): ConsultationComment | undefined => c.comments.find((x) => x.commentId === id);
  switch (a.type) {
    case 'OPENED':
      break;
    case 'COMMENT_SUBMITTED': {
      const p = a.payload;
      if (!isCommenter(a.actor)) return;
      c.comments.push({
        commentId: p.commentId,
        author: { kind: a.actor.kind, id: a.actor.id, displayName: a.actor.displayName },
        targetEid: p.targetEid,
        citation: a.computed.citation ?? null,
        articleEid: a.computed.articleEid ?? null,
        text: p.text,
        proposedWording: p.proposedWording,
        attachment: p.attachment,
        textKey: a.computed.textKey ?? commentTextKey(p.text),
        submittedAt: a.at,
        editedAt: null,
        withdrawnAt: null,
        hidden: null,
        groupedUnder: null,
        answer: null,
      });
      break;
    }
    case 'COMMENT_EDITED': {
      const x = find(a.payload.commentId);
      if (!x) return;
      x.targetEid = a.payload.targetEid;
      x.citation = a.computed.citation ?? null;
      x.articleEid = a.computed.articleEid ?? null;
      x.text = a.payload.text;
      x.proposedWording = a.payload.proposedWording;
      x.attachment = a.payload.attachment;
      x.textKey = a.computed.textKey ?? commentTextKey(a.payload.text);
      x.editedAt = a.at;
      break;
    }
    case 'COMMENT_WITHDRAWN': {
      const x = find(a.payload.commentId);
      if (x) x.withdrawnAt = a.at;
      break;
    }
    case 'COMMENT_HIDDEN': {
      const x = find(a.payload.commentId);
      if (x) x.hidden = { reason: a.payload.reason, at: a.at };
      break;
    }
    case 'COMMENTS_GROUPED':
      for (const id of a.payload.memberIds) {
        const x = find(id);
        if (x && id !== a.payload.leadId) x.groupedUnder = a.payload.leadId;
      }
      break;
    case 'PERIOD_ENDED':
      c.periodEndedAt = a.at;
      break;
    case 'OPINION_ANSWERED': {
      const x = find(a.payload.commentId);
      if (x) x.answer = { outcome: a.payload.outcome, reason: a.payload.reason, at: a.at, by: a.actor.id };
      break;
    }
    case 'REVISED_DRAFT_LINKED':
      c.revised = { versionId: a.payload.versionId, text: a.payload.text ?? null, links: a.payload.links.map((l) => ({ ...l, commentIds: [...l.commentIds] })), at: a.at };
      break;
    case 'FEEDBACK_PUBLISHED':
      c.publishedAt = a.at;
      break;
    case 'CANCELLED':
      c.cancellation = { reason: a.payload.reason, at: a.at };
      break;
  }
}

/**
 * Derives the consultation from its append-only log. Pure and total for any log that starts
 * with OPENED: an action the table would not allow is listed in `anomalies` and otherwise
 * ignored. An empty log is a programmer error (throws).
 */
export function foldConsultation(log: readonly ConsultationAction[]): Consultation {
  return foldLog(log, 'consultation', {
    open: initial,
    transitionFor: consultationTransitionFor,
    apply(c, a, t) {
      applyEffects(c, a);
      if (t.to !== 'SAME') c.status = t.to;
    },
  });
}
