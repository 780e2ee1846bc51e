import type { User } from '@huiqi/db';
import type { IntakeKind } from '@huiqi/kernel';
import { AppError } from '../errors/app-error';

/** The authenticated caller: a user, and how they proved it. */
export interface Principal {
  user: User;
  via: 'SESSION' | 'TOKEN';
  /** Set for session logins: the raw cookie value (to end the session at logout). */
  sessionSecret?: string;
  /**
   * Set for token logins: the token's own scope. A department system's token is bound to one
   * department and to the intake kinds it may submit, and expires (null: no expiry).
   */
  token?: PrincipalToken;
}

export interface PrincipalToken {
  id: string;
  departmentId: string | null;
  intakeKinds: readonly IntakeKind[];
  expiresAt: string | null;
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
