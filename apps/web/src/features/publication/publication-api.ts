import { request } from '../../api/client';

export interface PublishedPolicy {
  id: string;
  policyKey: string;
  version: number;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  departmentId: string;
  jurisdiction: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION' | 'INFORMATION_ONLY';
  topics: string[];
  conditions: { id: string; labelZh: string; labelEn: string; when: string; cite: string }[];
  publishedAt: string | null;
}

export const fetchPublishedPolicies = (query: { department?: string; topic?: string; date?: string }) =>
  request<PublishedPolicy[]>('GET', '/api/public/published-policies', { query });
