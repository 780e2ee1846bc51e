import type { Consultation, ConsultationComment, OpinionAnswer } from './consultation';

/** One opinion: a comment and the identical or duplicate comments counted with it. */
export interface Opinion {
  leadId: string;
  memberIds: string[];
  targetEid: string | null;
  citation: string | null;
  /** Number of commenters behind the opinion (the lead included). */
  supporters: number;
  answer: OpinionAnswer | null;
}

/** A comment that counts: neither withdrawn nor hidden. */
export function isActiveComment(c: ConsultationComment): boolean {
  return c.withdrawnAt === null && c.hidden === null;
}

/**
 * Groups the active comments into opinions: officer-confirmed groups first, then comments with
 * the same article and the same normalised text (mass submissions). The lead is the earliest
 * comment; the opinion's answer is the latest answer recorded on any member.
 */
export function groupOpinions(c: Pick<Consultation, 'comments'>): Opinion[] {
  const active = c.comments.filter(isActiveComment);
  const byId = new Map(active.map((x) => [x.commentId, x]));
  const leadOf = new Map<string, string>();
  for (const x of active) {
    if (x.groupedUnder && byId.has(x.groupedUnder)) leadOf.set(x.commentId, x.groupedUnder);
  }
  const firstByKey = new Map<string, string>();
  for (const x of active) {
    if (leadOf.has(x.commentId)) continue;
    const key = `${x.targetEid ?? ''}\u0000${x.textKey}`;
    const first = firstByKey.get(key);
    if (first && x.textKey !== '') leadOf.set(x.commentId, first);
    else firstByKey.set(key, x.commentId);
  }
  const groups = new Map<string, ConsultationComment[]>();
  for (const x of active) {
    let lead = x.commentId;
    for (let i = 0; i < 8 && leadOf.has(lead); i++) lead = leadOf.get(lead)!;
    const list = groups.get(lead) ?? [];
    list.push(x);
    groups.set(lead, list);
  }
  const out: Opinion[] = [];
  for (const [leadId, members] of groups) {
    const lead = byId.get(leadId)!;
    let answer: OpinionAnswer | null = null;
    for (const m of members) if (m.answer && (!answer || m.answer.at >= answer.at)) answer = m.answer;
    out.push({ leadId, memberIds: members.map((m) => m.commentId), targetEid: lead.targetEid, citation: lead.citation, supporters: members.length, answer });
  }
  return out;
}

/** The opinion a comment belongs to, or null when the comment is withdrawn, hidden or unknown. */
export function opinionOf(c: Pick<Consultation, 'comments'>, commentId: string): Opinion | null {
  return groupOpinions(c).find((o) => o.memberIds.includes(commentId)) ?? null;
}
