import { appealStatuses, type AppealStatus, type CaseView } from '@huiqi/workflows';

/** The four stages the web shows as steps (提交 → 办理 → 答复 → 办结); the timeline lists every action. */
export const APPEAL_STAGES = ['SUBMITTED', 'HANDLING', 'ANSWERED', 'CLOSED'] as const;
export type AppealStage = (typeof APPEAL_STAGES)[number];

/** Which stage a status belongs to: rejected and withdrawn cases are closed too (final). */
export function stageOf(status: AppealStatus): AppealStage {
  if (status === 'SUBMITTED') return 'SUBMITTED';
  if (appealStatuses[status].isFinal) return 'CLOSED';
  if (status === 'ANSWERED' || status === 'RATED') return 'ANSWERED';
  return 'HANDLING';
}

/** What the server knows about a status and the UI should not re-derive: final or not, its stage. */
export function statusFacts(status: AppealStatus): { isFinal: boolean; stage: AppealStage } {
  return { isFinal: appealStatuses[status].isFinal, stage: stageOf(status) };
}

/** A case as the API sends it: the viewer's view plus the facts of its status. */
export type AppealCaseView = CaseView & { isFinal: boolean; stage: AppealStage };

export function withStatusFacts(view: CaseView): AppealCaseView {
  return { ...view, ...statusFacts(view.status) };
}
