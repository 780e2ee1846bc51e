import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { getEnterprise, getInspectionItem, inspectionCodeSecret, listInspectors, targetsOfEnterprise } from '@huiqi/db';
import { enterpriseCode, readEnterpriseCode } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce } from '../policies/decision';
import { domainError, resolveLegalBasis } from './inspections-context';
import { canManageInspections } from './inspections-policy';

/** 监督码: an enterprise's own code (QR, from its registry data) and an inspector scanning it. */
export function registerInspectionCodeRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/inspections/my/code', {
    schema: {
      tags: ['inspections'],
      summary: '企业监督码 My enterprise\'s supervision code as text and as a QR image (SVG), generated from the registry — no application needed (enterprise users)',
      response: { 200: z.object({ uscc: z.string(), enterpriseName: z.string(), code: z.string(), svg: z.string() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(user.role === 'ENTERPRISE' && user.uscc ? allow : deny('只有企业用户可以查看本企业的监督码', 'Only enterprise users can see their supervision code'));
    const enterprise = await getEnterprise(db, user.uscc!);
    if (!enterprise) throw new AppError('NOT_FOUND', { message: { zh: '企业名录中没有本企业', en: 'Your enterprise is not in the registry' } });
    const code = enterpriseCode(await inspectionCodeSecret(db), enterprise.uscc);
    return { uscc: enterprise.uscc, enterpriseName: enterprise.name, code, svg: await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  });

  r.post('/api/inspections/codes/scan-enterprise', {
    schema: {
      tags: ['inspections'],
      summary: '扫码入企 An inspector scans an enterprise\'s code: the enterprise and my department\'s drawn inspections of it, with items, legal basis and inspectors (department officers)',
      body: z.strictObject({ code: z.string().trim().min(1).max(200) }),
      response: {
        200: z.object({
          uscc: z.string(),
          enterpriseName: z.string(),
          tasks: z.array(z.object({ planId: z.string(), title: z.string(), items: z.array(z.object({ name: z.string(), legalBasis: z.array(z.object({ address: z.string(), citation: z.string(), title: z.string() })) })), inspectors: z.array(z.string()) })),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const read = readEnterpriseCode(await inspectionCodeSecret(db), request.body.code);
    if (!read.ok) throw domainError(read.error);
    const enterprise = await getEnterprise(db, read.value.uscc);
    if (!enterprise) throw new AppError('NOT_FOUND', { message: { zh: '企业名录中没有该企业', en: 'The enterprise is not in the registry' } });
    const names = new Map((await listInspectors(db, user.departmentId)).map((i) => [i.id, i.name]));
    const tasks = [];
    for (const t of await targetsOfEnterprise(db, enterprise.uscc, user.departmentId)) {
      const items = [];
      for (const id of t.itemIds) {
        const item = await getInspectionItem(db, id);
        if (item) items.push({ name: item.name, legalBasis: resolveLegalBasisLenient(item.legalBasis) });
      }
      tasks.push({ planId: t.planId, title: t.title, items, inspectors: t.inspectors.map((i) => names.get(i.id) ?? i.id) });
    }
    return { uscc: enterprise.uscc, enterpriseName: enterprise.name, tasks };
  });
}

function resolveLegalBasisLenient(addresses: string[]) {
  try {
    return resolveLegalBasis(addresses);
  } catch {
    return addresses.map((address) => ({ address, citation: address, title: '' }));
  }
}
