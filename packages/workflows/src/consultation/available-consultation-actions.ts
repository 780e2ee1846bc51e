import type { ConsultationActionType } from './action';
import type { ConsultationActor } from './actor';
import type { Consultation } from './consultation';
import { consultationPerformersOf } from './performers';
import { CONSULTATION_TRANSITIONS, type ConsultationStatusTransitions } from './transition-table';

/**
 * What `actor` may do next on the consultation as a whole (AUTHOR actions are offered per
 * comment by the presenter). The UI shows only these.
 */
export function availableConsultationActions(c: Consultation, actor: ConsultationActor): ConsultationActionType[] {
  const roles = consultationPerformersOf(actor, c, null);
  const row: ConsultationStatusTransitions = CONSULTATION_TRANSITIONS[c.status];
  return (Object.entries(row) as [ConsultationActionType, { by: readonly string[] }][]).filter(([, t]) => t.by.some((p) => roles.has(p as never))).map(([a]) => a);
}
