import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createEnterprise, getEnterprise, listJurisdictions } from '@huiqi/db';
import { checkUscc } from '@huiqi/kernel';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canRegisterEnterprise } from '../policies/enterprise-policy';
import { EnterpriseCreateInput, EnterpriseDetail } from '../schemas/enterprise';
import { enterpriseDetail } from './enterprise-detail';

function invalid(path: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: { zh: `请求体不符合要求：${zh}`, en: `Invalid request body: ${en}` },
    details: { part: 'body', issues: [{ path, code: 'custom', message: { zh, en } }] },
  });
}

export function registerEnterpriseRegisterRoute(app: FastifyInstance, { db }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/enterprises', {
    schema: {
      tags: ['registry'],
      summary: '登记企业 Register an enterprise (SME-bureau officers, within their jurisdiction); version 1 of its profile',
      body: EnterpriseCreateInput,
      response: { 201: EnterpriseDetail },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const { uscc: rawUscc, ...profile } = request.body;
    const check = checkUscc(rawUscc);
    if (!check.valid) throw invalid('uscc', check.reason!.zh, check.reason!.en);
    const uscc = rawUscc.trim().toUpperCase();
    if (!(await listJurisdictions(db)).some((j) => j.id === profile.district)) {
      throw invalid('district', `未知的所属区：${profile.district}`, `unknown district ${profile.district}`);
    }
    enforce(canRegisterEnterprise(user, profile.district));
    if (await getEnterprise(db, uscc)) throw new AppError('ENTERPRISE_EXISTS', { message: { zh: `统一社会信用代码 ${uscc} 的企业已登记`, en: `Enterprise ${uscc} is already registered` } });
    try {
      await db.transaction((tx) => createEnterprise(tx, uscc, profile, user.id));
    } catch (e) {
      // A concurrent registration of the same code won the race (unique violation).
      if ((e as { code?: string }).code === '23505') throw new AppError('ENTERPRISE_EXISTS');
      throw e;
    }
    return reply.status(201).send(await enterpriseDetail(db, user, uscc, null));
  });
}
