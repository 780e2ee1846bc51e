import { bi, type BilingualText } from '@huiqi/kernel';
import type { AppealType } from './appeal-type';
import type { DebtorKind } from './arrears-form';
import type { RejectionReason } from './rejection-reason';
import type { AppealStatus } from './status';

/** How each appeal type is named and described to people (a pure table; `appealTypes` carries the rest). */
export const APPEAL_TYPE_WORDS = {
  POLICY_QUESTION: {
    label: bi('政策咨询', 'Policy question'),
    description: bi('咨询惠企政策的适用条件、申报方式和办理进度', 'Questions about the conditions, application and progress of SME policies'),
  },
  REQUEST: {
    label: bi('诉求', 'Request for help'),
    description: bi('企业经营中需要政府部门协调解决的具体问题', 'A concrete problem in running the enterprise that needs a government department to resolve it'),
  },
  COMPLAINT: {
    label: bi('投诉举报', 'Complaint or report'),
    description: bi('对损害企业合法权益行为的投诉或举报', 'A complaint or report about conduct harming the lawful rights of enterprises'),
  },
  ARREARS_COMPLAINT: {
    label: bi('拖欠账款投诉', 'Payment-arrears complaint'),
    description: bi(
      '依据《保障中小企业款项支付条例》投诉机关、事业单位或大型企业拖欠中小企业账款',
      'A complaint under the Regulation on Ensuring Payments to SMEs about overdue payments by an authority, public institution or large enterprise',
    ),
  },
  INSPECTION_COMPLAINT: {
    label: bi('涉企检查投诉', 'Complaint about an inspection'),
    description: bi('对行政机关涉企检查行为的投诉', 'A complaint about an administrative inspection of an enterprise'),
  },
} as const satisfies Record<AppealType, { label: BilingualText; description: BilingualText }>;

/** How each out-of-scope reason (不予受理理由) is named. */
export const REJECTION_REASON_LABELS = {
  IN_LITIGATION_ARBITRATION_OR_PETITION: bi('已进入诉讼、仲裁、行政复议或信访程序', 'Already in litigation, arbitration, administrative review or the petition (信访) procedure'),
  OUTSIDE_JURISDICTION: bi('不属于本辖区管辖', 'Outside this jurisdiction'),
  REPEAT_OF_CLOSED_CASE: bi('与已办结诉求事实相同的重复诉求', 'Repeats a closed case on the same facts'),
  NO_CONCRETE_REQUEST: bi('无具体诉求事项', 'No concrete request'),
  NO_CONTRACT_WITH_DEBTOR: bi('投诉人与被投诉人之间无合同关系', 'The complainant has no contract with the debtor'),
} as const satisfies Record<RejectionReason, BilingualText>;

/** How each kind of debtor of an arrears complaint is named. */
export const debtorKindLabels: Record<DebtorKind, BilingualText> = {
  GOVERNMENT_AGENCY: bi('机关', 'Government agency'),
  PUBLIC_INSTITUTION: bi('事业单位', 'Public institution'),
  LARGE_ENTERPRISE: bi('大型企业', 'Large enterprise'),
};

/** How each appeal status is named (`appealStatuses` carries whether it is final or paused). */
export const APPEAL_STATUS_LABELS = {
  SUBMITTED: bi('已提交', 'Submitted'),
  ACCEPTED: bi('已受理', 'Accepted'),
  REJECTED: bi('不予受理', 'Rejected as out of scope'),
  DISPATCHED: bi('办理中', 'Being handled'),
  DISPATCH_DISPUTED: bi('派单争议待中小企业主管部门裁定', 'Dispatch disputed; the SME bureau decides'),
  EXTENSION_REQUESTED: bi('延期申请待审批', 'Extension awaiting approval'),
  INFO_REQUESTED: bi('待企业补充材料（计时暂停）', 'Waiting for the enterprise (clock paused)'),
  ANSWERED: bi('已答复', 'Answered'),
  RATED: bi('已评价', 'Rated'),
  CLOSED: bi('已办结', 'Closed'),
  WITHDRAWN: bi('已撤回', 'Withdrawn'),
} as const satisfies Record<AppealStatus, BilingualText>;
