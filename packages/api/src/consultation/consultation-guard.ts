import type { FastifyRequest } from 'fastify';
import type { Database } from '@huiqi/db';
import type { ConsultationActor } from '@huiqi/workflows';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { consultationActorOf } from './consultation-actor';

/** Officer routes: signed in (401), an officer of a department (403); ownership is the domain's check. */
export async function requireOfficer(db: Database, request: FastifyRequest): Promise<ConsultationActor> {
  requirePrincipal(request.principal);
  const actor = await consultationActorOf(db, request);
  if (actor?.kind !== 'OFFICER') throw new AppError('FORBIDDEN', { message: { zh: '只有政府部门工作人员可以办理征求意见', en: 'Only government officers handle consultations' } });
  return actor;
}

/** Comment routes: a signed-in enterprise, or a verified contact (401 when neither; 403 for other roles). */
export async function requireCommenter(db: Database, request: FastifyRequest): Promise<ConsultationActor> {
  const actor = await consultationActorOf(db, request);
  if (!actor) {
    if (request.principal) throw new AppError('FORBIDDEN', { message: { zh: '该账号不能提交征求意见', en: 'This account cannot comment on consultations' } });
    throw new AppError('CONSULTATION_COMMENTER_REQUIRED');
  }
  if (actor.kind === 'OFFICER') throw new AppError('FORBIDDEN', { message: { zh: '工作人员不能以本人身份提交意见', en: 'Officers cannot submit comments' } });
  return actor;
}
