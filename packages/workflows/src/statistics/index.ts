export * from './indicator-definitions';
export * from './stat-month';
export * from './registry-indicators';
export * from './registry-tables';
export * from './disclosure-control';
export * from './annual-report';
export * from './fund-evaluation';
