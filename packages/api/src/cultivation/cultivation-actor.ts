import type { FastifyRequest } from 'fastify';
import type { Database, User } from '@huiqi/db';
import type { RecognitionActor } from '@huiqi/workflows';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';

/** An officer of a district (a jurisdiction without sub-jurisdictions), or of the city: null for anyone else. */
async function officerScope(db: Database, user: User): Promise<{ districtId: string | null } | null> {
  if ((user.role !== 'SME_BUREAU' && user.role !== 'DEPARTMENT') || !user.departmentId) return null;
  const [r] = await db.query<{ is_leaf: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM jurisdictions WHERE parent_id = $1) AS is_leaf', [user.jurisdiction]);
  if (r?.is_leaf) return { districtId: user.jurisdiction };
  // City level: the SME authority (中小企业主管部门) runs review, 公示 and recognition.
  return user.role === 'SME_BUREAU' ? { districtId: null } : null;
}

export interface CultivationCaller {
  user: User;
  actor: RecognitionActor;
}

/** The enterprise's own user (403 for every other role). */
export function requireEnterprise(request: FastifyRequest): CultivationCaller & { uscc: string } {
  const { user } = requirePrincipal(request.principal);
  if (user.role !== 'ENTERPRISE' || !user.uscc) throw new AppError('FORBIDDEN', { message: { zh: '只有企业用户可以申报', en: 'Only enterprise users apply' } });
  return { user, uscc: user.uscc, actor: { kind: 'ENTERPRISE', id: user.id, uscc: user.uscc, districtId: null } };
}

/** An officer of the city's SME authority. */
export async function requireCityOfficer(db: Database, request: FastifyRequest): Promise<CultivationCaller> {
  const { user } = requirePrincipal(request.principal);
  const scope = await officerScope(db, user);
  if (!scope || scope.districtId !== null) throw new AppError('CULTIVATION_NOT_CITY_OFFICER');
  return { user, actor: { kind: 'OFFICER', id: user.id, uscc: null, districtId: null } };
}

/** An officer of a district (初审 of the district's enterprises). */
export async function requireDistrictOfficer(db: Database, request: FastifyRequest): Promise<CultivationCaller> {
  const { user } = requirePrincipal(request.principal);
  const scope = await officerScope(db, user);
  if (!scope || scope.districtId === null) throw new AppError('CULTIVATION_NOT_DISTRICT_OFFICER');
  return { user, actor: { kind: 'OFFICER', id: user.id, uscc: null, districtId: scope.districtId } };
}

/** The applying enterprise, a district officer or a city officer (reads; the record's scope is checked by the caller). */
export async function requireReader(db: Database, request: FastifyRequest): Promise<CultivationCaller> {
  const { user } = requirePrincipal(request.principal);
  if (user.role === 'ENTERPRISE' && user.uscc) return requireEnterprise(request);
  const scope = await officerScope(db, user);
  if (!scope) throw new AppError('FORBIDDEN', { message: { zh: '无权查看认定申报', en: 'You may not see recognition applications' } });
  return { user, actor: { kind: 'OFFICER', id: user.id, uscc: null, districtId: scope.districtId } };
}

/** Any officer with a scope (district or city). */
export async function requireOfficer(db: Database, request: FastifyRequest): Promise<CultivationCaller> {
  const c = await requireReader(db, request);
  if (c.actor.kind !== 'OFFICER') throw new AppError('FORBIDDEN', { message: { zh: '只有工作人员可以办理', en: 'Only officers may do this' } });
  return c;
}
