import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import { accountsModule } from './accounts-module';
import { OIDC_FAILURE_TEXT } from './accounts-messages';

const me = (role: Me['role'], uscc: string | null = null) => ({ role, uscc } as Me);

describe('accounts feature module', () => {
  it('gives enterprise users 账号管理 and the SME bureau 企业注册审核, and nobody else either', () => {
    expect(accountsModule.menu!(me('ENTERPRISE', '91440300MA5HQ1PC0X')).map((e) => e.path)).toEqual(['/accounts/staff']);
    expect(accountsModule.menu!(me('SME_BUREAU')).map((e) => e.path)).toEqual(['/accounts/registrations']);
    for (const role of ['DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN'] as const) expect(accountsModule.menu!(me(role))).toEqual([]);
  });

  it('serves registration and the sign-in failure page without a login', () => {
    expect(accountsModule.routes.filter((r) => r.isPublic).map((r) => r.path)).toEqual(['register', 'login/oidc-failed']);
  });

  it('explains every failure the server can send, in Chinese and English', () => {
    // The server's list (packages/api/src/accounts/oidc-failure.ts); the web cannot import it.
    const reasons = ['NOT_CONFIGURED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_REFUSED', 'STATE_MISMATCH', 'TOKEN_INVALID', 'USCC_MISSING', 'USCC_INVALID', 'UNKNOWN_ENTERPRISE', 'ACCOUNT_DISABLED'];
    expect(Object.keys(OIDC_FAILURE_TEXT).sort()).toEqual([...reasons].sort());
    for (const text of Object.values(OIDC_FAILURE_TEXT)) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[\x20-\x7e–’]+$/);
    }
  });
});
