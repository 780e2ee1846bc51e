/**
 * Status of a benefit application (申报) or a no-application case (免申即享), derived from its
 * action log. Persisted codes: never rename one.
 */
export const BENEFIT_STATUSES = [
  'LISTED', // 数据比对：平台比对数据后列为符合条件（免申即享）
  'CONFIRMED', // 意愿确认：企业确认享受并确认收款账户
  'DECLINED', // 企业放弃
  'SUBMITTED', // 已提交，待受理
  'UNDER_REVIEW', // 审核中
  'AWAITING_CORRECTION', // 待补正（审核时限中止）
  'OVERRIDE_PENDING', // 调整金额待第二人复核
  'PUBLIC_NOTICE', // 公示中
  'APPROVED', // 审核通过，待拨付
  'PAYMENT_IN_PROGRESS', // 拨付中（已列入拨付批次）
  'PAID', // 已拨付
  'PAYMENT_FAILED', // 拨付失败（可重新列入批次）
  'REJECTED', // 不予支持
  'WITHDRAWN', // 已撤回
] as const;
export type BenefitStatus = (typeof BENEFIT_STATUSES)[number];

/** Statuses that commit money from the fund (approved and not yet failed, or paid). */
export const COMMITTING_STATUSES: readonly BenefitStatus[] = ['OVERRIDE_PENDING', 'PUBLIC_NOTICE', 'APPROVED', 'PAYMENT_IN_PROGRESS', 'PAID', 'PAYMENT_FAILED'];

/** Statuses where nothing more happens. */
export const FINAL_STATUSES: readonly BenefitStatus[] = ['DECLINED', 'PAID', 'REJECTED', 'WITHDRAWN'];

/** Statuses in which the reviewer's clock runs (受理 → decision), paused while awaiting corrections. */
export const REVIEW_CLOCK_STATUSES: readonly BenefitStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];
