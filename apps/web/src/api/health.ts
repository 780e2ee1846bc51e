import { request } from './client';
import type { Health } from './types';

export function fetchHealth(): Promise<Health> {
  return request<Health>('GET', '/api/health', { quietUnauthorized: true });
}
