import { request } from './client';
import type { Jurisdiction } from './types';

/** The city and its districts, for filters. */
export function fetchJurisdictions(): Promise<Jurisdiction[]> {
  return request<Jurisdiction[]>('GET', '/api/jurisdictions');
}
