export * from './types';
export * from './citations';
export * from './exact-rate';
export * from './rate-ranges';
export * from './evaluate-bids';
export * from './procurement-plan';
export * from './assess-reserved-shares';
