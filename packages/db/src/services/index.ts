export type { ServicesAuditEvent } from './services-audit-events';
export { appendProviderAction, createProvider, findProviderIdByUscc, listProviderIds, loadProviderLog, type ProviderListFilter } from './provider-log';
export { findProgramme, insertProgramme, listProgrammes, programmeBudgetUse } from './voucher-programmes';
export { appendVoucherAction, findVoucherIdByCode, holdsVoucherOf, insertIssuedVouchers, listExpiringVoucherIds, listVoucherIds, loadVoucherLog, lockUnclaimedVoucher, type VoucherFilter } from './voucher-log';
export { auditSettlementBatch, findVoucherPayment, upsertVoucherPaymentLine, lockRedeemedVouchersOfFund, type RedeemedVoucher } from './voucher-settlement';
export { registryParty } from './party-facts';
