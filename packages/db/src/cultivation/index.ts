export type { CultivationAuditEvent } from './cultivation-audit-events';
export type { CultivationAttachmentInfo, CultivationExpert, CultivationProjection, CultivationRound, StoredCultivationAction } from './cultivation-records';
export { appendCultivationAction, createCultivationApplication, loadCultivationLog } from './cultivation-log';
export { createCultivationRound, findCultivationRound, listCultivationRounds } from './cultivation-rounds';
export { findCultivationExpert, listCultivationExperts, saveCultivationExpert } from './cultivation-experts';
export { findCultivationAttachments, insertCultivationAttachment, readCultivationAttachmentContent } from './cultivation-attachments';
export { listCultivationApplications, listCultivationPublicity, liveCultivationApplicationIds, type CultivationQuery } from './find-cultivation-applications';
export { recordRecognisedQualification, type RecognisedQualification } from './cultivation-qualification';
export { cultivationTargetProgress, setCultivationTargets, type CultivationTarget, type TargetProgress } from './cultivation-targets';
