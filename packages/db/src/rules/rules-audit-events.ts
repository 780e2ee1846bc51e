/** Audit events of the rules module. Type codes are persisted: never rename one. */
export type RulesAuditEvent = {
  type: 'DECLARED_FACTS_RECORDED';
  subject: string;
  payload: { fiscalYear: number; version: number; changedFields: string[] };
};
