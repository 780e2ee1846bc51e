import type { BilingualText } from '@huiqi/kernel';

/** Persisted statuses of a consultation (征求意见). Never renamed. */
export const CONSULTATION_STATUSES = ['OPEN', 'PROCESSING', 'CLOSED', 'CANCELLED'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const consultationStatuses: Record<ConsultationStatus, { label: BilingualText; isFinal: boolean }> = {
  OPEN: { label: { zh: '征求意见中', en: 'Open for comments' }, isFinal: false },
  PROCESSING: { label: { zh: '意见处理中', en: 'Processing opinions' }, isFinal: false },
  CLOSED: { label: { zh: '已反馈', en: 'Feedback published' }, isFinal: true },
  CANCELLED: { label: { zh: '已撤销', en: 'Cancelled' }, isFinal: true },
};
