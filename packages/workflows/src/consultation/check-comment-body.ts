import type { CommentBody } from './action';
import type { Consultation } from './consultation';
import type { ConsultationContext, ResolvedAddress } from './consultation-context';
import { consultationError, type ConsultationError } from './consultation-error';
import { COMMENT_LIMITS } from './limits';

/**
 * Checks a comment's text, proposed wording, anchor and attachment. The text is kept exactly
 * as written: HTML or script in it is text (every presenter escapes it), never stripped here.
 * Returns the refusal, or the resolved anchor (null for a comment on the whole draft).
 */
export function checkCommentBody(c: Consultation, body: CommentBody, ctx: ConsultationContext): ConsultationError | { anchor: ResolvedAddress | null } {
  const text = body.text.trim();
  if (text.length === 0) return consultationError('COMMENT_EMPTY', '意见内容不能为空', 'the comment is empty', { field: 'text' });
  if ([...text].length > COMMENT_LIMITS.maxTextChars) {
    return consultationError('COMMENT_TOO_LONG', `意见内容不能超过 ${COMMENT_LIMITS.maxTextChars} 字（现为 ${[...text].length} 字）`, `a comment may have at most ${COMMENT_LIMITS.maxTextChars} characters (this one has ${[...text].length})`, { field: 'text', limit: COMMENT_LIMITS.maxTextChars, length: [...text].length });
  }
  if (body.proposedWording !== null && [...body.proposedWording].length > COMMENT_LIMITS.maxWordingChars) {
    return consultationError('WORDING_TOO_LONG', `建议修改内容不能超过 ${COMMENT_LIMITS.maxWordingChars} 字`, `the proposed wording may have at most ${COMMENT_LIMITS.maxWordingChars} characters`, { field: 'proposedWording', limit: COMMENT_LIMITS.maxWordingChars });
  }
  const a = body.attachment;
  if (a) {
    if (!COMMENT_LIMITS.attachmentTypes.includes(a.mediaType)) {
      return consultationError('ATTACHMENT_TYPE', '附件只能是 PDF、Word 文档或 PNG/JPEG 图片', 'an attachment must be a PDF, a Word document or a PNG/JPEG image', { field: 'attachment', mediaType: a.mediaType, allowed: COMMENT_LIMITS.attachmentTypes });
    }
    if (!(a.bytes > 0) || a.bytes > COMMENT_LIMITS.maxAttachmentBytes) {
      return consultationError('ATTACHMENT_TOO_LARGE', `附件不能超过 ${COMMENT_LIMITS.maxAttachmentBytes / 1024 / 1024} MB`, `an attachment may be at most ${COMMENT_LIMITS.maxAttachmentBytes / 1024 / 1024} MB`, { field: 'attachment', limit: COMMENT_LIMITS.maxAttachmentBytes, bytes: a.bytes });
    }
  }
  if (body.targetEid === null) return { anchor: null };
  const anchor = ctx.resolveAddress(c.draft.workId, c.draft.versionId, body.targetEid);
  if (!anchor) {
    return consultationError('ARTICLE_NOT_IN_VERSION', '所选条款在本次征求意见稿中不存在', 'the article commented on does not exist in the draft under consultation', { field: 'targetEid', eid: body.targetEid, versionId: c.draft.versionId });
  }
  return { anchor };
}
