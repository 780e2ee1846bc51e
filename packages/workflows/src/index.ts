/** @huiqi/workflows — pure workflow domains. Appeals (诉求办理) first. */
export * from './case-log';
export * from './appeals/index';
export * from './procurement';
export * from './benefits';
export * from './inspections';
export * from './consultation';
export * from './credit';
export * from './statistics';
export * from './services';
export * from './cultivation';
export * from './public-credit';
