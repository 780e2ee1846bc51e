export type { AccountsAuditEvent } from './accounts-audit-events';
export {
  addEnterpriseStaff, countActiveEnterpriseUsers, createEnterpriseUser, enterpriseAdministratorIds, findRegistryEntry, isEnterpriseAdministrator, listEnterpriseStaff,
  removeEnterpriseStaff, usernameTaken, type AddStaffOutcome, type NewEnterpriseUser, type RegistryEntry, type RemoveStaffOutcome, type StaffAccount,
} from './enterprise-staff';
export {
  OIDC_ATTEMPT_TTL_MS, oidcUsername, recordOidcRefusal, saveSignInAttempt, signInWithOidc, takeSignInAttempt, type OidcSignInResult, type VerifiedIdentity,
} from './oidc-sign-in';
export {
  decideRegistration, getRegistration, listRegistrations, submitRegistration,
  type DecideOutcome, type EnterpriseRegistration, type RegistrationInput, type RegistrationStatus, type SubmitOutcome,
} from './enterprise-registrations';
export { normaliseLegalRepresentative, sameLegalRepresentative } from './legal-representative';
