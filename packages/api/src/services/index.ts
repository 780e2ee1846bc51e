export { servicesModule } from './services-module';
export { sweepVoucherExpiry, VOUCHER_EXPIRY_QUEUE } from './sweep-voucher-expiry';
export { setServicesClock } from './services-clock';
export { registerProvider, actOnProvider, providerOfUscc } from './provider-service';
export { createProgramme, issueVouchers } from './voucher-service';
