export { consultationModule } from './consultation-module';
export { openConsultation, actOnConsultation, loadConsultation } from './consultation-service';
export { sweepConsultationPeriods } from './sweep-consultation-periods';
export { draftTree } from './consultation-runtime';
