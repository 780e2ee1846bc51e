export * from './loan-product';
