import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv, oidcSettingsOf } from './env';

const OIDC = {
  HUIQI_OIDC_ISSUER: 'https://id.sz.gov.cn/oidc',
  HUIQI_OIDC_CLIENT_ID: 'huiqi',
  HUIQI_OIDC_CLIENT_SECRET: 'secret',
  HUIQI_OIDC_REDIRECT_URL: 'https://huiqi.sz.gov.cn/api/auth/oidc/callback',
};

function problemVariables(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.problems.map((p) => p.variable);
    throw e;
  }
  return [];
}

describe('identity-service environment (HUIQI_OIDC_*)', () => {
  it('is off unless an issuer is set, and reads the uscc from the claim `uscc` by default', () => {
    expect(oidcSettingsOf(loadEnv({}))).toBeUndefined();
    expect(oidcSettingsOf(loadEnv(OIDC))).toEqual({ issuer: OIDC.HUIQI_OIDC_ISSUER, clientId: 'huiqi', clientSecret: 'secret', redirectUri: OIDC.HUIQI_OIDC_REDIRECT_URL, usccClaim: 'uscc' });
    expect(oidcSettingsOf(loadEnv({ ...OIDC, HUIQI_OIDC_USCC_CLAIM: 'creditCode' }))?.usccClaim).toBe('creditCode');
  });

  it('names every companion missing when the issuer is set', () => {
    expect(problemVariables({ HUIQI_OIDC_ISSUER: OIDC.HUIQI_OIDC_ISSUER })).toEqual(['HUIQI_OIDC_CLIENT_ID', 'HUIQI_OIDC_CLIENT_SECRET', 'HUIQI_OIDC_REDIRECT_URL']);
  });

  it('accepts plain http only on loopback (a test provider), and refuses a bad claim name', () => {
    expect(problemVariables({ ...OIDC, HUIQI_OIDC_ISSUER: 'http://id.sz.gov.cn' })).toEqual(['HUIQI_OIDC_ISSUER']);
    expect(problemVariables({ ...OIDC, HUIQI_OIDC_ISSUER: 'http://127.0.0.1:4000' })).toEqual([]);
    expect(problemVariables({ ...OIDC, HUIQI_OIDC_USCC_CLAIM: 'two words' })).toEqual(['HUIQI_OIDC_USCC_CLAIM']);
  });
});
