export { consultationModule } from './consultation-module';
export { openConsultation, actOnConsultation, loadConsultation } from './consultation-service';
export { draftTree } from './consultation-runtime';
