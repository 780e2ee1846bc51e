import type { ErrorCodeEntry } from '../errors/module-error-codes';

/**
 * Error codes of the services module (service providers and vouchers). Domain refusals of
 * `@huiqi/workflows` keep their code and carry the domain's bilingual message. Never renamed.
 */
export const SERVICES_ERROR_CODES_HTTP = {
  SERVICES_ACTION_NOT_ALLOWED: { status: 409, zh: '当前状态下不能执行此操作', en: 'This action is not allowed in the current status' },
  SERVICES_ACTOR_NOT_PERMITTED: { status: 403, zh: '无权执行此操作', en: 'You may not perform this action' },
  SERVICES_INVALID_INPUT: { status: 400, zh: '填写的内容不符合要求', en: 'The input is not valid' },
  SERVICES_CONFLICT: { status: 409, zh: '记录已被他人同时更新，请刷新后重试', en: 'The record was changed at the same time; reload and try again' },
  SERVICES_ENTERPRISE_REQUIRED: { status: 403, zh: '只有企业（机构）账号可以办理', en: 'Only enterprise (organisation) accounts may do this' },
  SERVICES_BUREAU_REQUIRED: { status: 403, zh: '只有中小企业服务局工作人员可以办理', en: 'Only SME bureau officers may do this' },
  SERVICES_PROVIDER_REQUIRED: { status: 403, zh: '本机构尚未登记为服务机构', en: 'Your organisation is not registered as a service provider' },
  PROVIDER_NOT_FOUND: { status: 404, zh: '未找到该服务机构', en: 'No such service provider' },
  PROVIDER_ALREADY_REGISTERED: { status: 409, zh: '本机构已登记为服务机构，不能重复登记', en: 'Your organisation is already registered as a provider' },
  PROVIDER_USCC_INVALID: { status: 400, zh: '统一社会信用代码无效', en: 'The unified social credit code is not valid' },
  PROVIDER_NOT_APPROVED: { status: 409, zh: '服务机构未入库或已暂停，不能核销服务券', en: 'The provider is not approved (or is suspended) and cannot redeem vouchers' },
  PROVIDER_CATEGORY_NOT_OFFERED: { status: 409, zh: '服务机构未登记提供该类服务', en: 'The provider is not registered for this service category' },
  PROGRAMME_NOT_FOUND: { status: 404, zh: '未找到该服务券项目', en: 'No such voucher programme' },
  PROGRAMME_INVALID: { status: 400, zh: '服务券项目设置不符合要求', en: 'The voucher programme is not valid' },
  PROGRAMME_BUDGET_EXCEEDED: { status: 409, zh: '服务券项目预算不足', en: 'The programme budget is not enough' },
  PROGRAMME_FUND_UNKNOWN: { status: 400, zh: '未找到该专项资金', en: 'No such fund' },
  PROGRAMME_POLICY_UNKNOWN: { status: 400, zh: '规则库中没有该领取条件政策', en: 'The eligibility policy is not in the rule base' },
  PROGRAMME_SOLD_OUT: { status: 409, zh: '该服务券已领完', en: 'All vouchers of this programme have been claimed' },
  VOUCHER_NOT_FOUND: { status: 404, zh: '未找到该服务券', en: 'No such voucher' },
  VOUCHER_NOT_YET_VALID: { status: 409, zh: '服务券尚未到使用日期', en: 'The voucher is not valid yet' },
  VOUCHER_EXPIRED: { status: 409, zh: '服务券已过期', en: 'The voucher has expired' },
  VOUCHER_ALREADY_CLAIMED: { status: 409, zh: '已领取过该服务券', en: 'The voucher has already been claimed' },
  VOUCHER_ALREADY_REDEEMED: { status: 409, zh: '服务券已使用，每张券只能使用一次', en: 'The voucher has already been redeemed' },
  VOUCHER_NOT_HOLDER: { status: 409, zh: '服务券不属于出示券的企业', en: 'The voucher belongs to another enterprise' },
  VOUCHER_NOT_CLAIMED: { status: 409, zh: '服务券尚未被领取', en: 'The voucher has not been claimed' },
  VOUCHER_CATEGORY_NOT_COVERED: { status: 409, zh: '服务券不能用于该类服务', en: 'The voucher does not cover this service category' },
  VOUCHER_RELATED_PARTY: { status: 409, zh: '服务机构与企业存在关联关系，不能核销', en: 'The provider is related to the enterprise and cannot redeem its voucher' },
  VOUCHER_ENTERPRISE_NOT_ELIGIBLE: { status: 409, zh: '不符合领取条件', en: 'You do not meet the conditions for this voucher' },
  VOUCHER_ELIGIBILITY_UNKNOWN: { status: 409, zh: '现有数据不足以判断是否符合领取条件', en: 'The data available cannot decide eligibility' },
} as const satisfies Record<string, ErrorCodeEntry>;
