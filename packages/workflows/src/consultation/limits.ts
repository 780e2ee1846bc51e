/**
 * Limits on what a commenter may submit. Named in every refusal (the message says the limit).
 * Operational limits of the platform, not law: kept here as one typed object.
 */
export const COMMENT_LIMITS = {
  /** Characters of the comment text (after trimming). */
  maxTextChars: 5000,
  /** Characters of the proposed wording (建议修改为). */
  maxWordingChars: 2000,
  /** Characters of a moderation or answer reason. */
  maxReasonChars: 2000,
  /** Bytes of one attachment. */
  maxAttachmentBytes: 10 * 1024 * 1024,
  /** Accepted attachment types (PDF, Word, images). */
  attachmentTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword', 'image/png', 'image/jpeg'] as readonly string[],
} as const;
