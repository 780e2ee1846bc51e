import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { stringify } from 'csv-stringify/sync';
import { findIntakeBatch, listDataSources, listDepartmentFacts, listIntakeBatches, listIntakeErrors, listIntakeErrorsOfLines, listRejectedRowsPage, type IntakeBatch } from '@huiqi/db';
import { pagesByKey, textDownload } from '../guard/paged-download';
import { bi, INTAKE_KIND_NAMES, type IntakeKind } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal, type Principal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { loadReadableEnterprise } from '../routes/enterprise-detail';
import { fileAnswer, UsccParam } from '../schemas/common';
import { CONSOLE_UPLOAD_LIMIT_BYTES } from './intake-error-codes';
import { intakeInput } from './intake-input';
import { batchScope, canReadBatches, canSubmitByToken, canUploadInConsole } from './intake-policy';
import { BooleanQuery, DataSourceBody, DepartmentFactBody, IntakeBatchBody, IntakeKindParam, IntakeReportBody, RowProblem } from './intake-schemas';
import { formatOfFileName, TableFileError, type TableFormat } from './read-table-file';
import { IntakeConflict, runIntake, type IntakeReport, type SupportedIntakeKind } from './run-intake';
import { checkUploadFileName } from '../hardening/upload-file-name';
import { findBenefitPolicy } from '../benefits/benefit-policy-lookup';
import type { PolicyDef } from '@huiqi/rules-engine';
import { presentDepartmentFact } from './present-department-fact';
import { readOneUpload, type UploadRequest } from '../hardening/read-one-upload';

/** Rejected rows read per page of the download. */
const REJECTED_ROWS_PAGE = 2_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The kinds the machine API serves today (the others answer 422 INTAKE_KIND_NOT_SUPPORTED). */
const SUPPORTED_KINDS: readonly IntakeKind[] = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS'];
const PREVIEW_ROWS = 20;

const presentBatch = (b: IntakeBatch) => ({
  id: b.id, departmentId: b.departmentId, kind: b.kind, batchKey: b.batchKey, channel: b.channel, fileName: b.fileName, receivedAt: b.receivedAt,
  acceptValid: b.acceptValid, status: b.status, rowCount: b.rowCount, inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, rejected: b.rejected,
});

const presentReport = (r: IntakeReport) => ({
  batchId: r.dryRun ? null : r.batchId, batchKey: r.dryRun ? null : r.batchKey, status: r.status, replayed: r.replayed, dryRun: r.dryRun,
  rowCount: r.rowCount, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, errors: r.errors, preview: r.preview,
});

/** The format of an upload: by name, else by its first bytes (an XLSX is a ZIP: PK\x03\x04). */
function formatOf(fileName: string, head: Buffer): TableFormat {
  const byName = formatOfFileName(fileName);
  if (!(byName instanceof TableFileError)) return byName;
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  throw new AppError('INTAKE_FILE_TYPE', { message: byName.reason });
}

/**
 * Data intake (数据归集): the console's upload with a preview (officers, ≤ 20 MB), the machine
 * API for department systems (a scoped token, streaming, any size), batch reports and the
 * download of rejected rows. Validate → authorize → command → present.
 */
