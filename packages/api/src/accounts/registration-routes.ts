import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideRegistration, getRegistration, listRegistrations, submitRegistration, type User } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canDecideRegistration, canReadRegistrations } from './accounts-policy';
import { Registration, RegistrationBody } from './accounts-schemas';

/**
 * 企业注册: without an identity service, a person registers an account bound to a uscc. The
 * registry's legal representative named → the account exists at once; otherwise a bureau officer
 * of the enterprise's jurisdiction confirms or rejects it.
 */
export function registerRegistrationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const IdParams = z.object({ id: z.string().uuid() });

  r.post('/api/accounts/registrations', {
    schema: {
      tags: ['accounts'],
      summary: '企业注册 Register an enterprise account (public): confirmed at once when the legal representative matches the registry, otherwise queued for the SME bureau',
      body: RegistrationBody,
      response: { 201: z.object({ status: z.enum(['CONFIRMED', 'PENDING']), enterpriseName: z.string() }) },
    },
  }, async (request, reply) => {
    const outcome = await submitRegistration(db, request.body);
    switch (outcome.status) {
      case 'UNKNOWN_ENTERPRISE': throw new AppError('REGISTRATION_UNKNOWN_ENTERPRISE');
      case 'ENTERPRISE_HAS_ACCOUNTS': throw new AppError('ENTERPRISE_HAS_ACCOUNTS');
      case 'ALREADY_PENDING': throw new AppError('REGISTRATION_ALREADY_PENDING');
      case 'USERNAME_TAKEN': throw new AppError('ACCOUNT_USERNAME_TAKEN');
      default: return reply.status(201).send({ status: outcome.status, enterpriseName: outcome.registration.enterpriseName });
    }
  });

  r.get('/api/accounts/registrations', {
    schema: {
      tags: ['accounts'],
      summary: '注册申请 Registrations of enterprises in the caller\'s jurisdiction (SME bureau; auditors read), oldest first',
      querystring: z.object({ status: z.enum(['PENDING', 'CONFIRMED', 'REJECTED']).optional() }),
      response: { 200: z.object({ items: z.array(Registration) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadRegistrations(user));
    return { items: await listRegistrations(db, { jurisdiction: user.jurisdiction, ...(request.query.status ? { status: request.query.status } : {}) }) };
  });

  const decide = async (user: User, id: string, decision: { confirm: true } | { confirm: false; note: string }) => {
    enforce(canDecideRegistration(user, null));
    const found = await getRegistration(db, id);
    if (!found) throw new AppError('REGISTRATION_NOT_FOUND');
    enforce(canDecideRegistration(user, found.district.id));
    const outcome = await db.transaction((tx) => decideRegistration(tx, id, decision, user.id));
    if (outcome.status === 'NOT_FOUND') throw new AppError('REGISTRATION_NOT_FOUND');
    if (outcome.status === 'NOT_PENDING') throw new AppError('REGISTRATION_NOT_PENDING');
    if (outcome.status === 'USERNAME_TAKEN') throw new AppError('ACCOUNT_USERNAME_TAKEN', { message: { zh: '申请的用户名已被他人使用，请驳回并请申请人换一个用户名重新注册', en: 'The username asked for has been taken meanwhile; reject and ask the applicant to register again with another' } });
    return outcome.registration;
  };

  r.post('/api/accounts/registrations/:id/confirm', {
    schema: { tags: ['accounts'], summary: '确认注册 Confirm a pending registration (SME bureau of the enterprise\'s jurisdiction): the account is created', params: IdParams, response: { 200: Registration } },
  }, async (request) => decide(requirePrincipal(request.principal).user, request.params.id, { confirm: true }));

  r.post('/api/accounts/registrations/:id/reject', {
    schema: {
      tags: ['accounts'],
      summary: '驳回注册 Reject a pending registration with a reason the applicant is told (SME bureau of the enterprise\'s jurisdiction)',
      params: IdParams,
      body: z.strictObject({ note: z.string().trim().min(1).max(500) }),
      response: { 200: Registration },
    },
  }, async (request) => decide(requirePrincipal(request.principal).user, request.params.id, { confirm: false, note: request.body.note }));
}
