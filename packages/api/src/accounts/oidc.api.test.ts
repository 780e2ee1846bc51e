/**
 * Sign-in through the identity service against a real OpenID Connect provider on loopback
 * (`oidc-provider`), on both database engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createEnterprise, seedDemoCity } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { completeUscc, usccCheckCharacter } from '@huiqi/kernel';
import { buildApi } from '../build-api';
import { startTestOidcProvider, signInAtProvider, type TestOidcProvider } from './oidc-test-provider';

const REDIRECT = 'http://127.0.0.1:9/api/auth/oidc/callback';

const cookieOf = (res: LightMyRequestResponse, name: string) => res.cookies.find((c) => c.name === name)?.value;

describeEachEngine('sign-in through the identity service (OpenID Connect)', (getDb) => {
  let provider: TestOidcProvider;
  let app: FastifyInstance;
  const uscc = fakeUscc();

  beforeAll(async () => {
    provider = await startTestOidcProvider({ redirectUri: REDIRECT });
    await seedDemoCity(getDb());
    await getDb().transaction((tx) => createEnterprise(tx, uscc, profileFixture({ name: '深圳市统一认证测试有限公司' }), null));
    app = await buildApi({
      db: getDb(), demoMode: false, secureCookies: false,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, redirectUri: REDIRECT, usccClaim: 'uscc' },
    });
    provider.accounts.set('legal-person', { uscc, name: '林法人' });
    provider.accounts.set('clerk', { uscc: uscc.toLowerCase(), name: '林出纳' });
    provider.accounts.set('stranger', { uscc: completeUscc('91440300MA5NXTREG'), name: '无名' });
    const body = uscc.slice(0, 17);
    const wrong = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('').find((c) => c !== usccCheckCharacter(body))!;
    provider.accounts.set('typo', { uscc: body + wrong, name: '打错' });
    provider.accounts.set('no-code', { name: '没有代码' });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** start → the provider's login → callback; returns the callback's answer. */
  async function signIn(login: string, tamper?: (callback: URL, stateCookie: string) => { url: URL; stateCookie: string }) {
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(302);
    const stateCookie = cookieOf(start, 'huiqi_oidc_state')!;
    const back = await signInAtProvider(start.headers.location as string, login);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    const t = tamper ? tamper(back, stateCookie) : { url: back, stateCookie };
    return app.inject({ method: 'GET', url: `/api/auth/oidc/callback${t.url.search}`, cookies: { huiqi_oidc_state: t.stateCookie } });
  }

  it('says on the sign-in page that the identity service is configured', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({ enabled: true });
  });

  it('creates the enterprise user on first sign-in as its administrator and finds it on the next', async () => {
    const first = await signIn('legal-person');
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/');
    const session = cookieOf(first, 'huiqi_session')!;
    const me = (await app.inject({ method: 'GET', url: '/api/me', cookies: { huiqi_session: session } })).json();
    expect(me).toMatchObject({ role: 'ENTERPRISE', uscc, displayName: '林法人' });
    const staff = (await app.inject({ method: 'GET', url: `/api/enterprises/${uscc}/staff`, cookies: { huiqi_session: session } })).json();
    expect(staff).toMatchObject({ canManage: true, items: [{ displayName: '林法人', isAdministrator: true, signIn: 'OIDC' }] });

    const again = await signIn('legal-person');
    const me2 = (await app.inject({ method: 'GET', url: '/api/me', cookies: { huiqi_session: cookieOf(again, 'huiqi_session')! } })).json();
    expect(me2.id).toBe(me.id);

    // A colleague acting for the same enterprise (code in lower case) becomes staff, not administrator.
    const clerk = await signIn('clerk');
    const clerkStaff = (await app.inject({ method: 'GET', url: `/api/enterprises/${uscc}/staff`, cookies: { huiqi_session: cookieOf(clerk, 'huiqi_session')! } })).json();
    expect(clerkStaff.canManage).toBe(false);
    expect(clerkStaff.items).toHaveLength(2);
  });

  it('refuses a callback whose state is not the one this browser was given, or was used already', async () => {
    const forged = await signIn('legal-person', (url, cookie) => ({ url, stateCookie: `${cookie}x` }));
    expect(forged.statusCode).toBe(302);
    expect(forged.headers.location).toBe('/login/oidc-failed?reason=STATE_MISMATCH');
    expect(cookieOf(forged, 'huiqi_session')).toBeUndefined();

    let used: { url: URL; stateCookie: string } | undefined;
    const ok = await signIn('legal-person', (url, stateCookie) => (used = { url, stateCookie }));
    expect(ok.headers.location).toBe('/');
    const replay = await app.inject({ method: 'GET', url: `/api/auth/oidc/callback${used!.url.search}`, cookies: { huiqi_oidc_state: used!.stateCookie } });
    expect(replay.headers.location).toBe('/login/oidc-failed?reason=STATE_MISMATCH');
    const noState = await app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc' });
    expect(noState.headers.location).toBe('/login/oidc-failed?reason=STATE_MISMATCH');
  });

  it('refuses an enterprise not in the registry, a code with a wrong check character and a missing code', async () => {
    expect((await signIn('stranger')).headers.location).toBe('/login/oidc-failed?reason=UNKNOWN_ENTERPRISE');
    expect((await signIn('typo')).headers.location).toBe('/login/oidc-failed?reason=USCC_INVALID');
    expect((await signIn('no-code')).headers.location).toBe('/login/oidc-failed?reason=USCC_MISSING');
    const refused = await getDb().query<{ payload: { reason: string } }>("SELECT payload FROM audit_events WHERE type = 'OIDC_SIGN_IN_REFUSED'");
    expect(refused.map((r) => r.payload.reason)).toEqual(expect.arrayContaining(['UNKNOWN_ENTERPRISE', 'USCC_INVALID', 'USCC_MISSING', 'STATE_MISMATCH']));
  });

  it('tells the person the identity service is down, and that it refused', async () => {
    const down = await buildApi({
      db: getDb(), demoMode: false, secureCookies: false,
      oidc: { issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', redirectUri: REDIRECT, usccClaim: 'uscc' },
    });
    try {
      const start = await down.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(start.headers.location).toBe('/login/oidc-failed?reason=PROVIDER_UNAVAILABLE');
    } finally {
      await down.close();
    }
    const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const state = cookieOf(start, 'huiqi_oidc_state')!;
    const denied = await app.inject({ method: 'GET', url: `/api/auth/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(provider.issuer)}`, cookies: { huiqi_oidc_state: state } });
    expect(denied.headers.location).toBe('/login/oidc-failed?reason=PROVIDER_REFUSED');
  });

  it('sends everyone to the explanation when no identity service is configured', async () => {
    const plain = await buildApi({ db: getDb(), demoMode: false, secureCookies: false });
    try {
      expect((await plain.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({ enabled: false });
      expect((await plain.inject({ method: 'GET', url: '/api/auth/oidc/start' })).headers.location).toBe('/login/oidc-failed?reason=NOT_CONFIGURED');
    } finally {
      await plain.close();
    }
  });
});
