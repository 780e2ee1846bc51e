export * from './articles';
export * from './service-categories';
export * from './services-error';
export * from './provider/index';
export * from './voucher/index';
