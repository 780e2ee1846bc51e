import type { ErrorCodeEntry } from '../errors/module-error-codes';

/** Error codes of enterprise accounts. Persisted by clients: never rename one. */
export const ACCOUNTS_ERROR_CODES = {
  ACCOUNT_USERNAME_TAKEN: { status: 409, zh: '该用户名已被使用，请换一个', en: 'This username is taken; choose another' },
  REGISTRATION_UNKNOWN_ENTERPRISE: { status: 422, zh: '企业名录中没有该统一社会信用代码的企业，请核对代码，或联系中小企业服务局', en: 'No enterprise with this unified social credit code is in the registry; check the code or contact the SME bureau' },
  ENTERPRISE_HAS_ACCOUNTS: { status: 409, zh: '该企业已有账号，请联系本企业的管理员为您添加', en: 'This enterprise already has an account; ask its administrator to add you' },
  REGISTRATION_ALREADY_PENDING: { status: 409, zh: '该企业已有一份注册申请在等待中小企业服务局确认', en: 'A registration of this enterprise is already waiting for the SME bureau' },
  REGISTRATION_NOT_FOUND: { status: 404, zh: '未找到该注册申请', en: 'Registration not found' },
  REGISTRATION_NOT_PENDING: { status: 409, zh: '该注册申请已处理', en: 'This registration has already been decided' },
  STAFF_NOT_FOUND: { status: 404, zh: '本企业没有该账号', en: 'Your enterprise has no such account' },
  STAFF_CANNOT_REMOVE_SELF: { status: 409, zh: '管理员不能删除自己的账号', en: 'The administrator cannot remove their own account' },
  STAFF_CANNOT_REMOVE_ADMINISTRATOR: { status: 409, zh: '不能删除企业管理员的账号', en: 'The enterprise administrator\'s account cannot be removed' },
} as const satisfies Record<string, ErrorCodeEntry>;
