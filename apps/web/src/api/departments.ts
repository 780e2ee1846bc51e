import { callApi } from './call-api';
import type { Department, DepartmentDetail } from './types';

export function fetchDepartments(): Promise<Department[]> {
  return callApi('get', '/api/departments');
}

export function fetchDepartment(id: string): Promise<DepartmentDetail> {
  return callApi('get', '/api/departments/{id}', { params: { id } });
}
