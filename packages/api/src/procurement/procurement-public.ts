import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getProcurementAward, getProcurementDeclaration, getProcurementProject, listDepartments, listProcurementAwards, listProcurementProjects, listProcurementYears, type ProcurementAward } from '@huiqi/db';
import { today, yearOf } from '@huiqi/kernel';
import type { Declaration } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { Bilingual } from '../schemas/common';
import { assessDepartment } from './assess-department';
import { procurementRules } from './procurement-context';
import { presentAward } from './procurement-awards';
import { presentProject } from './procurement-presenters';
import { AwardDto, ProjectDto, Year } from './procurement-schemas';
import { sendDeclarationHtml } from './procurement-declarations';

const ExecutionRow = z.object({
  department: z.object({ id: z.string(), name: Bilingual, jurisdiction: z.string() }),
  status: z.enum(['MET', 'NOT_MET', 'NO_SUITABLE_PROJECTS']),
  projects: z.number().int(),
  totalBudgetFen: z.number().int(),
  suitableBudgetFen: z.number().int(),
  reservedFen: z.number().int(),
  smallMicroFen: z.number().int(),
  reservedShareOfSuitable: z.string().nullable(),
  smallMicroShareOfReserved: z.string().nullable(),
  requirementsMet: z.number().int(),
  requirementsInForce: z.number().int(),
});

/** Public pages: reserved-share execution by department and year, projects, award notices with their 声明函. */
export function registerProcurementPublicRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const awardNames = async (awards: ProcurementAward[]) => {
    const departments = new Map((await listDepartments(db)).map((d) => [d.id, d]));
    const out = new Map<string, { projectName: string; purchaser: string; departmentId: string }>();
    for (const a of awards) {
      const p = await getProcurementProject(db, a.projectId);
      const d = p ? departments.get(p.departmentId) : undefined;
      out.set(a.id, { projectName: p?.name ?? '', purchaser: d?.name.zh ?? '', departmentId: p?.departmentId ?? '' });
    }
    return out;
  };

  r.get('/api/procurement/public/execution', {
    schema: {
      tags: ['procurement'],
      summary: '预留份额执行情况 Each department\'s reserved share for a year: budgets, amounts reserved for SMEs and for small and micro firms, and whether the rules are met (public)',
      querystring: z.object({ year: Year.optional() }),
      response: { 200: z.object({ year: z.number().int(), years: z.array(z.number().int()), departments: z.array(ExecutionRow) }) },
      security: [],
    },
  }, async (request) => {
    const years = await listProcurementYears(db);
    const year = request.query.year ?? years[0] ?? yearOf(today());
    const projects = await listProcurementProjects(db, { year, departmentId: null });
    const ids = [...new Set(projects.map((p) => p.departmentId))];
    const rb = await procurementRules();
    const departments = (await listDepartments(db)).filter((d) => ids.includes(d.id));
    const rows = [];
    for (const d of departments) {
      const a = await assessDepartment(db, rb, d, year);
      const inForce = a.requirements.filter((x) => !x.draft);
      rows.push({
        department: { id: d.id, name: d.name, jurisdiction: d.jurisdiction },
        status: a.status,
        projects: a.projects.length,
        totalBudgetFen: a.figures.totalBudgetFen,
        suitableBudgetFen: a.figures.suitableBudgetFen,
        reservedFen: a.figures.reservedFen,
        smallMicroFen: a.figures.smallMicroFen,
        reservedShareOfSuitable: a.figures.reservedShareOfSuitable,
        smallMicroShareOfReserved: a.figures.smallMicroShareOfReserved,
        requirementsMet: inForce.filter((x) => x.met).length,
        requirementsInForce: inForce.length,
      });
    }
    return { year, years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a), departments: rows };
  });

  r.get('/api/procurement/public/projects', {
    schema: {
      tags: ['procurement'],
      summary: '采购项目公开 The registered projects of a year with their reservation (public; suppliers pick one for their 声明函)',
      querystring: z.object({ year: Year.optional() }),
      response: { 200: z.object({ year: z.number().int(), items: z.array(ProjectDto) }) },
      security: [],
    },
  }, async (request) => {
    const year = request.query.year ?? yearOf(today());
    const departments = new Map((await listDepartments(db)).map((d) => [d.id, d]));
    const items = await listProcurementProjects(db, { year, departmentId: null });
    return { year, items: items.map((p) => presentProject(p, departments.get(p.departmentId) ?? { name: { zh: p.departmentId, en: p.departmentId } })) };
  });

  r.get('/api/procurement/public/awards', {
    schema: {
      tags: ['procurement'],
      summary: '中标（成交）结果公告 Award notices, newest first, each with the SME preference used and the winner\'s 声明函 when one was (public)',
      response: { 200: z.object({ items: z.array(AwardDto) }) },
      security: [],
    },
  }, async () => {
    const awards = await listProcurementAwards(db, { limit: 200 });
    const names = await awardNames(awards);
    return { items: awards.map((a) => presentAward(a, names.get(a.id)!)) };
  });

  r.get('/api/procurement/public/awards/:id', {
    schema: {
      tags: ['procurement'],
      summary: '中标（成交）结果公告 One award notice; format=html gives the published 声明函 as a page (public)',
      params: z.object({ id: z.string().regex(/^pa-[a-z0-9-]{8,64}$/) }),
      querystring: z.object({ format: z.enum(['json', 'html']).default('json') }),
      response: { 200: AwardDto },
      security: [],
    },
  }, async (request, reply) => {
    const award = await getProcurementAward(db, request.params.id);
    if (!award) throw new AppError('PROCUREMENT_AWARD_NOT_FOUND');
    if (request.query.format === 'html') {
      const d = award.declarationId ? await getProcurementDeclaration(db, award.declarationId) : null;
      if (!d) throw new AppError('PROCUREMENT_DECLARATION_NOT_FOUND', { message: { zh: '该结果公告未附中小企业声明函（未享受中小企业扶持政策）', en: 'No SME declaration was published with this award (no SME preference used)' } });
      return sendDeclarationHtml(reply, d.content as unknown as Declaration);
    }
    const names = await awardNames([award]);
    return presentAward(award, names.get(award.id)!);
  });
}
