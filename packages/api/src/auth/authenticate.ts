import type { FastifyInstance } from 'fastify';
import { findSessionUser, findTokenPrincipal, type Database, type User } from '@huiqi/db';
import { AppError } from '../errors/app-error';
import type { Principal } from './principal';
import { applyScopeGates, installScopeGateReplies } from './scope-gates';

export const SESSION_COOKIE = 'huiqi_session';

/**
 * Resolves the caller on every request: a bearer token (machine clients) or the session cookie.
 * A wrong, revoked or expired bearer token is a 401 (a department system's token also when its
 * department is deactivated); a stale cookie just means anonymous. Demo users count as nobody
 * when demo mode is off, even with a live session or token. A token login carries the token's
 * scope in `principal.token`. The role gates of `scope-gates.ts` run last.
 */
export function installAuthentication(app: FastifyInstance, db: Database, demoMode: boolean): void {
  app.decorateRequest('principal', null);
  installScopeGateReplies(app);
  const usable = (u: User | null): u is User => u !== null && !u.disabled && (demoMode || !u.isDemo);

  app.addHook('onRequest', async (request) => {
    request.principal = null;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) throw new AppError('INVALID_TOKEN', { message: { zh: 'Authorization 请求头应为 "Bearer <令牌>"', en: 'The Authorization header must be "Bearer <token>"' } });
      const found = await findTokenPrincipal(db, m[1]!);
      if (found.status === 'EXPIRED') {
        throw new AppError('TOKEN_EXPIRED', { message: { zh: `API 令牌已于 ${found.expiresAt} 过期，请联系系统管理员重新签发`, en: `The API token expired at ${found.expiresAt}; ask the administrator for a new one` } });
      }
      if (found.status === 'DEPARTMENT_DEACTIVATED') throw new AppError('TOKEN_DEPARTMENT_DEACTIVATED');
      if (found.status !== 'OK' || !usable(found.user)) throw new AppError('INVALID_TOKEN');
      request.principal = { user: found.user, via: 'TOKEN', token: found.token } satisfies Principal;
      applyScopeGates(request);
      return;
    }
    const secret = request.cookies[SESSION_COOKIE];
    if (secret) {
      const user = await findSessionUser(db, secret);
      if (usable(user)) request.principal = { user, via: 'SESSION', sessionSecret: secret };
    }
    applyScopeGates(request);
  });
}
