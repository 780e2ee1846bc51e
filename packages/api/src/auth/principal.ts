import type { User } from '@huiqi/db';
import { AppError } from '../errors/app-error';

/** The authenticated caller: a user, and how they proved it. */
export interface Principal {
  user: User;
  via: 'SESSION' | 'TOKEN';
  /** Set for session logins: the raw cookie value (to end the session at logout). */
  sessionSecret?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Authorize step, part one: the caller must be logged in (401 otherwise). */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new AppError('UNAUTHENTICATED');
  return principal;
}
