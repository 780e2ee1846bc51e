import { describe, expect, it } from 'vitest';
import { cultivationModule } from './cultivation-module';

type Me = Parameters<NonNullable<typeof cultivationModule.menu>>[0];
const me = (role: string, jurisdiction = 'cn-gd-sz') => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction, uscc: role === 'ENTERPRISE' ? '91440300MA5HQ1PC0X' : null }) as unknown as Me;
const paths = (m: Me) => cultivationModule.menu!(m).map((e) => e.path);

describe('the cultivation module', () => {
  it('gives enterprises the self-assessment, officers the console, everyone the 公示 page; only the 公示 page is public', () => {
    expect(paths(me('ENTERPRISE'))).toEqual(['/cultivation', '/public/cultivation-notices']);
    expect(paths(me('SME_BUREAU'))).toEqual(['/console/cultivation', '/public/cultivation-notices']);
    expect(paths(me('DEPARTMENT', 'cn-gd-sz-futian'))).toEqual(['/console/cultivation', '/public/cultivation-notices']);
    expect(paths(me('DEPARTMENT'))).toEqual(['/public/cultivation-notices']);
    expect(paths(me('FINANCIAL_INSTITUTION'))).toEqual(['/public/cultivation-notices']);
    expect(cultivationModule.routes.filter((r) => r.isPublic).map((r) => r.path)).toEqual(['public/cultivation-notices/*']);
    expect(cultivationModule.breadcrumbs!(['law'])).toBeNull();
  });
});
