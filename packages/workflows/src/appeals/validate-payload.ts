import { isPlainDate } from '@huiqi/kernel';
import { MATTER_OWNERSHIPS, SATISFACTION_LEVELS, type AppealActionInput, type Attachment } from './action';
import { ACTOR_ROLES } from './actor';
import { appealError, type AppealError } from './appeal-error';
import { isAppealType } from './appeal-type';
import { isRejectionReason } from './rejection-reason';

const MAX_TEXT = 20_000;

function bad(field: string, zh: string, en: string): AppealError {
  return appealError('PAYLOAD_INVALID', `字段 ${field}：${zh}`, `field ${field}: ${en}`, { field });
}

function text(v: unknown, field: string, max = MAX_TEXT): AppealError | null {
  if (typeof v !== 'string' || v.trim() === '') return bad(field, '必填，不能为空', 'required, must not be empty');
  if (v.length > max) return bad(field, `不得超过${max}字`, `at most ${max} characters`);
  return null;
}

function optionalText(v: unknown, field: string): AppealError | null {
  return v === null ? null : text(v, field);
}

function date(v: unknown, field: string): AppealError | null {
  return isPlainDate(v) ? null : bad(field, '应为 YYYY-MM-DD 日期', 'must be a date YYYY-MM-DD');
}

function attachments(v: unknown, field: string): AppealError | null {
  if (!Array.isArray(v)) return bad(field, '应为附件列表', 'must be a list of attachments');
  for (const [i, a] of (v as Attachment[]).entries()) {
    if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || a.id === '' || typeof a.name !== 'string' || a.name === '') {
      return bad(`${field}[${i}]`, '附件须有 id 和文件名', 'an attachment needs an id and a name');
    }
  }
  return null;
}

function departmentId(v: unknown, field: string): AppealError | null {
  return typeof v === 'string' && /^[A-Za-z0-9_.:-]{1,100}$/.test(v) ? null : bad(field, '不是有效的部门编码', 'not a valid department id');
}

