export type { ConsultationAuditEvent } from './consultation-audit-events';
export type { ConsultationProjection, StoredConsultationAction } from './consultation-records';
export { appendConsultationAction, createConsultation, loadConsultationLog } from './consultation-log';
export { findConsultation, listConsultations, listConsultationsPastEnd, type ConsultationQuery } from './find-consultations';
export {
  CONTACT_CODE_MAX_ATTEMPTS, CONTACT_CODE_TTL_MS, createContactChallenge, findVerifiedContact, verifyContactCode,
  type ContactChannel, type CommenterKindOfContact, type VerifiedContact, type VerifyContactOutcome,
} from './consultation-contacts';
export { findConsultationAttachment, insertConsultationAttachment, readConsultationAttachmentContent, type ConsultationAttachmentInfo } from './consultation-attachments';
export { countConsultationNotices, insertConsultationNotices, type ConsultationAudience } from './consultation-notices';
