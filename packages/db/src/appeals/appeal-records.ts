/**
 * Storage shapes of the appeals module. The database package does not know the appeals domain
 * (`@huiqi/workflows`): actions are stored as the JSON the domain produced, and the projection is
 * whatever the caller folded from the log. The API layer converts in both directions.
 */

/** One entry of a case's append-only log, as the domain stored it. */
export interface StoredAppealAction {
  id: string;
  type: string;
  /** ISO instant with offset, exactly as recorded by the domain. */
  at: string;
  actor: { role: string; userId: string; departmentId: string | null; enterpriseId: string | null };
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

/** The queryable projection of a case (folded from its log in the same transaction). */
export interface AppealCaseProjection {
  caseId: string;
  trackingNumber: string;
  type: string;
  jurisdiction: string;
  status: string;
  isAnonymous: boolean;
  reporterUserId: string | null;
  reporterUscc: string | null;
  ownerDepartment: string;
  leadDepartment: string | null;
  coHandlers: string[];
  assignedEver: string[];
  title: string;
  submittedAt: string;
  updatedAt: string;
  closedAt: string | null;
  nextDueAt: string | null;
  isPaused: boolean;
  /** Number of actions in the log. */
  version: number;
}

/** A projection row as read back, with the submission scope and key. */
export interface AppealCaseRow extends AppealCaseProjection {
  submitterScope: string;
  idempotencyKey: string;
}
