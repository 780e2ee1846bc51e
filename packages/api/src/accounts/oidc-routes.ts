import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REDIRECT } from '../schemas/common';
import { recordOidcRefusal, saveSignInAttempt, SESSION_TTL_MS, signInWithOidc, takeSignInAttempt } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { SESSION_COOKIE } from '../auth/authenticate';
import { OidcRelyingParty } from './oidc-client';
import { OIDC_FAILURE_PATH, OidcSignInError, type OidcFailure } from './oidc-failure';

const STATE_COOKIE = 'huiqi_oidc_state';
const STATE_COOKIE_PATH = '/api/auth/oidc';

/**
 * 统一身份认证: sign-in through the city's identity service (OpenID Connect, authorization code +
 * PKCE). Both steps are browser navigations: they answer with redirects, to the identity service,
 * to the portal after a sign-in, or to the web page that explains a failure in Chinese and English.
 */
export function registerOidcRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rp = deps.oidc ? new OidcRelyingParty(deps.oidc) : null;
  const stateCookie = { path: STATE_COOKIE_PATH, httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies };
  const fail = (reply: FastifyReply, reason: OidcFailure) => reply.clearCookie(STATE_COOKIE, stateCookie).redirect(`${OIDC_FAILURE_PATH}?reason=${reason}`, 302);

  r.get('/api/auth/oidc', {
    schema: {
      tags: ['accounts'],
      summary: '统一身份认证是否可用 Whether sign-in through the city\'s identity service is configured (public; the sign-in page asks)',
      response: { 200: z.object({ enabled: z.boolean() }) },
    },
  }, async () => ({ enabled: rp !== null }));

  r.get('/api/auth/oidc/start', {
    schema: { tags: ['accounts'], summary: '统一身份认证登录 Start a sign-in: redirects to the identity service (or to the failure page)', response: { 302: REDIRECT } },
  }, async (_request, reply) => {
    if (!rp) return fail(reply, 'NOT_CONFIGURED');
    try {
      const started = await rp.start();
      await saveSignInAttempt(deps.db, started);
      reply.setCookie(STATE_COOKIE, started.state, { ...stateCookie, maxAge: 600 });
      return reply.redirect(started.authorizationUrl, 302);
    } catch (e) {
      request_log(app, e);
      return fail(reply, e instanceof OidcSignInError ? e.reason : 'PROVIDER_UNAVAILABLE');
    }
  });

  r.get('/api/auth/oidc/callback', {
    schema: {
      tags: ['accounts'],
      summary: '统一身份认证回调 Where the identity service sends the browser back: signs in (redirect to /) or explains the failure',
      querystring: z.looseObject({ state: z.string().max(512).optional() }),
      response: { 302: REDIRECT },
    },
  }, async (request, reply) => {
    if (!rp) return fail(reply, 'NOT_CONFIGURED');
    const issuer = rp.settings.issuer;
    const state = request.query.state;
    const cookieState = request.cookies[STATE_COOKIE];
    // The state must be the one this browser was given, and a sign-in this server started (once).
    const attempt = state && cookieState && state === cookieState ? await takeSignInAttempt(deps.db, state) : null;
    if (!state || !attempt) {
      await recordOidcRefusal(deps.db, 'STATE_MISMATCH', issuer, null);
      return fail(reply, 'STATE_MISMATCH');
    }
    const query = request.raw.url?.split('?')[1] ?? '';
    try {
      const identity = await rp.finish(query, { state, ...attempt });
      const result = await signInWithOidc(deps.db, identity);
      if (!result.ok) return fail(reply, result.reason);
      reply.clearCookie(STATE_COOKIE, stateCookie);
      reply.setCookie(SESSION_COOKIE, result.session.secret, { path: '/', httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, maxAge: Math.floor(SESSION_TTL_MS / 1000) });
      return reply.redirect('/', 302);
    } catch (e) {
      if (!(e instanceof OidcSignInError)) throw e;
      request_log(app, e);
      await recordOidcRefusal(deps.db, e.reason, issuer, null);
      return fail(reply, e.reason);
    }
  });
}

function request_log(app: FastifyInstance, e: unknown): void {
  app.log.warn({ err: e }, 'OIDC sign-in failed');
}
