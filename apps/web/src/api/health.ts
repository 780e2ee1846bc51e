import { callApi } from './call-api';
import type { Health } from './types';

export function fetchHealth(): Promise<Health> {
  return callApi('get', '/api/health', { quietUnauthorized: true });
}
