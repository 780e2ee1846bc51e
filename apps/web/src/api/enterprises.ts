import type { ApiJson } from './api-types';
import { callApi } from './call-api';
import type { EnterprisePatch, EnterpriseDetail, EnterpriseList, EnterpriseSearchQuery, HistoryEntry, SaveFiguresResult, YearlyFiguresInput } from './types';

export function searchEnterprises(query: EnterpriseSearchQuery): Promise<EnterpriseList> {
  return callApi('get', '/api/enterprises', { query });
}

export function fetchEnterprise(uscc: string): Promise<EnterpriseDetail> {
  return callApi('get', '/api/enterprises/{uscc}', { params: { uscc } });
}

export function updateEnterprise(uscc: string, patch: EnterprisePatch): Promise<ApiJson<'/api/enterprises/{uscc}', 'patch'>> {
  return callApi('patch', '/api/enterprises/{uscc}', { params: { uscc }, body: patch });
}

export function saveYearlyFigures(uscc: string, year: number, figures: YearlyFiguresInput): Promise<SaveFiguresResult> {
  return callApi('put', '/api/enterprises/{uscc}/figures/{year}', { params: { uscc, year: String(year) }, body: figures });
}

/** The versions of an enterprise's profile, newest first as the server sends them. */
export async function fetchEnterpriseHistory(uscc: string): Promise<HistoryEntry[]> {
  return (await callApi('get', '/api/enterprises/{uscc}/history', { params: { uscc } })).items;
}
