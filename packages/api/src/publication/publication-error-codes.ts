import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of policy publication. Persisted by clients: never rename one. */
export const PUBLICATION_ERROR_CODES = {
  PUBLICATION_DRAFT_NOT_FOUND: { status: 404, zh: '未找到该政策草稿', en: 'No such policy draft' },
  PUBLICATION_WRONG_STATUS: { status: 409, zh: '该政策当前状态不允许此操作', en: 'The policy is not in a state that allows this step' },
  PUBLICATION_SAME_OFFICIAL: { status: 403, zh: '起草人不能发布自己起草的政策，须由另一名工作人员审核发布', en: 'The author cannot publish their own policy: a second official must review and publish it' },
  PUBLICATION_KEY_TAKEN: { status: 409, zh: '该政策编号已被使用', en: 'That policy key is already in use' },
  PUBLICATION_CONDITION_INVALID: { status: 422, zh: '政策条件无法通过校验', en: 'A policy condition does not check' },
  PUBLICATION_JURISDICTION_OUTSIDE: { status: 422, zh: '适用地区不存在或超出本部门的辖区', en: 'The jurisdiction does not exist or lies outside your department\'s' },
  PUBLICATION_NOTICE_NOT_FOUND: { status: 404, zh: '未找到该消息', en: 'No such notice' },
} as const satisfies Record<string, ErrorCodeEntry>;
