export * from './plain-date';
export * from './money';
export * from './uscc';
export * from './result';
export * from './messages';
export * from './intake-kind';
