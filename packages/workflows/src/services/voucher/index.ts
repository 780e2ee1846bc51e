export * from './voucher-status';
export * from './voucher-action';
export * from './voucher-transitions';
export * from './fold-voucher';
export * from './related-party';
export * from './programme';
export * from './apply-voucher-action';
