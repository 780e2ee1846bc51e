/** Audit events of the statistics module. Type codes are persisted: never rename one. */
export type StatisticsAuditEvent =
  | { type: 'STATISTICS_REPORT_NARRATIVE_SAVED'; subject: string; payload: { year: number; section: string; version: number; length: number } }
  | { type: 'STATISTICS_RELEASE_PUBLISHED'; subject: string; payload: { month: string; trigger: 'SCHEDULE' | 'MANUAL'; figureYear: number; snapshotSeq: number; tables: number; hiddenCells: number } }
  | { type: 'STATISTICS_RELEASE_DAY_SET'; subject: string; payload: { releaseDay: number; previous: number } }
  | { type: 'STATISTICS_FUND_EVALUATION_RECORDED'; subject: string; payload: { fundId: string; kind: string; reportDate: string; conclusion: string; version: number } }
  | { type: 'STATISTICS_FUND_EVALUATION_CHANGED'; subject: string; payload: { fundId: string; kind: string; reportDate: string; conclusion: string; version: number; published: boolean } }
  | { type: 'STATISTICS_FUND_EVALUATION_PUBLISHED'; subject: string; payload: { fundId: string; kind: string; reportDate: string; conclusion: string; version: number } };
