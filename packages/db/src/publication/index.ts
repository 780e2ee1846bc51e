export * from './policy-draft-types';
export { getPolicyDraft, listPolicyDraftActions, listPolicyDrafts, listPublishedPolicies, type PolicyDraftQuery } from './policy-drafts-read';
export { listPublishedWithDepartment, publishedSetStamp } from './policy-drafts-read';
export { amendPolicy, createPolicyDraft, editPolicyDraft, publishPolicyDraft, returnPolicyDraft, submitPolicyDraft, withdrawPolicy } from './policy-drafts-write';
export type { PublicationAuditEvent } from './publication-audit-events';
export { loadPopulation, type PopulationMember } from './population';
export { countUnreadNotices, insertNotices, listNotices, markNoticeRead, type NewNotice, type NoticeKind, type PolicyNotice } from './policy-notices';
export { listChangedSinceMatch, recordMatchWatermarks } from './match-watermarks';
