export * from './loan-product';
export * from './loan-product-reasons';
