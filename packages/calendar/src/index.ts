export * from './year-entry';
export * from './calendar-error';
export * from './parse-year-entry';
export * from './jurisdiction-chain';
export * from './create-calendar';
export * from './compute-deadline';
export * from './load-shipped';
