export * from './claim-status';
export * from './claim-transitions';
export * from './claim-action';
export * from './fold-claim';
export * from './risk-sharing-error';
export * from './apply-claim-action';
export * from './compensation-rule';
