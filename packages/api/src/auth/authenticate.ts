import type { FastifyInstance } from 'fastify';
import { findSessionUser, findTokenUser, type Database, type User } from '@huiqi/db';
import { AppError } from '../errors/app-error';
import type { Principal } from './principal';

export const SESSION_COOKIE = 'huiqi_session';

/**
 * Resolves the caller on every request: a bearer token (machine clients) or the session cookie.
 * A wrong bearer token is a 401; a stale cookie just means anonymous. Demo users count as nobody
 * when demo mode is off, even with a live session or token.
 */
export function installAuthentication(app: FastifyInstance, db: Database, demoMode: boolean): void {
  app.decorateRequest('principal', null);
  const usable = (u: User | null): u is User => u !== null && !u.disabled && (demoMode || !u.isDemo);

  app.addHook('onRequest', async (request) => {
    request.principal = null;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) throw new AppError('INVALID_TOKEN', { message: { zh: 'Authorization 请求头应为 "Bearer <令牌>"', en: 'The Authorization header must be "Bearer <token>"' } });
      const user = await findTokenUser(db, m[1]!);
      if (!usable(user)) throw new AppError('INVALID_TOKEN');
      request.principal = { user, via: 'TOKEN' } satisfies Principal;
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) {
      const user = await findSessionUser(db, secret);
      if (usable(user)) request.principal = { user, via: 'SESSION', sessionSecret: secret };
    }
  });
}
