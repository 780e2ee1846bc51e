import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { procurementBreadcrumbs, procurementMenu } from './procurement-module';

const me = (role: Me['role'], extra: Partial<Me> = {}): Me => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', isDemo: false, ...extra });
const paths = (m: Me) => procurementMenu(m).map((e) => e.path);

describe('procurement menu and breadcrumbs', () => {
  it('gives each role its procurement pages and everyone the public execution page', () => {
    expect(paths(me('DEPARTMENT', { departmentId: 'dept-miit' }))).toEqual(['/procurement/projects', '/procurement/public']);
    expect(paths(me('SME_BUREAU', { departmentId: 'dept-sme' }))).toEqual(['/procurement/projects', '/procurement/declaration-checks', '/procurement/public']);
    expect(paths(me('ENTERPRISE', { uscc: '91440300MA5HQ1PC0X' }))).toEqual(['/procurement/declaration', '/procurement/public']);
    expect(paths(me('FINANCIAL_INSTITUTION'))).toEqual(['/procurement/public']);
  });
  it('names the trail of its own paths only', () => {
    expect(procurementBreadcrumbs(['procurement', 'projects', 'pp-1'])?.map((c) => c.path ?? null)).toEqual(['/procurement/projects', null]);
    expect(procurementBreadcrumbs(['law'])).toBeNull();
  });
});
