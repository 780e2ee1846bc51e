export { createOfficer, listAccounts, setAccountDisabled, forcePasswordChange, resetPassword, changeOwnPassword, temporaryPassword, OFFICER_ROLES, isOfficerRole, roleNeedsDepartment, USERNAME_PATTERN, type NewOfficer, type OfficerRole, type AdminUserView, type UserFilter } from './admin-users';
export { createDepartment, updateDepartment, deactivateDepartment, listDepartmentsForAdmin, findDepartmentForAdmin, DEPARTMENT_ID_PATTERN, type DepartmentAdminView, type DepartmentFields } from './admin-departments';
export { createDepartmentToken, listDepartmentTokens, revokeDepartmentToken, MAX_TOKEN_LIFETIME_DAYS, type DepartmentTokenInput, type DepartmentTokenView } from './admin-tokens';
export { type AdminProblem } from './admin-problem';
export { passwordWeakness, MIN_PASSWORD_LENGTH } from '../identity/password-policy';
export { findTokenPrincipal, type TokenLookup, type TokenScope } from '../identity/token-principal';
export { proposeBudgetChange, decideBudgetChange, listBudgetChanges, budgetApprovalThreshold, BUDGET_APPROVAL_THRESHOLD_KEY, DEFAULT_BUDGET_APPROVAL_THRESHOLD_FEN, type BudgetChange } from './fund-budget-changes';
