import {
  availableConsultationActions, consultationStatuses, groupOpinions, type Consultation, type ConsultationActor, type ConsultationComment, type Opinion,
} from '@huiqi/workflows';

const KIND_LABEL = { ENTERPRISE: '企业', ASSOCIATION: '行业协会', PUBLIC: '社会公众' } as const;
export const OUTCOME_LABEL = { ADOPTED: '采纳', PARTLY_ADOPTED: '部分采纳', NOT_ADOPTED: '未采纳', OUT_OF_SCOPE: '不属于征求意见范围' } as const;

export interface Viewer {
  actor: ConsultationActor | null;
  isOwner: boolean;
}

export function viewerOf(c: Consultation, actor: ConsultationActor | null): Viewer {
  return { actor, isOwner: actor?.kind === 'OFFICER' && actor.departmentId === c.ownerDepartment };
}

const isMine = (x: ConsultationComment, v: Viewer) => v.actor !== null && v.actor.kind === x.author.kind && v.actor.id === x.author.id;

/**
 * A comment as this viewer may see it. The public sees a hidden comment's reason, not its text;
 * names only when the consultation publishes identities; answers once the feedback is published.
 * The owner and the author see everything about it. Texts are returned as written: every page
 * renders them as text (never as HTML).
 */
export function presentComment(c: Consultation, x: ConsultationComment, v: Viewer, opinion: Opinion | null) {
  const mine = isMine(x, v);
  const full = v.isOwner || mine;
  const showText = x.hidden === null || full;
  const showAnswer = v.isOwner || c.status === 'CLOSED';
  const answer = showAnswer ? (opinion?.answer ?? null) : null;
  return {
    commentId: x.commentId,
    targetEid: x.targetEid,
    articleEid: x.articleEid,
    citation: x.citation ?? '整体意见',
    text: showText ? x.text : null,
    proposedWording: showText ? x.proposedWording : null,
    attachment: full && x.attachment ? { id: x.attachment.id, name: x.attachment.name, mediaType: x.attachment.mediaType, bytes: x.attachment.bytes } : null,
    author: { kindLabel: KIND_LABEL[x.author.kind], name: full || c.isIdentityPublished ? x.author.displayName : null },
    submittedAt: x.submittedAt,
    editedAt: x.editedAt,
    isWithdrawn: x.withdrawnAt !== null,
    hidden: x.hidden ? { reason: x.hidden.reason, at: x.hidden.at } : null,
    isMine: mine,
    canChange: mine && c.status === 'OPEN' && x.withdrawnAt === null && x.hidden === null,
    opinion: opinion ? { leadId: opinion.leadId, supporters: opinion.supporters, isLead: opinion.leadId === x.commentId } : null,
    answer: answer ? { outcome: answer.outcome, outcomeLabel: OUTCOME_LABEL[answer.outcome], reason: answer.reason, at: answer.at } : null,
  };
}

/** Number of comments (not withdrawn, not hidden) per article: the reader's heat strip. */
export function heatOf(c: Consultation): { articleEid: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const x of c.comments) if (x.articleEid && x.withdrawnAt === null && x.hidden === null) counts.set(x.articleEid, (counts.get(x.articleEid) ?? 0) + 1);
  return [...counts].map(([articleEid, count]) => ({ articleEid, count }));
}

export function presentConsultation(c: Consultation, v: Viewer, workTitle: string | null) {
  const opinions = groupOpinions(c);
  const opinionOf = new Map<string, Opinion>();
  for (const o of opinions) for (const m of o.memberIds) opinionOf.set(m, o);
  const visible = c.comments.filter((x) => x.withdrawnAt === null || isMine(x, v) || v.isOwner);
  const s = consultationStatuses[c.status];
  return {
    consultationId: c.consultationId,
    title: c.title,
    issuingBody: c.issuingBody,
    draft: { ...c.draft, title: workTitle },
    contact: c.contact,
    startDate: c.startDate,
    endDate: c.endDate,
    periodDays: c.periodDays,
    minimumDays: c.minimumDays,
    isMinimumUnverified: c.isMinimumUnverified,
    earliestEndDate: c.earliestEndDate,
    shortPeriodReason: c.shortPeriodReason,
    explanatoryNote: c.explanatoryNote,
    isIdentityPublished: c.isIdentityPublished,
    status: c.status,
    statusLabel: s.label,
    isFinal: s.isFinal,
    openedAt: c.openedAt,
    periodEndedAt: c.periodEndedAt,
    publishedAt: c.publishedAt,
    revised: c.revised && (v.isOwner || c.status === 'CLOSED') ? { versionId: c.revised.versionId, links: c.revised.links, at: c.revised.at } : null,
    isOwner: v.isOwner,
    canComment: c.status === 'OPEN' && v.actor !== null && v.actor.kind !== 'OFFICER' && v.actor.kind !== 'SYSTEM',
    actions: v.actor ? availableConsultationActions(c, v.actor) : [],
    unansweredCount: opinions.filter((o) => !o.answer).length,
    heat: heatOf(c),
    comments: visible.map((x) => presentComment(c, x, v, opinionOf.get(x.commentId) ?? null)),
  };
}
