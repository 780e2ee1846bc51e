export * from './provider-status';
export * from './provider-action';
export * from './provider-transitions';
export * from './fold-provider';
export * from './check-declaration';
export * from './apply-provider-action';
