export type { BenefitAuditEvent } from './benefit-audit-events';
export {
  COMMITTING_STATUS_SQL, findFundPolicy, findSharedFacts, fundUse, grantFinanceOfficer, isFinanceOfficer, linkPolicyToFund, listFundPolicies, listFundUse,
  listSharedFacts, recordSharedFacts, saveFund, type BenefitFund, type FundPolicyLink, type FundUse,
} from './benefit-funds';
export {
  appendBenefitAction, casesFundingExpense, createBenefitCase, findBenefitCase, grantedToEnterprise, listBenefitCasePage, listBenefitCases, loadBenefitCase, nextBenefitTrackingSerial,
  type BenefitCaseQuery, type BenefitCaseRow, type BenefitProjection, type NewBenefitCase, type StoredBenefitAction,
} from './benefit-cases';
export { countBenefitAttachments, insertBenefitAttachment, listBenefitAttachments, readBenefitAttachment, type BenefitAttachmentInfo } from './benefit-attachments';
export {
  countBatchPayments, findBankImport, findPaymentForUpdate, insertPaymentBatch, listBatchPayments, listBatchPaymentsPage, listPaymentBatches, recordBankImport, settlePayment, upsertPayment,
  type BenefitPaymentBatch, type BenefitPaymentRow,
} from './benefit-payments';
export { benefitUse, noticesEnded, overdueBenefitCases, type BenefitUseRow } from './benefit-stats';
export { BENEFIT_DEMO_ENTERPRISES, BENEFIT_DEMO_FUNDS, BENEFIT_DEMO_LINKS, BENEFIT_DEMO_LOGINS, BENEFIT_DEMO_SOURCE, seedBenefitsDemo } from './benefits-demo';
export { listSharedFactsOf } from './benefit-funds';
