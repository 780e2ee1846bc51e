import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, errorBody } from '../errors/app-error';

/**
 * Role gates that apply to every route, including routes added later by any module:
 * - separation of duties: a finance officer (SME_BUREAU_FINANCE) acts only on payment batches and
 *   bank returns; on every other route they count as the public — public pages answer, and where
 *   the public would be asked to log in they are refused with 403 FINANCE_SCOPE_ONLY;
 * - a forced password change: a session whose user must change their password may only read
 *   `me`, change the password and log out; elsewhere the same rule answers 403 PASSWORD_CHANGE_REQUIRED;
 * - a department system's token (scoped to a department and intake kinds) reaches only data intake
 *   (`/api/intake/…`) and `me`; elsewhere 403 DEPARTMENT_TOKEN_SCOPE_ONLY.
 */
export const FINANCE_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/me',
  'POST /api/me/password',
  'POST /api/auth/logout',
  'POST /api/benefits/payment-batches',
  'GET /api/benefits/payment-batches',
  'GET /api/benefits/payment-batches/:id/export',
  'POST /api/benefits/payment-batches/:id/returns',
  'GET /api/home/finance',
]);

export const PASSWORD_CHANGE_ROUTES: ReadonlySet<string> = new Set(['GET /api/me', 'POST /api/me/password', 'POST /api/auth/logout']);

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when a gate set the principal aside for this route: a 401 becomes this 403. */
    gatedBy: 'FINANCE_SCOPE_ONLY' | 'PASSWORD_CHANGE_REQUIRED' | 'DEPARTMENT_TOKEN_SCOPE_ONLY' | null;
  }
}

const routeKey = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url ?? ''}`;

/** Runs right after authentication (onRequest). */
export function applyScopeGates(request: FastifyRequest): void {
  request.gatedBy = null;
  const p = request.principal;
  if (!p) return;
  const key = routeKey(request);
  if (p.via === 'TOKEN' && p.token?.departmentId && key !== 'GET /api/me' && !(request.routeOptions.url ?? '').startsWith('/api/intake/')) {
    request.principal = null;
    request.gatedBy = 'DEPARTMENT_TOKEN_SCOPE_ONLY';
  } else if (p.via === 'SESSION' && p.user.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(key)) {
    request.principal = null;
    request.gatedBy = 'PASSWORD_CHANGE_REQUIRED';
  } else if (p.user.role === 'SME_BUREAU_FINANCE' && !FINANCE_ROUTES.has(key)) {
    request.principal = null;
    request.gatedBy = 'FINANCE_SCOPE_ONLY';
  }
}

export function installScopeGateReplies(app: FastifyInstance): void {
  app.decorateRequest('gatedBy', null);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.gatedBy === null || reply.statusCode !== 401) return payload;
    reply.code(403);
    reply.header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify(errorBody(new AppError(request.gatedBy)));
  });
}
