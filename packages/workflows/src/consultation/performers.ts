import type { ConsultationActionInput } from './action';
import { isCommenter, type ConsultationActor } from './actor';
import type { Consultation } from './consultation';
import type { ConsultationPerformer } from './transition-table';

/** The roles `actor` holds for action `a` on consultation `c`. */
export function consultationPerformersOf(actor: ConsultationActor, c: Consultation, a: ConsultationActionInput | null): Set<ConsultationPerformer> {
  const out = new Set<ConsultationPerformer>();
  if (actor.kind === 'SYSTEM') out.add('SYSTEM');
  if (actor.kind === 'OFFICER' && actor.departmentId !== null && actor.departmentId === c.ownerDepartment) out.add('OWNER');
  if (isCommenter(actor)) {
    out.add('COMMENTER');
    const id = a && (a.type === 'COMMENT_EDITED' || a.type === 'COMMENT_WITHDRAWN') ? a.payload.commentId : null;
    const x = id ? c.comments.find((y) => y.commentId === id) : undefined;
    if (x && x.author.id === actor.id && x.author.kind === actor.kind) out.add('AUTHOR');
  }
  return out;
}
