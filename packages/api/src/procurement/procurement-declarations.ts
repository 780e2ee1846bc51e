import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getEnterprise, getProcurementDeclaration, getProcurementProject, listProcurementDeclarations, recordProcurementDeclaration, type ProcurementDeclaration } from '@huiqi/db';
import { loadReadableProject } from './procurement-projects';
import { checkDeclaration, renderDeclarationHtml, renderDeclarationText, type Declaration, type DeclarationCheck, type RegistryEnterprise } from '@huiqi/workflows';
import { plainDate, type BilingualText } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { composeDeclaration, presentCheck, registryEnterprise } from './compose-declaration';
import { procurementRules } from './procurement-context';
import { canMakeDeclaration, canReadDeclaration, canReadDeclarationChecks } from './procurement-policy';
import { DeclarationCheckDto, DeclarationDto, DeclarationRequest } from './procurement-schemas';

/** A self-contained page: no scripts, no external resources. */
const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
};

/** Sends the declaration as an HTML file to download (the browser saves it; print from there). */
export function sendDeclarationHtml(reply: FastifyReply, d: Declaration) {
  const name = `中小企业声明函-${d.supplier.name}-${d.date}.html`;
  return reply
    .headers({ ...HTML_HEADERS, 'content-disposition': `attachment; filename="sme-declaration-${d.date}.html"; filename*=UTF-8''${encodeURIComponent(name)}` })
    .send(renderDeclarationHtml(d) as never);
}

function present(d: Declaration, check: DeclarationCheck, warnings: BilingualText[], meta: { id: string | null; uscc: string; projectId: string | null; createdAt: string | null }) {
  return {
    id: meta.id,
    uscc: meta.uscc,
    supplierName: d.supplier.name,
    projectId: meta.projectId,
    category: d.category,
    purchaser: d.purchaser,
    projectName: d.project,
    date: d.date,
    title: d.title,
    opening: d.opening,
    intro: d.intro,
    lines: d.lines,
    closing: d.closing,
    notes: d.notes,
    text: renderDeclarationText(d),
    warnings,
    check: presentCheck(check),
    citations: d.citations,
    createdAt: meta.createdAt,
  };
}

export function presentStoredDeclaration(s: ProcurementDeclaration) {
  const content = s.content as unknown as Declaration & { extraWarnings?: BilingualText[] };
  return present(content, s.checkResult as unknown as DeclarationCheck, content.extraWarnings ?? content.warnings, { id: s.id, uscc: s.uscc, projectId: s.projectId, createdAt: s.createdAt });
}

const Format = z.enum(['json', 'html']).default('json');

