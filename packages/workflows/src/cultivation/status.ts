import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a recognition application (认定申请). Never renamed. */
export const RECOGNITION_STATUSES = [
  'SUBMITTED',
  'DISTRICT_PASSED',
  'CITY_PASSED',
  'EXPERT_REVIEW',
  'IN_PUBLICITY',
  'RECOGNISED',
  'RE_REVIEW',
  'REJECTED',
  'WITHDRAWN',
  'NOT_RENEWED',
  'REVOKED',
] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const recognitionStatuses: Record<RecognitionStatus, { label: BilingualText; isFinal: boolean }> = {
  SUBMITTED: { label: { zh: '待区级初审', en: 'Awaiting district review' }, isFinal: false },
  DISTRICT_PASSED: { label: { zh: '待市级审核', en: 'Awaiting city review' }, isFinal: false },
  CITY_PASSED: { label: { zh: '待分配评审专家', en: 'Awaiting expert assignment' }, isFinal: false },
  EXPERT_REVIEW: { label: { zh: '专家评审中', en: 'Expert review' }, isFinal: false },
  IN_PUBLICITY: { label: { zh: '公示中', en: 'In public notice' }, isFinal: false },
  RECOGNISED: { label: { zh: '已认定', en: 'Recognised' }, isFinal: false },
  RE_REVIEW: { label: { zh: '复核中', en: 'Under re-review' }, isFinal: false },
  REJECTED: { label: { zh: '未通过', en: 'Rejected' }, isFinal: true },
  WITHDRAWN: { label: { zh: '已撤回', en: 'Withdrawn' }, isFinal: true },
  NOT_RENEWED: { label: { zh: '复核未通过', en: 'Not renewed' }, isFinal: true },
  REVOKED: { label: { zh: '已撤销认定', en: 'Revoked' }, isFinal: true },
};

/** Statuses in which an application counts against "one application per tier and round". */
export const ACTIVE_APPLICATION_STATUSES: readonly RecognitionStatus[] = ['SUBMITTED', 'DISTRICT_PASSED', 'CITY_PASSED', 'EXPERT_REVIEW', 'IN_PUBLICITY', 'RECOGNISED', 'RE_REVIEW'];
