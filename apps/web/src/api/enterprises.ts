import { request } from './client';
import type { EnterprisePatch, EnterpriseDetail, EnterpriseList, EnterpriseSearchQuery, HistoryEntry, SaveFiguresResult, YearlyFiguresInput } from './types';

const base = (uscc: string) => `/api/enterprises/${encodeURIComponent(uscc)}`;

export function searchEnterprises(query: EnterpriseSearchQuery): Promise<EnterpriseList> {
  return request<EnterpriseList>('GET', '/api/enterprises', { query: { ...query } });
}

export function fetchEnterprise(uscc: string): Promise<EnterpriseDetail> {
  return request<EnterpriseDetail>('GET', base(uscc));
}

export function updateEnterprise(uscc: string, patch: EnterprisePatch): Promise<EnterpriseDetail & { changedFields: string[] }> {
  return request<EnterpriseDetail & { changedFields: string[] }>('PATCH', base(uscc), { body: patch });
}

export function saveYearlyFigures(uscc: string, year: number, figures: YearlyFiguresInput): Promise<SaveFiguresResult> {
  return request<SaveFiguresResult>('PUT', `${base(uscc)}/figures/${year}`, { body: figures });
}

/** The versions of an enterprise's profile, newest first as the server sends them. Accepts a bare array or `{ items }`. */
export async function fetchEnterpriseHistory(uscc: string): Promise<HistoryEntry[]> {
  const body = await request<HistoryEntry[] | { items?: HistoryEntry[]; versions?: HistoryEntry[] }>('GET', `${base(uscc)}/history`);
  if (Array.isArray(body)) return body;
  return body.items ?? body.versions ?? [];
}