export function registerProcurementDeclarationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/procurement/my/declaration', {
    schema: {
      tags: ['procurement'],
      summary: '中小企业声明函预览 My SME declaration from registry data (previous year\'s figures), not stored: JSON, or format=html as a download; items comma-separated; a size differing from the registry is flagged (enterprise users)',
      querystring: DeclarationRequest.extend({ format: Format }),
      response: { 200: DeclarationDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canMakeDeclaration(user));
    const { format, ...q } = request.query;
    const c = await composeDeclaration(db, await procurementRules(), user, q);
    if (format === 'html') return sendDeclarationHtml(reply, c.declaration);
    return present(c.declaration, c.check, c.warnings, { id: null, uscc: user.uscc!, projectId: c.projectId, createdAt: null });
  });

  r.post('/api/procurement/my/declarations', {
    schema: {
      tags: ['procurement'],
      summary: '出具中小企业声明函 Issue and store my SME declaration (as the preview), with the registry check at issue; audited (enterprise users)',
      body: DeclarationRequest,
      response: { 201: DeclarationDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canMakeDeclaration(user));
    const c = await composeDeclaration(db, await procurementRules(), user, request.body);
    const d = c.declaration;
    const content = { ...JSON.parse(JSON.stringify(d)), extraWarnings: c.warnings } as Record<string, unknown>;
    const stored = await db.transaction((tx) =>
      recordProcurementDeclaration(
        tx,
        {
          uscc: user.uscc!, projectId: c.projectId, category: d.category, purchaser: d.purchaser, projectName: d.project, declaredOn: d.date,
          declaredSize: d.items[0]!.maker.size, computedSize: c.computedSize, checkStatus: c.check.status, content, checkResult: JSON.parse(JSON.stringify(c.check)) as Record<string, unknown>,
        },
        user.id,
      ),
    );
    return reply.status(201).send(presentStoredDeclaration(stored));
  });

  r.get('/api/procurement/my/declarations', {
    schema: {
      tags: ['procurement'],
      summary: '我的声明函 The SME declarations my enterprise issued, newest first (enterprise users)',
      response: { 200: z.object({ items: z.array(DeclarationDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canMakeDeclaration(user));
    const items = await listProcurementDeclarations(db, { uscc: user.uscc! });
    return { items: items.map(presentStoredDeclaration) };
  });

  r.get('/api/procurement/declarations/:id', {
    schema: {
      tags: ['procurement'],
      summary: '声明函 One issued SME declaration: JSON or format=html as a download (the enterprise, the purchaser\'s officers, the SME bureau, auditors)',
      params: z.object({ id: z.string().regex(/^pd-[a-z0-9-]{8,64}$/) }),
      querystring: z.object({ format: Format }),
      response: { 200: DeclarationDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const stored = await getProcurementDeclaration(db, request.params.id);
    if (!stored) throw new AppError('PROCUREMENT_DECLARATION_NOT_FOUND');
    const project = stored.projectId ? await getProcurementProject(db, stored.projectId) : null;
    enforce(canReadDeclaration(user, stored, project?.departmentId ?? null));
    if (request.query.format === 'html') return sendDeclarationHtml(reply, stored.content as unknown as Declaration);
    return presentStoredDeclaration(stored);
  });

  r.get('/api/procurement/projects/:id/declarations', {
    schema: {
      tags: ['procurement'],
      summary: '项目声明函 The SME declarations suppliers issued for one project (to publish with the award): its department, the SME bureau, auditors',
      params: z.object({ id: z.string().regex(/^pp-[a-z0-9-]{8,64}$/) }),
      response: { 200: z.object({ items: z.array(DeclarationDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    const items = await listProcurementDeclarations(db, { projectId: project.id });
    return { items: items.map(presentStoredDeclaration) };
  });

  r.get('/api/procurement/declaration-checks', {
    schema: {
      tags: ['procurement'],
      summary: '声明函核查 Issued declarations whose declared size differs from the registry (status=MISMATCH, the default) or could not be checked (INCOMPLETE): the check made at issue, and the same check re-run on today\'s registry (currentCheck), either one matching; for the SME bureau and auditors',
      querystring: z.object({ status: z.enum(['MISMATCH', 'INCOMPLETE', 'CONSISTENT', 'ALL']).default('MISMATCH') }),
      response: { 200: z.object({ items: z.array(DeclarationDto.extend({ currentCheck: DeclarationCheckDto.nullable() })) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDeclarationChecks(user));
    const s = request.query.status;
    const rb = await procurementRules();
    const registry = new Map<string, RegistryEnterprise | null>();
    const out = [];
    for (const d of await listProcurementDeclarations(db, { limit: 500 })) {
      if (!registry.has(d.uscc)) {
        const e = await getEnterprise(db, d.uscc);
        registry.set(d.uscc, e ? await registryEnterprise(db, e) : null);
      }
      const reg = registry.get(d.uscc);
      const declared = d.content as unknown as Declaration;
      const current = reg ? checkDeclaration(declared, [reg], plainDate(d.declaredOn), rb) : null;
      if (s !== 'ALL' && d.checkStatus !== s && current?.status !== s) continue;
      out.push({ ...presentStoredDeclaration(d), currentCheck: current ? presentCheck(current) : null });
    }
    return { items: out.slice(0, 200) };
  });
}
