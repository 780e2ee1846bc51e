export { servicesModule } from './services-module';
export { sweepVoucherExpiry, VOUCHER_EXPIRY_QUEUE } from './sweep-voucher-expiry';
export { setServicesClock } from './services-clock';
