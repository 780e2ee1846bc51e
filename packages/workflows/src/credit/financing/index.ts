export * from './demand';
export * from './demand-status';
export * from './demand-transitions';
export * from './demand-action';
export * from './fold-demand';
export * from './financing-error';
export * from './apply-demand-action';
