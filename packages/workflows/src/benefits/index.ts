/** Benefits delivered (惠企政策兑现): application and 免申即享 case logs, fund checks, payment files. */
export * from './status';
export * from './status-labels';
export * from './benefit-action';
export * from './benefit-error';
export * from './transition-table';
export * from './fold-case';
export * from './apply-action';
export * from './fund-checks';
export * from './small-micro-share';
export * from './payment-file';
export * from './attachment-check';
export * from './review-deadline';
export * from './tracking-number';
