import { bi, type BilingualText } from '@huiqi/kernel';
import type { AppealActionType } from './action';

/** How each action is named to people (timeline, buttons). */
export const appealActionLabels = {
  SUBMITTED: bi('提交诉求', 'Submitted'),
  ACCEPTED: bi('受理', 'Accepted'),
  REJECTED: bi('不予受理', 'Rejected as out of scope'),
  DISPATCHED: bi('派单', 'Dispatched'),
  TRANSFERRED: bi('转交处理投诉部门', 'Transferred to the handling department'),
  RETURNED: bi('退回', 'Returned as wrongly dispatched'),
  EXTENSION_REQUESTED: bi('申请延期', 'Extension requested'),
  EXTENSION_APPROVED: bi('批准延期', 'Extension approved'),
  EXTENSION_DENIED: bi('不批准延期', 'Extension denied'),
  INFO_REQUESTED: bi('要求补充材料', 'Information requested'),
  INFO_PROVIDED: bi('补充材料', 'Information provided'),
  NOTE_ADDED: bi('办理记录', 'Handling note'),
  ANSWERED: bi('答复', 'Answered'),
  RATED: bi('评价', 'Rated'),
  REOPENED: bi('重新办理', 'Reopened'),
  CLOSED: bi('办结', 'Closed'),
  WITHDRAWN: bi('撤回', 'Withdrawn'),
  URGED: bi('催办', 'Urged'),
  SUPERVISION_NOTICE: bi('督办书', 'Supervision notice'),
  CREDIT_MARKED: bi('失信标记', 'Marked for the credit record'),
  REMINDER_SENT: bi('到期提醒', 'Deadline reminder'),
  DEADLINES_RECOMPUTED: bi('重新计算期限', 'Deadlines recomputed'),
} as const satisfies Record<AppealActionType, BilingualText>;
