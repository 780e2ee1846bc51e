import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';

/**
 * An enterprise account acting for its organisation. A service provider is an organisation of the
 * registry, so its account is the enterprise account of its uscc (no separate role).
 */
export function requireOrganisation(request: FastifyRequest): { userId: string; uscc: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'ENTERPRISE' || !p.user.uscc) throw new AppError('SERVICES_ENTERPRISE_REQUIRED');
  return { userId: p.user.id, uscc: p.user.uscc };
}

/** An officer of the SME bureau (approves providers, runs voucher programmes). */
export function requireBureau(request: FastifyRequest): { userId: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'SME_BUREAU') throw new AppError('SERVICES_BUREAU_REQUIRED');
  return { userId: p.user.id };
}

/** Who reads the bureau's views: the SME bureau and auditors (read-only). */
export function requireOverseer(request: FastifyRequest): { userId: string; isBureau: boolean } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'SME_BUREAU' && p.user.role !== 'AUDITOR') throw new AppError('SERVICES_BUREAU_REQUIRED');
  return { userId: p.user.id, isBureau: p.user.role === 'SME_BUREAU' };
}
