import type { ConsultationActionInput } from './action';
import { OPINION_OUTCOMES } from './action';
import type { Consultation } from './consultation';
import type { ConsultationContext } from './consultation-context';
import { consultationError, type ConsultationError } from './consultation-error';
import { groupOpinions, isActiveComment } from './group-opinions';
import { COMMENT_LIMITS } from './limits';
import { localDateOf } from '../appeals/local-time';

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

function reasonRefusal(reason: string, what: { zh: string; en: string }): ConsultationError | null {
  if (blank(reason)) return consultationError('REASON_REQUIRED', `请填写${what.zh}`, `the ${what.en} is required`, { field: 'reason' });
  if ([...reason].length > COMMENT_LIMITS.maxReasonChars) {
    return consultationError('PAYLOAD_INVALID', `${what.zh}不能超过 ${COMMENT_LIMITS.maxReasonChars} 字`, `the ${what.en} may have at most ${COMMENT_LIMITS.maxReasonChars} characters`, { field: 'reason', limit: COMMENT_LIMITS.maxReasonChars });
  }
  return null;
}

/** Comments are accepted from the start date to the end date inclusive (Beijing dates). */
export function checkCommentWindow(c: Consultation, at: string): ConsultationError | null {
  const day = localDateOf(at);
  if (day < c.startDate) return consultationError('NOT_YET_OPEN', `征求意见自 ${c.startDate} 开始`, `comments are accepted from ${c.startDate}`, { startDate: c.startDate });
  if (day > c.endDate) return consultationError('DEADLINE_PASSED', `征求意见已于 ${c.endDate} 截止，不能再提交或修改意见`, `the comment period ended on ${c.endDate}; comments can no longer be added or changed`, { endDate: c.endDate });
  return null;
}

/** Rules that depend on the consultation's state beyond its status (the table decided the status already). */
export function checkConsultationGuards(c: Consultation, a: ConsultationActionInput, ctx: ConsultationContext): ConsultationError | null {
  const comment = (id: string) => c.comments.find((x) => x.commentId === id);
  const missing = (id: string) => consultationError('COMMENT_NOT_FOUND', '找不到该条意见', 'no such comment', { commentId: id });
  switch (a.type) {
    case 'COMMENT_SUBMITTED':
      if (comment(a.payload.commentId)) return consultationError('COMMENT_ID_REUSED', '意见编号已被使用', 'this comment id is already used', { commentId: a.payload.commentId });
      return checkCommentWindow(c, a.at);
    case 'COMMENT_EDITED':
    case 'COMMENT_WITHDRAWN': {
      const x = comment(a.payload.commentId);
      if (!x) return missing(a.payload.commentId);
      if (x.withdrawnAt) return consultationError('COMMENT_WITHDRAWN', '该意见已撤回', 'the comment was withdrawn', { commentId: x.commentId });
      if (x.hidden && a.type === 'COMMENT_EDITED') return consultationError('COMMENT_HIDDEN', `该意见已被隐藏（${x.hidden.reason}），不能修改`, `the comment was hidden (${x.hidden.reason}) and cannot be edited`, { commentId: x.commentId });
      return checkCommentWindow(c, a.at);
    }
    case 'COMMENT_HIDDEN': {
      const x = comment(a.payload.commentId);
      if (!x) return missing(a.payload.commentId);
      if (x.withdrawnAt) return consultationError('COMMENT_WITHDRAWN', '该意见已撤回', 'the comment was withdrawn', { commentId: x.commentId });
      if (x.hidden) return consultationError('COMMENT_HIDDEN', '该意见已被隐藏', 'the comment is already hidden', { commentId: x.commentId });
      return reasonRefusal(a.payload.reason, { zh: '隐藏理由', en: 'reason for hiding' });
    }
    case 'COMMENTS_GROUPED': {
      const ids = [a.payload.leadId, ...a.payload.memberIds];
      if (a.payload.memberIds.length === 0 || new Set(ids).size !== ids.length) {
        return consultationError('GROUP_INVALID', '请选择一条主意见和至少一条不同的重复意见', 'choose a lead comment and at least one other duplicate', { field: 'memberIds' });
      }
      for (const id of ids) {
        const x = comment(id);
        if (!x) return missing(id);
        if (!isActiveComment(x)) return consultationError('GROUP_INVALID', '已撤回或已隐藏的意见不能归并', 'withdrawn or hidden comments cannot be grouped', { commentId: id });
        if (x.answer) return consultationError('ALREADY_ANSWERED', '已答复的意见不能再归并', 'an answered comment cannot be grouped', { commentId: id });
      }
      return null;
    }
    case 'PERIOD_ENDED':
      if (localDateOf(a.at) <= c.endDate) return consultationError('PERIOD_NOT_ENDED', `征求意见期至 ${c.endDate} 止，尚未结束`, `the comment period runs until ${c.endDate}`, { endDate: c.endDate });
      return null;
    case 'OPINION_ANSWERED': {
      const x = comment(a.payload.commentId);
      if (!x) return missing(a.payload.commentId);
      if (!isActiveComment(x)) return consultationError(x.hidden ? 'COMMENT_HIDDEN' : 'COMMENT_WITHDRAWN', '已撤回或已隐藏的意见无需答复', 'withdrawn or hidden comments need no answer', { commentId: x.commentId });
      if (!(OPINION_OUTCOMES as readonly string[]).includes(a.payload.outcome)) return consultationError('PAYLOAD_INVALID', '处理结果只能是采纳、部分采纳、未采纳或不属于征求意见范围', 'the outcome must be adopted, partly adopted, not adopted or outside the scope', { field: 'outcome' });
      return reasonRefusal(a.payload.reason, { zh: '处理理由', en: 'reason for the answer' });
    }
    case 'REVISED_DRAFT_LINKED': {
      if (blank(a.payload.versionId) || a.payload.versionId === c.draft.versionId) {
        return consultationError('PAYLOAD_INVALID', '请选择与征求意见稿不同的修改稿版本', 'choose a revised version other than the consultation draft', { field: 'versionId' });
      }
      for (const l of a.payload.links) {
        if (!ctx.resolveAddress(c.draft.workId, a.payload.versionId, l.revisedEid)) {
          return consultationError('ARTICLE_NOT_IN_VERSION', '修改稿中不存在该条款', 'the article does not exist in the revised version', { field: 'links', eid: l.revisedEid });
        }
        if (l.draftEid !== null && !ctx.resolveAddress(c.draft.workId, c.draft.versionId, l.draftEid)) {
          return consultationError('ARTICLE_NOT_IN_VERSION', '征求意见稿中不存在该条款', 'the article does not exist in the consultation draft', { field: 'links', eid: l.draftEid });
        }
        for (const id of l.commentIds) if (!comment(id)) return missing(id);
      }
      return null;
    }
    case 'FEEDBACK_PUBLISHED': {
      const open = groupOpinions(c).filter((o) => !o.answer);
      if (open.length > 0) {
        return consultationError('OPINIONS_UNANSWERED', `还有 ${open.length} 条意见未答复，全部答复后才能发布反馈`, `${open.length} opinions are still unanswered; answer all of them before publishing the feedback`, { count: open.length, commentIds: open.map((o) => o.leadId) });
      }
      return null;
    }
    case 'CANCELLED':
      return reasonRefusal(a.payload.reason, { zh: '撤销理由', en: 'reason for cancelling' });
    default:
      return null;
  }
}
