export * from './articles';
export * from './scopes';
export * from './consent';
export * from './credit-error';
export * from './check-grant';
export * from './decide-access';
export * from './verification';
export * from './receipt';
