export { consultationModule } from './consultation-module';
export { openConsultation, actOnConsultation, loadConsultation } from './consultation-service';
export { sweepConsultationPeriods } from './sweep-consultation-periods';
export { draftTree, draftTreeOf } from './consultation-runtime';
export { notifyConsultation, audienceOf } from './notify-consultation';
export { CONSULTATION_NOTICES_QUEUE, enqueueConsultationNoticeJobs, type ConsultationNoticeJobPayload } from './consultation-notice-jobs';
