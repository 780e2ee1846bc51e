import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';

/** Who reads marks and applications: the enterprise (its own only), the SME bureau (reviews), auditors (read-only). */
export type MarkViewer = { kind: 'ENTERPRISE'; userId: string; uscc: string } | { kind: 'BUREAU'; userId: string } | { kind: 'AUDITOR'; userId: string };

export function markViewer(request: FastifyRequest): MarkViewer {
  const { user } = requirePrincipal(request.principal);
  if (user.role === 'ENTERPRISE' && user.uscc) return { kind: 'ENTERPRISE', userId: user.id, uscc: user.uscc };
  if (user.role === 'SME_BUREAU') return { kind: 'BUREAU', userId: user.id };
  if (user.role === 'AUDITOR') return { kind: 'AUDITOR', userId: user.id };
  throw new AppError('CREDIT_MARK_OFFICIAL_REQUIRED');
}

export function requireRepairEnterprise(request: FastifyRequest): { userId: string; uscc: string } {
  const { user } = requirePrincipal(request.principal);
  if (user.role !== 'ENTERPRISE' || !user.uscc) throw new AppError('CREDIT_REPAIR_ENTERPRISE_REQUIRED');
  return { userId: user.id, uscc: user.uscc };
}

export function requireOfficial(request: FastifyRequest): { userId: string; isBureau: boolean } {
  const { user } = requirePrincipal(request.principal);
  if (user.role !== 'SME_BUREAU' && user.role !== 'AUDITOR') throw new AppError('CREDIT_MARK_OFFICIAL_REQUIRED');
  return { userId: user.id, isBureau: user.role === 'SME_BUREAU' };
}

export function requireMarkBureau(request: FastifyRequest): { userId: string } {
  const { user } = requirePrincipal(request.principal);
  if (user.role !== 'SME_BUREAU') throw new AppError('CREDIT_MARK_BUREAU_REQUIRED');
  return { userId: user.id };
}

export function requireMarkDepartment(request: FastifyRequest): { userId: string; departmentId: string } {
  const { user } = requirePrincipal(request.principal);
  if (user.role !== 'DEPARTMENT' || !user.departmentId) throw new AppError('CREDIT_MARK_DEPARTMENT_REQUIRED');
  return { userId: user.id, departmentId: user.departmentId };
}
