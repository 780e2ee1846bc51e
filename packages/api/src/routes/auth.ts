import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NO_CONTENT } from '../schemas/common';
import { appendAuditEvent, deleteSession, logIn, SESSION_TTL_MS } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { SESSION_COOKIE } from '../auth/authenticate';
import { presentMe } from '../presenters/me';
import { Me } from '../schemas/me';

const LoginInput = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export function registerAuthRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies };

  r.post('/api/auth/login', {
    schema: {
      tags: ['auth'],
      summary: '登录 Log in with username and password; sets the huiqi_session cookie',
      body: LoginInput,
      response: { 200: z.object({ user: Me }) },
    },
  }, async (request, reply) => {
    const result = await logIn(deps.db, { ...request.body, demoMode: deps.demoMode, clientAddress: request.ip });
    if (!result.ok) {
      if (result.reason === 'RATE_LIMITED') {
        throw new AppError('RATE_LIMITED', {
          message: { zh: `登录失败次数过多，请 ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} 分钟后再试`, en: `Too many failed logins; try again in ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} minutes` },
          headers: { 'retry-after': String(result.retryAfterSeconds ?? 60) },
        });
      }
      throw new AppError(result.reason === 'DEMO_USER_DISABLED' ? 'DEMO_LOGIN_DISABLED' : 'INVALID_CREDENTIALS');
    }
    reply.setCookie(SESSION_COOKIE, result.session.secret, { ...cookieOptions, maxAge: Math.floor(SESSION_TTL_MS / 1000) });
    return { user: presentMe(result.user, 'SESSION') };
  });

  r.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: '退出登录 Log out (ends the session; always 204)', response: { 204: NO_CONTENT } },
  }, async (request, reply) => {
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) {
      await deps.db.transaction(async (tx) => {
        const userId = await deleteSession(tx, secret);
        if (userId) await appendAuditEvent(tx, { type: 'USER_LOGGED_OUT', subject: userId, payload: {} }, userId);
      });
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send(null);
  });
}
