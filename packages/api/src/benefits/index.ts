export { benefitsModule } from './benefits-module';
export { benefitsMatrix } from './benefits.matrix';
export { BENEFITS_ERROR_CODES } from './benefits-error-codes';
export { assessPolicy, assessmentDate, type Assessment } from './benefit-assessment';
export { actOnCase, actInTransaction } from './benefits-service';
export { compareData } from './benefits-no-application';
export { createPaymentBatch, importBankReturn } from './benefits-payments';
export { fundDashboard, minimumShare } from './benefits-funds';
export { sweepBenefits } from './benefits-sweep';
