/** 优质中小企业梯度培育: recognition of 创新型 / 专精特新 / 小巨人 as a case log (issue 17). */
export * from './tier';
export * from './status';
export * from './actor';
export * from './action';
export * from './transition-table';
export * from './recognition';
export * from './recognition-error';
export * from './recognition-context';
export * from './scoring-sheet';
export * from './aggregation';
export * from './validity';
export * from './draw-experts';
export * from './fold-recognition';
export * from './performers';
export * from './apply-recognition-action';
export * from './self-assessment';
export * from './innovation-score';
