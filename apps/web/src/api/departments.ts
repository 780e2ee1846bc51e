import { request } from './client';
import type { Department, DepartmentDetail } from './types';

export async function fetchDepartments(): Promise<Department[]> {
  const body = await request<Department[] | { items: Department[] }>('GET', '/api/departments');
  return Array.isArray(body) ? body : body.items;
}

export function fetchDepartment(id: string): Promise<DepartmentDetail> {
  return request<DepartmentDetail>('GET', `/api/departments/${encodeURIComponent(id)}`);
}
