import { describe, expect, it } from 'vitest';
import { publicationModule } from '../publication/publication-module';
import { inboxModule } from './inbox-module';

type Me = Parameters<NonNullable<typeof inboxModule.menu>>[0];
const me = (role: string, uscc: string | null = null) => ({ id: 'u', username: 'u', displayName: 'u', role, jurisdiction: 'cn-gd-sz', uscc }) as unknown as Me;

describe('inbox and public policy list modules', () => {
  it('gives the 消息中心 menu entry to enterprise users only', () => {
    expect(inboxModule.menu!(me('ENTERPRISE', '91440300MA5HQ1PC0X')).map((e) => [e.path, e.label])).toEqual([['/inbox', { zh: '消息中心', en: 'Inbox' }]]);
    for (const role of ['SME_BUREAU', 'DEPARTMENT', 'AUDITOR', 'FINANCIAL_INSTITUTION', 'ADMIN']) expect(inboxModule.menu!(me(role))).toEqual([]);
  });

  it('owns only its own breadcrumbs; the policy list is public', () => {
    expect(inboxModule.breadcrumbs!(['inbox'])).toEqual([{ label: { zh: '消息中心', en: 'Inbox' } }]);
    expect(inboxModule.breadcrumbs!(['benefits'])).toBeNull();
    expect(publicationModule.breadcrumbs!(['public', 'policies'])).toEqual([{ label: { zh: '惠企政策清单', en: 'Policies for enterprises' } }]);
    expect(publicationModule.breadcrumbs!(['public', 'benefits'])).toBeNull();
    expect(publicationModule.routes.find((r) => r.path === 'public/policies/*')?.isPublic).toBe(true);
    expect(inboxModule.routes.every((r) => !r.isPublic)).toBe(true);
  });
});
