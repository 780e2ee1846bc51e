import { REPAIR_ACTION_LABELS, REPAIR_MEASURE_LABELS, REPAIR_STATUS_INFO, REPAIR_TRANSITIONS, type RepairActionType, type RepairCase, type RepairPerformer, type RepairStatusTransitions } from '@huiqi/workflows';

/** An application with the actions this viewer may take next. */
export function presentRepair(c: RepairCase, performer: RepairPerformer | null, mark: { subjectName: string; kindLabel: { zh: string; en: string } } | null) {
  const row: RepairStatusTransitions = REPAIR_TRANSITIONS[c.status];
  const actions = performer ? (Object.entries(row) as [RepairActionType, { by: readonly RepairPerformer[] }][]).filter(([, t]) => t.by.includes(performer)).map(([type]) => type) : [];
  return {
    repairId: c.repairId,
    markId: c.markId,
    uscc: c.uscc,
    subjectName: mark?.subjectName ?? null,
    kindLabel: mark?.kindLabel ?? null,
    status: c.status,
    statusLabel: REPAIR_STATUS_INFO[c.status].label,
    isFinal: REPAIR_STATUS_INFO[c.status].isFinal,
    measures: c.measures.map((m) => ({ code: m, label: REPAIR_MEASURE_LABELS[m] })),
    evidence: c.evidence,
    decisionDue: c.decisionDue,
    submittedAt: c.submittedAt,
    materialsRequested: c.materialsRequested,
    decision: c.decision ? { isApproved: c.decision.isApproved, reasons: c.decision.reasons, at: c.decision.at } : null,
    availableActions: actions.filter((a) => !(a === 'MATERIALS_REQUESTED' && c.materialsRequested !== null)).map((type) => ({ type, label: REPAIR_ACTION_LABELS[type] })),
  };
}
