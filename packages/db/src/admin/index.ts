export { createOfficer, listAccounts, setAccountDisabled, forcePasswordChange, resetPassword, changeOwnPassword, temporaryPassword, OFFICER_ROLES, isOfficerRole, roleNeedsDepartment, USERNAME_PATTERN, type NewOfficer, type OfficerRole, type AdminUserView, type UserFilter } from './admin-users';
export { type AdminProblem } from './admin-problem';
export { passwordWeakness, MIN_PASSWORD_LENGTH } from '../identity/password-policy';
