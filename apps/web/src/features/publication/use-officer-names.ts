import { useApi } from '../../api/use-api';
import { fetchDepartment, fetchDepartments } from '../../api/departments';
import type { Department } from '../../api/types';

/**
 * Names of the officials who may appear in a policy's history: the draft's department and the SME
 * bureau (reviewers). A department this user may not read is left out: its ids are shown as they are.
 */
export function useOfficerNames(departmentId: string | undefined): { names: Map<string, string>; departments: Department[] } {
  const departments = useApi(() => fetchDepartments().catch(() => [] as Department[]), []);
  const list = departments.data ?? [];
  const ids = [...new Set([departmentId, ...list.filter((d) => d.isSmeBureau).map((d) => d.id)].filter((x): x is string => Boolean(x)))];
  const officers = useApi(
    () => Promise.all(ids.map((id) => fetchDepartment(id).then((d) => d.officers, () => []))).then((all) => all.flat()),
    [ids.join(',')],
  );
  return { names: new Map((officers.data ?? []).map((o) => [o.id, o.displayName])), departments: list };
}
