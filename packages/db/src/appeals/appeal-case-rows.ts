import type { AppealCaseRow } from './appeal-records';

export const CASE_COLUMNS = `case_id, tracking_number, submitter_scope, idempotency_key, type, jurisdiction, status, is_anonymous,
  reporter_user_id, reporter_uscc, owner_department, lead_department, co_handlers, assigned_ever, title,
  submitted_at, updated_at, closed_at, next_due_at, is_paused, version`;

export interface CaseRowDb {
  case_id: string;
  tracking_number: string;
  submitter_scope: string;
  idempotency_key: string;
  type: string;
  jurisdiction: string;
  status: string;
  is_anonymous: boolean;
  reporter_user_id: string | null;
  reporter_uscc: string | null;
  owner_department: string;
  lead_department: string | null;
  co_handlers: string[];
  assigned_ever: string[];
  title: string;
  submitted_at: string;
  updated_at: string;
  closed_at: string | null;
  next_due_at: string | null;
  is_paused: boolean;
  version: number;
}

export function toCaseRow(r: CaseRowDb): AppealCaseRow {
  return {
    caseId: r.case_id,
    trackingNumber: r.tracking_number,
    submitterScope: r.submitter_scope,
    idempotencyKey: r.idempotency_key,
    type: r.type,
    jurisdiction: r.jurisdiction,
    status: r.status,
    isAnonymous: r.is_anonymous,
    reporterUserId: r.reporter_user_id,
    reporterUscc: r.reporter_uscc,
    ownerDepartment: r.owner_department,
    leadDepartment: r.lead_department,
    coHandlers: r.co_handlers,
    assignedEver: r.assigned_ever,
    title: r.title,
    submittedAt: r.submitted_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
    nextDueAt: r.next_due_at,
    isPaused: r.is_paused,
    version: r.version,
  };
}
