/** Inspections (双随机、一公开, 监督码): see README.md for the concept map. */
export * from './inspection-error';
export * from './sampling-ratio';
export * from './prefixed-sha256';
export * from './candidate-columns';
export * from './draw-columns';
export * from './draw-sample';
export * from './draw-inspectors';
export * from './candidate-lines';
export * from './plan-status';
export * from './plan-transition-table';
export * from './plan-action';
export * from './inspection-plan';
export * from './apply-plan-action';
export * from './seed-commitment';
export * from './inspection-item';
export * from './supervision-code';
export * from './visit-registration';
