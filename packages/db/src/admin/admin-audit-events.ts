/** Audit events of administration (persisted type codes, never renamed). */
export type AdminAuditEvent =
  | { type: 'ADMIN_DEPARTMENT_CREATED'; subject: string; payload: { nameZh: string; jurisdiction: string; parentId: string | null } }
  | { type: 'ADMIN_DEPARTMENT_UPDATED'; subject: string; payload: { changedFields: string[] } }
  | { type: 'ADMIN_DEPARTMENT_DEACTIVATED'; subject: string; payload: Record<string, never> }
  | { type: 'ADMIN_USER_CREATED'; subject: string; payload: { username: string; role: string; departmentId: string | null; via: 'CONSOLE' | 'CLI' } }
  | { type: 'ADMIN_USER_DISABLED'; subject: string; payload: { username: string } }
  | { type: 'ADMIN_USER_ENABLED'; subject: string; payload: { username: string } }
  | { type: 'ADMIN_PASSWORD_CHANGE_FORCED'; subject: string; payload: { username: string } }
  | { type: 'ADMIN_PASSWORD_RESET'; subject: string; payload: { username: string } }
  | { type: 'ADMIN_TOKEN_CREATED'; subject: string; payload: { tokenId: string; name: string; prefix: string; intakeKinds: string[]; expiresAt: string | null } }
  | { type: 'ADMIN_TOKEN_REVOKED'; subject: string; payload: { tokenId: string } }
  | { type: 'USER_PASSWORD_CHANGED'; subject: string; payload: { wasForced: boolean } }
  | { type: 'BENEFIT_FUND_BUDGET_CHANGE_PROPOSED'; subject: string; payload: { changeId: string; oldBudgetFen: number; newBudgetFen: number; thresholdFen: number; status: 'APPLIED' | 'PENDING' } }
  | { type: 'BENEFIT_FUND_BUDGET_CHANGE_DECIDED'; subject: string; payload: { changeId: string; approved: boolean; newBudgetFen: number } };
