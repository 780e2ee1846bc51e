export type { CreditAuditEvent } from './credit-audit-events';
export { consentsForPair, findConsent, insertConsent, listConsents, revokeConsent, type ConsentFilter, type StoredConsent } from './credit-consents';
export { appendAccessEntry, listAccessEntries, oversightByInstitution, type AccessEntry, type AccessFilter, type InstitutionOversight, type NewAccessEntry } from './credit-access-log';
export { appendDemandAction, createDemand, listDemands, listLoans, loadDemandLog, type DemandFilter, type DemandSummary, type LoanRecord } from './financing-demands';
export { listInstitutions, type InstitutionEntry } from './institutions';
export { CURRENT_FIRST_LOAN_POLICY_ID, FIRST_LOAN_POLICY_ID, FIRST_LOAN_POLICY_IDS, firstLoanFacts, refreshFirstLoanFacts, type FirstLoanFacts, type LoanForFacts } from './first-loan-facts';
export {
  designatePartnerDepartment, enterpriseExists, findEdition, findNomination, insertCosign, insertNomination, insertRemoval, insertReview, isPartnerDepartment, listNominations, listRemovals,
  onLatestEdition, pendingNomination, publishEdition, whitelistedOn, type WhitelistEdition, type WhitelistNomination, type WhitelistRemoval,
} from './financing-whitelist';
export { findLoanProduct, insertLoanProduct, listLoanProducts, withdrawLoanProduct, type StoredLoanProduct } from './loan-products';
export type { RiskSharingAuditEvent } from './risk-sharing-audit-events';
export {
  appendClaimAction, claimsCommittedFen, findClaimIdByLoan, findClaimPayment, findPoolRegistration, insertClaim, insertPoolRegistration, listClaimIds, listPoolRegistrations, loadClaimLog,
  findRecordedLoan, lockPayableClaimsOfFund, upsertClaimPaymentLine, type PayableClaim, type PoolRegistration,
} from './risk-pool';