/** Shape checks of an action's envelope and payload (history-independent). */
export function validatePayload(a: AppealActionInput): AppealError | null {
  if (typeof a.id !== 'string' || a.id.trim() === '' || a.id.length > 200) return bad('id', '须为非空的事务编号', 'must be a non-empty transaction id');
  const actor = a.actor as unknown;
  if (typeof actor !== 'object' || actor === null) return bad('actor', '缺少操作人', 'actor is missing');
  if (!(ACTOR_ROLES as readonly string[]).includes(a.actor.role)) return bad('actor.role', '未知角色', 'unknown role');
  if (typeof a.actor.userId !== 'string' || a.actor.userId === '') return bad('actor.userId', '必填', 'required');
  if ((a.actor.role === 'DEPARTMENT' || a.actor.role === 'SUPERVISOR') && !a.actor.departmentId) return bad('actor.departmentId', '部门人员须注明部门', 'an officer must name a department');
  const p = a.payload as unknown;
  if (typeof p !== 'object' || p === null) return bad('payload', '缺少内容', 'payload is missing');

  switch (a.type) {
    case 'SUBMITTED': {
      const s = a.payload;
      if (!isAppealType(s.type)) return bad('payload.type', '未知诉求类型', 'unknown appeal type');
      return (
        text(s.caseId, 'payload.caseId', 100) ??
        text(s.trackingNumber, 'payload.trackingNumber', 100) ??
        text(s.jurisdiction, 'payload.jurisdiction', 50) ??
        departmentId(s.receivedBy, 'payload.receivedBy') ??
        text(s.title, 'payload.title', 200) ??
        text(s.description, 'payload.description') ??
        text(s.idempotencyKey, 'payload.idempotencyKey', 200) ??
        (typeof s.isAnonymous === 'boolean' ? null : bad('payload.isAnonymous', '应为布尔值', 'must be a boolean')) ??
        (typeof s.reporter === 'object' && s.reporter !== null && typeof s.reporter.userId === 'string' && s.reporter.userId !== ''
          ? null
          : bad('payload.reporter.userId', '必填', 'required')) ??
        attachments(s.attachments, 'payload.attachments')
      );
    }
    case 'ACCEPTED':
      return optionalText(a.payload.note, 'payload.note');
    case 'REJECTED':
      if (!isRejectionReason(a.payload.reason)) return bad('payload.reason', '未知的不予受理理由', 'unknown rejection reason');
      return text(a.payload.explanation, 'payload.explanation');
    case 'DISPATCHED': {
      const d = a.payload;
      if (!(MATTER_OWNERSHIPS as readonly string[]).includes(d.ownership)) return bad('payload.ownership', '应为 SINGLE、NONE 或 SEVERAL', 'must be SINGLE, NONE or SEVERAL');
      if (d.lead !== null) {
        const e = departmentId(d.lead, 'payload.lead');
        if (e) return e;
      }
      if (!Array.isArray(d.coHandlers)) return bad('payload.coHandlers', '应为部门列表', 'must be a list of departments');
      for (const [i, x] of d.coHandlers.entries()) {
        const e = departmentId(x, `payload.coHandlers[${i}]`);
        if (e) return e;
      }
      if (new Set(d.coHandlers).size !== d.coHandlers.length) return bad('payload.coHandlers', '协办部门重复', 'co-handling departments repeat');
      if (d.lead !== null && d.coHandlers.includes(d.lead)) return bad('payload.coHandlers', '主办部门不能同时为协办部门', 'the lead cannot also be a co-handler');
      return optionalText(d.note, 'payload.note');
    }
    case 'TRANSFERRED':
      return departmentId(a.payload.handlingDepartment, 'payload.handlingDepartment') ?? optionalText(a.payload.note, 'payload.note');
    case 'RETURNED':
      return text(a.payload.reason, 'payload.reason');
    case 'EXTENSION_REQUESTED':
      return date(a.payload.requestedDue, 'payload.requestedDue') ?? text(a.payload.reason, 'payload.reason');
    case 'EXTENSION_APPROVED':
      return date(a.payload.newDue, 'payload.newDue') ?? optionalText(a.payload.note, 'payload.note');
    case 'EXTENSION_DENIED':
      return text(a.payload.reason, 'payload.reason');
    case 'INFO_REQUESTED':
      return text(a.payload.items, 'payload.items');
    case 'INFO_PROVIDED':
      return text(a.payload.text, 'payload.text') ?? attachments(a.payload.attachments, 'payload.attachments');
    case 'NOTE_ADDED':
      return text(a.payload.text, 'payload.text') ?? (typeof a.payload.isInternal === 'boolean' ? null : bad('payload.isInternal', '应为布尔值', 'must be a boolean'));
    case 'ANSWERED':
      return text(a.payload.text, 'payload.text') ?? attachments(a.payload.attachments, 'payload.attachments');
    case 'RATED':
      if (!(SATISFACTION_LEVELS as readonly string[]).includes(a.payload.satisfaction)) return bad('payload.satisfaction', '应为 满意、基本满意 或 不满意', 'must be SATISFIED, BASICALLY_SATISFIED or DISSATISFIED');
      if (typeof a.payload.isResolved !== 'boolean') return bad('payload.isResolved', '应为布尔值', 'must be a boolean');
      return optionalText(a.payload.comment, 'payload.comment');
    case 'REOPENED':
      return text(a.payload.reason, 'payload.reason');
    case 'CLOSED':
      return optionalText(a.payload.note, 'payload.note');
    case 'WITHDRAWN':
      return optionalText(a.payload.reason, 'payload.reason');
    case 'URGED':
      return optionalText(a.payload.note, 'payload.note');
    case 'SUPERVISION_NOTICE':
      if (a.payload.target !== 'DEPARTMENT' && a.payload.target !== 'DEBTOR') return bad('payload.target', '应为 DEPARTMENT 或 DEBTOR', 'must be DEPARTMENT or DEBTOR');
      return text(a.payload.text, 'payload.text');
    case 'CREDIT_MARKED':
      return text(a.payload.finding, 'payload.finding');
    case 'REMINDER_SENT':
      return text(a.payload.key, 'payload.key', 300) ?? date(a.payload.due, 'payload.due');
    case 'DEADLINES_RECOMPUTED':
      return null;
    default:
      return bad('type', '未知的操作类型', 'unknown action type');
  }
}
