import { callApi } from './call-api';
import type { Jurisdiction } from './types';

/** The city and its districts, for filters. */
export function fetchJurisdictions(): Promise<Jurisdiction[]> {
  return callApi('get', '/api/jurisdictions');
}
