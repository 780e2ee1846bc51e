/** Audit events of data intake (persisted type codes, never renamed). */
export type IntakeAuditEvent = {
  type: 'INTAKE_BATCH_RECEIVED';
  subject: string;
  payload: { kind: string; departmentId: string | null; batchKey: string; channel: string; status: string; rows: number; inserted: number; updated: number; unchanged: number; rejected: number };
};
