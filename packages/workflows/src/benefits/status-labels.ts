import { bi, type BilingualText } from '@huiqi/kernel';
import type { BenefitStatus } from './status';

/** The name of each benefit status, as an applicant and an officer read it. */
export const BENEFIT_STATUS_LABELS: Record<BenefitStatus, BilingualText> = {
  LISTED: bi('待确认（数据比对符合条件）', 'listed by data comparison, awaiting confirmation'),
  CONFIRMED: bi('已确认意愿', 'wish confirmed'),
  DECLINED: bi('已放弃', 'declined'),
  SUBMITTED: bi('已提交', 'submitted'),
  UNDER_REVIEW: bi('审核中', 'under review'),
  AWAITING_CORRECTION: bi('待补正', 'awaiting corrections'),
  OVERRIDE_PENDING: bi('金额调整待复核', 'amount override awaiting a second reviewer'),
  PUBLIC_NOTICE: bi('公示中', 'public notice'),
  APPROVED: bi('审核通过，待拨付', 'approved, awaiting payment'),
  PAYMENT_IN_PROGRESS: bi('拨付中', 'payment in progress'),
  PAID: bi('已拨付', 'paid'),
  PAYMENT_FAILED: bi('拨付失败', 'payment failed'),
  REJECTED: bi('不予支持', 'rejected'),
  WITHDRAWN: bi('已撤回', 'withdrawn'),
};
