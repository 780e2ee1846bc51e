import { request } from '../../api/client';

export interface Notice {
  id: number;
  draftId: string;
  policyKey: string;
  version: number;
  titleZh: string;
  titleEn: string;
  departmentId: string;
  channel: string;
  kind: 'ELIGIBLE' | 'UNKNOWN';
  missing: string[];
  createdAt: string;
  readAt: string | null;
}

export const fetchInbox = () => request<{ unread: number; notices: Notice[] }>('GET', '/api/publication/inbox');
export const markRead = (id: number) => request<{ unread: number }>('POST', `/api/publication/inbox/${id}/read`);
