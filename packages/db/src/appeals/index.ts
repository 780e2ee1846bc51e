export type { AppealAuditEvent } from './appeal-audit-events';
export type { AppealCaseProjection, AppealCaseRow, StoredAppealAction } from './appeal-records';
export { nextTrackingSequence } from './tracking-sequence';
export { appendAppealAction, createAppealCase, loadAppealLog, loadAppealLogs, type CreateAppealCaseOutcome } from './appeal-log';
export {
  APPEAL_LIST_MAX_OFFSET, findAppealCaseById, findAppealCaseByTrackingNumber, listAppealCases, listOpenAppealCaseIds, type AppealCasePage, type AppealCaseQuery, type AppealCaseScope,
} from './find-appeal-cases';
export {
  findAppealAttachment, insertAppealAttachment, linkAppealAttachments, readAppealAttachmentContent, type AppealAttachmentInfo,
} from './appeal-attachments';
export { allocateTrackingSequences, createAppealCasesBatch, type NewAppealCase } from './create-appeal-cases-batch';
