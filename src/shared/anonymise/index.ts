export * from './table';
export * from './suppression';
export * from './themes';
export { auditPublished, intervalAttack, linearAttack, singleUnknownAttack, type Disclosure, type Prior } from './audit';
export { recoverBySubtraction, verifyPublished } from './verify';
