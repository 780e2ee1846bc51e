import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { inspectionsMessages } from './inspections-messages';
import { inspectionsBreadcrumbs, inspectionsMenu } from './inspections-module';

const me = (role: Me['role'], extra: Partial<Me> = {}): Me => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', isDemo: false, ...extra });
const paths = (m: Me) => inspectionsMenu(m).map((e) => e.path);

describe('inspections menu, breadcrumbs and messages', () => {
  it('gives officials the items and plans, and everyone the public record', () => {
    expect(paths(me('DEPARTMENT', { departmentId: 'dept-miit' }))).toEqual(['/inspections/items', '/inspections/plans', '/inspections/oversight', '/inspections/public']);
    expect(paths(me('ENTERPRISE', { uscc: '91440300MA5HQ1PC0X' }))).toEqual(['/inspections/task', '/inspections/public']);
  });
  it('offers an auditor without a department the coordination dashboard, not one department’s items and plans (the server would refuse them)', () => {
    expect(paths(me('AUDITOR'))).toEqual(['/inspections/oversight', '/inspections/public']);
  });
  it('names the trail of its own paths only', () => {
    expect(inspectionsBreadcrumbs(['inspections', 'oversight'])?.length).toBe(1);
    expect(inspectionsBreadcrumbs(['inspections', 'plans', 'ip-1'])?.map((c) => c.path ?? null)).toEqual(['/inspections/plans', null]);
    expect(inspectionsBreadcrumbs(['law'])).toBeNull();
  });
  it('has every message in both languages, with the same placeholders', () => {
    for (const key of Object.keys(inspectionsMessages.zh) as (keyof typeof inspectionsMessages.zh)[]) {
      expect(inspectionsMessages.en[key], key).toBeTruthy();
      expect(inspectionsMessages.zh[key].match(/\{\w+\}/g) ?? []).toEqual(inspectionsMessages.en[key].match(/\{\w+\}/g) ?? []);
    }
  });
});
