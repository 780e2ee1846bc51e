import { request } from '../../api/client';

export interface Notice {
  id: number;
  draftId: string | null;
  policyKey: string | null;
  version: number | null;
  /** A consultation notice's consultation (kind CONSULTATION_OPENED). */
  consultationId: string | null;
  titleZh: string;
  titleEn: string;
  departmentId: string;
  channel: string | null;
  kind: 'ELIGIBLE' | 'UNKNOWN' | 'CONSULTATION_OPENED';
  missing: string[];
  createdAt: string;
  readAt: string | null;
}

export const fetchInbox = () => request<{ unread: number; notices: Notice[] }>('GET', '/api/publication/inbox');
export const markRead = (id: number) => request<{ unread: number }>('POST', `/api/publication/inbox/${id}/read`);
