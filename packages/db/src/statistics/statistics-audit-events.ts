/** Audit events of the statistics module. Type codes are persisted: never rename one. */
export type StatisticsAuditEvent =
  | { type: 'STATISTICS_REPORT_NARRATIVE_SAVED'; subject: string; payload: { year: number; section: string; version: number; length: number } };