export async function registerIntakeRoutes(app: FastifyInstance, { db }: ApiDeps): Promise<void> {
  const sections = async () => (await getRules()).rb.industryMap.sections;

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: CONSOLE_UPLOAD_LIMIT_BYTES, files: 1, fields: 5, parts: 6 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    /** Reads the one uploaded file, refusing it over the limit (naming the limit). */
    async function readUpload(request: UploadRequest) {
      const { content, filename } = await readOneUpload(request, {
        missing: () => new AppError('INTAKE_FILE_MISSING'),
        tooLarge: () => new AppError('INTAKE_FILE_TOO_LARGE', { details: { limitBytes: CONSOLE_UPLOAD_LIMIT_BYTES } }),
      });
      const fileName = checkUploadFileName(filename || 'upload');
      return { content, fileName, format: formatOf(fileName, content) };
    }

    const consoleRun = async (p: Principal, kind: IntakeKind, upload: { content: Buffer; fileName: string; format: TableFormat }, opts: { acceptValid: boolean; dryRun: boolean; batchKey: string | null }) =>
      runIntake({ db }, {
        kind: kind as SupportedIntakeKind,
        ...intakeInput(Readable.from([upload.content]), upload.format),
        departmentId: p.user.departmentId, batchKey: opts.batchKey, channel: 'CONSOLE', fileName: upload.fileName,
        actorUserId: p.user.id, tokenId: null, acceptValid: opts.acceptValid, dryRun: opts.dryRun, previewRows: PREVIEW_ROWS,
        industrySections: await sections(),
      });

    r.post('/api/intake/previews', {
      schema: {
        tags: ['intake'],
        summary: '预览导入 Check an upload without writing: the first rows, the row-by-row report and what would change (multipart field file, ≤ 20 MB, CSV or XLSX)',
        querystring: z.object({ kind: IntakeKindParam, acceptValid: BooleanQuery }),
        response: { 200: IntakeReportBody },
      },
    }, async (request) => {
      const p = requirePrincipal(request.principal);
      enforce(canUploadInConsole(p, request.query.kind));
      const upload = await readUpload(request);
      return presentReport(await consoleRun(p, request.query.kind, upload, { acceptValid: request.query.acceptValid, dryRun: true, batchKey: null }));
    });

    r.post('/api/intake/uploads', {
      schema: {
        tags: ['intake'],
        summary: '导入数据 Import an upload (multipart field file, ≤ 20 MB, CSV or XLSX): all-or-nothing, or acceptValid=true to write the valid rows; recorded as a batch of the officer\'s department',
        querystring: z.object({ kind: IntakeKindParam, acceptValid: BooleanQuery, batchKey: z.string().min(1).max(200).optional() }),
        response: { 201: IntakeReportBody, 200: IntakeReportBody },
      },
    }, async (request, reply) => {
      const p = requirePrincipal(request.principal);
      enforce(canUploadInConsole(p, request.query.kind));
      const upload = await readUpload(request);
      try {
        const report = await consoleRun(p, request.query.kind, upload, { acceptValid: request.query.acceptValid, dryRun: false, batchKey: request.query.batchKey ?? null });
        reply.status(report.replayed ? 200 : 201);
        return presentReport(report);
      } catch (e) {
        if (e instanceof IntakeConflict) throw new AppError('INTAKE_BATCH_KEY_REUSED', { message: e.reason });
        throw e;
      }
    });
  });

  await app.register(async (scope) => {
    // The machine API streams the body: no parser buffers it, so no body limit applies.
    scope.addContentTypeParser(['text/csv', XLSX_TYPE, 'application/octet-stream'], (_request, payload, done) => done(null, payload));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post('/api/intake/batches', {
      schema: {
        tags: ['intake'],
        summary: '部门系统报送 A department system delivers one batch (body: text/csv or XLSX, streamed, any size; Bearer token scoped to the department and kind). The same batchKey again changes nothing.',
        querystring: z.object({ kind: IntakeKindParam, batchKey: z.string().min(1).max(200), acceptValid: BooleanQuery }),
        response: { 201: IntakeReportBody, 200: IntakeReportBody },
      },
    }, async (request, reply) => {
      const p = requirePrincipal(request.principal);
      enforce(canSubmitByToken(p, request.query.kind));
      if (!SUPPORTED_KINDS.includes(request.query.kind)) throw new AppError('INTAKE_KIND_NOT_SUPPORTED');
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(request.body instanceof Readable)) throw new AppError('INTAKE_FILE_TYPE');
      const format: TableFormat = type === XLSX_TYPE ? 'xlsx' : 'csv';
      try {
        const report = await runIntake({ db }, {
          kind: request.query.kind as SupportedIntakeKind,
          ...intakeInput(request.body, format),
          departmentId: p.token!.departmentId, batchKey: request.query.batchKey, channel: 'API', fileName: null,
          actorUserId: p.user.id, tokenId: p.token!.id, acceptValid: request.query.acceptValid, industrySections: await sections(),
        });
        reply.status(report.replayed ? 200 : 201);
        return presentReport(report);
      } catch (e) {
        if (e instanceof IntakeConflict) throw new AppError('INTAKE_BATCH_KEY_REUSED', { message: e.reason });
        throw e;
      }
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const Params = z.object({ id: z.string().min(1).max(100) });

  async function loadBatch(p: Principal, id: string): Promise<IntakeBatch> {
    enforce(canReadBatches(p.user));
    const b = /^[0-9a-f-]{36}$/.test(id) ? await findIntakeBatch(db, id) : null;
    const scopeId = batchScope(p);
    if (!b || (scopeId !== null && b.departmentId !== scopeId)) throw new AppError('INTAKE_BATCH_NOT_FOUND');
    return b;
  }

  r.get('/api/intake/batches', {
    schema: {
      tags: ['intake'],
      summary: '归集批次 Recent intake batches (the SME bureau and auditors: all; a department: its own), newest first',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: z.object({ items: z.array(IntakeBatchBody) }) },
    },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    enforce(canReadBatches(p.user));
    return { items: (await listIntakeBatches(db, batchScope(p), request.query.limit)).map(presentBatch) };
  });

  r.get('/api/intake/batches/:id', {
    schema: { tags: ['intake'], summary: '批次报告 One batch with its row-by-row report', params: Params, response: { 200: z.object({ batch: IntakeBatchBody, errors: z.array(RowProblem) }) } },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    const b = await loadBatch(p, request.params.id);
    return { batch: presentBatch(b), errors: await listIntakeErrors(db, b.id) };
  });

  r.get('/api/enterprises/:uscc/data-sources', {
    schema: {
      tags: ['intake'],
      summary: '数据来源 Where the current profile and each year\'s figures came from (a department\'s batch, or a person), with the last department delivery beside a value changed since; and the facts departments delivered beyond the registry (社保参保人数, 纳税信用等级, 资质证书, 共享数据)',
      params: z.object({ uscc: UsccParam }),
      response: { 200: z.object({ items: z.array(DataSourceBody), departmentFacts: z.array(DepartmentFactBody) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    await loadReadableEnterprise(db, user, request.params.uscc);
    const [items, facts] = await Promise.all([listDataSources(db, request.params.uscc), listDepartmentFacts(db, request.params.uscc)]);
    const { rb } = await getRules();
    const policies = new Map<string, PolicyDef | undefined>();
    for (const f of facts) if (f.kind === 'SHARED_FACTS' && !policies.has(f.period)) policies.set(f.period, await findBenefitPolicy(db, rb, f.period));
    return {
      items,
      departmentFacts: facts.map((f) => ({ kind: f.kind, kindName: INTAKE_KIND_NAMES[f.kind], period: f.period, version: f.version, values: f.value, source: f.source, ...presentDepartmentFact(f, policies.get(f.period)) })),
    };
  });

  r.get('/api/intake/batches/:id/rejected-rows', {
    schema: { tags: ['intake'], summary: '下载被拒绝的行 The rejected rows of a batch as CSV (UTF-8 with BOM, for Excel): the file\'s header, the rows as received, and the reasons', params: Params, response: { 200: fileAnswer('text/csv', '被拒绝的行 CSV The rejected rows with their reasons') } },
  }, async (request, reply) => {
    const p = requirePrincipal(request.principal);
    const b = await loadBatch(p, request.params.id);
    // Streamed a page of lines at a time (with those lines' problems), so a file of millions of
    // rejected rows never sits in the process.
    const pages = pagesByKey<{ line: number; cells: string[] }>((last) => listRejectedRowsPage(db, b.id, last?.line ?? null, REJECTED_ROWS_PAGE));
    const withReasons = (async function* () {
      for await (const page of pages) {
        const reasons = new Map<number, string[]>();
        for (const e of await listIntakeErrorsOfLines(db, b.id, page[0]!.line, page[page.length - 1]!.line)) {
          reasons.set(e.line, [...(reasons.get(e.line) ?? []), `${e.column}: ${e.message.zh}`]);
        }
        yield page.map((row) => [...row.cells, String(row.line), (reasons.get(row.line) ?? []).join('；')]);
      }
    })();
    const header = [...b.header, bi('行号', 'line').zh, bi('原因', 'reason').zh];
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="rejected-${b.id}.csv"`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.send(textDownload(withReasons, (rows, first) => (first ? `\uFEFF${stringify([header])}` : '') + (rows.length ? stringify(rows as string[][]) : '')) as never);
  });
}
