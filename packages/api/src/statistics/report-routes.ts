import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listReportNarratives, NarrativeVersionConflictError, saveReportNarrative } from '@huiqi/db';
import type { AnnualReport } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { htmlToPdf } from '../consultation/report-pdf';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { annualReport, checkReportYear } from './annual-report-service';
import { evaluationPack } from './evaluation-pack';
import { reportDocx } from './report-docx';
import { reportHtml } from './report-html';
import { canEditReport, canReadStatistics } from './statistics-policy';
import { EvaluationPackView, NarrativeBody, NarrativeParams, ReportView, YearParams } from './statistics-schemas';
import { fileAnswer } from '../schemas/common';

const yieldOnly = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerReportRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const report = (year: number, request: { budget: { expensive<T>(fn: () => Promise<T>): Promise<T> } }): Promise<AnnualReport> =>
    // A run is shared by concurrent requests for the year, so it yields to the event loop but is not bound to one request's budget.
    request.budget.expensive(() => annualReport(db, year, yieldOnly));

  r.get('/api/statistics/reports/:year', {
    schema: {
      tags: ['statistics'],
      summary: '年度报告草稿 The draft of the annual report on SME development for a year (the five contents of 深圳 draft 第六条), from live data, with the officers\' narrative; a year with no data is refused (422) naming it',
      params: YearParams,
      response: { 200: ReportView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    const { year } = request.params;
    const rep = await report(year, request);
    const narratives = new Map((await listReportNarratives(db, year)).map((n) => [n.section, n]));
    return {
      ...rep,
      sections: rep.sections.map((s) => {
        const n = narratives.get(s.key);
        return { ...s, narrative: s.editable ? { text: n?.text ?? '', version: n?.version ?? 0, updatedAt: n?.updatedAt ?? null } : null };
      }),
    };
  });

  r.put('/api/statistics/reports/:year/narratives/:section', {
    schema: {
      tags: ['statistics'],
      summary: '编辑报告文字 Saves the SME bureau\'s text of 问题及对策 (PROBLEMS) or 其他事项 (OTHER) for a year (expectedVersion: 0 for the first text); the same text again changes nothing; audited',
      params: NarrativeParams,
      body: NarrativeBody,
      response: { 200: z.object({ year: z.number().int(), section: z.string(), text: z.string(), version: z.number().int(), updatedAt: z.string() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canEditReport(user));
    const { year, section } = request.params;
    await checkReportYear(db, year);
    const { text, expectedVersion } = request.body;
    const current = (await listReportNarratives(db, year)).find((n) => n.section === section);
    if (current && current.text === text) return { year, section, text, version: current.version, updatedAt: current.updatedAt };
    try {
      const saved = await saveReportNarrative(db, { year, section, text, expectedVersion, userId: user.id });
      return { year, section, text: saved.text, version: saved.version, updatedAt: saved.updatedAt };
    } catch (e) {
      if (e instanceof NarrativeVersionConflictError) throw new AppError('STATISTICS_NARRATIVE_CONFLICT', { details: { currentVersion: e.current } });
      throw e;
    }
  });

  r.get('/api/statistics/reports/:year/docx', {
    schema: { tags: ['statistics'], summary: '年度报告 DOCX The annual report as an editable Word document', params: YearParams, response: { 200: fileAnswer('application/vnd.openxmlformats-officedocument.wordprocessingml.document', '年度报告 DOCX') } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    const rep = await report(request.params.year, request);
    const buf = await reportDocx(rep);
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="sme-report-${rep.year}.docx"`).send(buf as never);
  });

  r.get('/api/statistics/reports/:year/pdf', {
    schema: { tags: ['statistics'], summary: '年度报告 PDF The annual report as PDF (printed with the server\'s Chromium; 503 when none is installed)', params: YearParams, response: { 200: fileAnswer('application/pdf', '年度报告 PDF') } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    const rep = await report(request.params.year, request);
    const pdf = await htmlToPdf(reportHtml(rep));
    if (!pdf) throw new AppError('STATISTICS_PDF_UNAVAILABLE');
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="sme-report-${rep.year}.pdf"`).send(pdf as never);
  });

  r.get('/api/statistics/evaluation-pack/:year', {
    schema: {
      tags: ['statistics'],
      summary: '第三方评估数据包 The evaluation pack of a year for an outside evaluator (深圳 draft 第七十九条): indicator definitions, year-end published tables, the modules\' yearly aggregates and the disclosure rules, as a JSON download (aggregates only)',
      params: YearParams,
      response: { 200: { description: '第三方评估数据包 The evaluation pack (a JSON file)', content: { 'application/json': { schema: EvaluationPackView } } } },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    const { year } = request.params;
    const pack = await request.budget.expensive(() => evaluationPack(db, year, () => request.budget.checkpoint()));
    return reply.header('content-type', 'application/json; charset=utf-8').header('content-disposition', `attachment; filename="evaluation-pack-${year}.json"`).send(JSON.stringify(pack, null, 2) as never);
  });
}
