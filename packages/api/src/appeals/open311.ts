import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAppealCases, loadAppealLogs } from '@huiqi/db';
import {
  open311Created, open311Discovery, open311RequestToSubmission, open311ServiceDefinition, open311Services, toOpen311Request,
  type AppealAction, type Open311Lang, type Open311RequestInput,
} from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { actorOf, appealsRuntime } from './appeals-context';
import { canReadAppeals } from './appeals-policy';
import { PassThrough } from './appeals-schemas';
import { loadVisibleCase, submitAppeal } from './appeals-service';
import { idempotencyKeyOf } from './appeals-submit';
import { listScopeOf } from './appeals-list';
import { viewCaseFor } from './appeal-viewer';
import { installOpen311FormParser } from './open311-form-body';
import { ANONYMOUS_SUBMISSIONS_PER_ADDRESS, countSubmission } from '../hardening/submission-throttle';

/** Base path of our GeoReport v2 endpoint (inside /api, so the permission matrix covers it). */
export const OPEN311_BASE = '/api/open311/v2';

const LangQuery = z.object({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') });
const Loose = PassThrough;

/**
 * Open311 GeoReport v2: our appeal types are its services; requests are our cases. Submitting is
 * open to logged-in enterprises (cookie or Bearer token) and, for the types that allow it, to
 * anonymous clients (at most 20 an hour from one network address); reading requests needs a login and shows only what presentCaseFor shows the
 * caller. Errors keep this API's error shape, with the GeoReport list in `details.open311`.
 */
export async function registerOpen311Routes(app: FastifyInstance, { db }: ApiDeps): Promise<void> {
  await app.register(async (scope) => {
    installOpen311FormParser(scope);
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.get(`${OPEN311_BASE}/discovery.json`, {
      schema: { tags: ['open311'], summary: 'Open311 discovery (public)', response: { 200: Loose } },
    }, async (request) => {
      const host = request.headers.host ?? 'localhost';
      return open311Discovery({
        endpointUrl: `${request.protocol}://${host}${OPEN311_BASE}/`,
        contact: '市中小企业服务局 Shenzhen SME Service Bureau',
        keyService: `${request.protocol}://${host}/api/tokens`,
        changeset: '2026-11-22T00:00:00Z',
        isProduction: false,
      });
    });

    r.get(`${OPEN311_BASE}/services.json`, {
      schema: { tags: ['open311'], summary: 'Open311 services = appeal types (public)', querystring: LangQuery, response: { 200: z.array(Loose) } },
    }, async (request) => open311Services(request.query.lang));

    r.get(`${OPEN311_BASE}/services/:serviceCode.json`, {
      schema: { tags: ['open311'], summary: 'Open311 service definition (attributes of the arrears complaint) (public)', params: z.object({ serviceCode: z.string().max(50) }), querystring: LangQuery, response: { 200: Loose } },
    }, async (request) => {
      const def = open311ServiceDefinition(request.params.serviceCode, request.query.lang);
      if (!def) throw new AppError('NOT_FOUND', { message: { zh: `没有服务代码 ${request.params.serviceCode}`, en: `No service code ${request.params.serviceCode}` } });
      return def;
    });

    r.post(`${OPEN311_BASE}/requests.json`, {
      schema: {
        tags: ['open311'],
        summary: 'Open311 POST requests: submit an appeal (form-encoded or JSON; attribute[code] for the arrears fields). Logged-in enterprise, or anonymous for types that allow it. Idempotency-Key header honoured.',
        querystring: LangQuery,
        body: z.record(z.string(), z.unknown()),
        response: { 201: z.array(Loose), 200: z.array(Loose) },
      },
    }, async (request, reply) => {
      const user = request.principal?.user ?? null;
      if (user && user.role !== 'ENTERPRISE') {
        throw new AppError('APPEAL_ENTERPRISE_REQUIRED', { message: { zh: '只有企业用户或匿名客户端可以通过 Open311 提交诉求', en: 'Only enterprise users or anonymous clients can submit through Open311' } });
      }
      const key = idempotencyKeyOf(request.headers['idempotency-key']);
      const anonymousUserId = `anon-${randomUUID()}`;
      const { smeBureauId } = await appealsRuntime(db);
      const mapped = open311RequestToSubmission(request.body as Open311RequestInput, {
        jurisdiction: 'cn-gd-sz', receivedBy: smeBureauId, caseId: 'pending', trackingNumber: 'pending', idempotencyKey: key,
        reporter: user ? { userId: user.id, enterpriseId: user.uscc, enterpriseName: user.enterpriseName, uscc: user.uscc, contactName: null, contactPhone: null, contactEmail: null } : null,
        anonymousUserId,
      });
      if (!mapped.ok) {
        const forbidden = mapped.error.some((e) => e.code === 403);
        const msg = mapped.error.map((e) => e.description).join('; ');
        throw new AppError(forbidden ? 'APPEAL_ANONYMOUS_NOT_ALLOWED' : 'VALIDATION_FAILED', { message: { zh: msg, en: msg }, details: { open311: mapped.error } });
      }
      const p = mapped.value;
      if (!user) await countSubmission(db, [`ip:${request.ip || 'unknown'}`], ANONYMOUS_SUBMISSIONS_PER_ADDRESS);
      // Media URLs from Open311 are kept in the description; attachments are uploaded files only.
      const description = p.attachments.length > 0 ? `${p.description}\n附件链接 Media: ${p.attachments.map((a) => a.id).join(' ')}` : p.description;
      const outcome = await submitAppeal(db, {
        actor: user ? actorOf(user)! : { role: 'ENTERPRISE', userId: anonymousUserId, departmentId: null, enterpriseId: null },
        submitterScope: user ? `user:${user.id}` : 'open311:anonymous',
        idempotencyKey: key,
        auditUserId: user?.id ?? null,
        draft: { type: p.type, title: p.title, description, isAnonymous: p.isAnonymous, reporter: p.reporter, relatedCaseId: null, arrears: p.arrears, attachmentIds: [] },
      });
      reply.status(outcome.isDuplicate ? 200 : 201);
      return open311Created(outcome.trackingNumber, user?.uscc ?? null, request.query.lang);
    });

    r.get(`${OPEN311_BASE}/requests/:requestId.json`, {
      schema: { tags: ['open311'], summary: 'Open311 one request (login; only cases I may see)', params: z.object({ requestId: z.string().max(40) }), querystring: LangQuery, response: { 200: z.array(Loose) } },
    }, async (request) => {
      const { user } = requirePrincipal(request.principal);
      enforce(canReadAppeals(user));
      const { view } = await loadVisibleCase(db, user, request.params.requestId);
      return [toOpen311Request(view, request.query.lang)];
    });

    r.get(`${OPEN311_BASE}/requests.json`, {
      schema: {
        tags: ['open311'],
        summary: 'Open311 requests I may see, newest first (login; at most 100)',
        querystring: LangQuery.extend({ service_code: z.string().max(50).optional(), status: z.enum(['open', 'closed']).optional() }),
        response: { 200: z.array(Loose) },
      },
    }, async (request) => {
      const { user } = requirePrincipal(request.principal);
      enforce(canReadAppeals(user));
      const { items } = await listAppealCases(db, { scope: listScopeOf(user, 'all'), limit: 100 });
      const { smeBureauId } = await appealsRuntime(db);
      const logs = await loadAppealLogs(db, items.map((i) => i.caseId));
      const out = [];
      for (const i of items) {
        if (request.query.service_code && i.type !== request.query.service_code) continue;
        const v = viewCaseFor(user, logs.get(i.caseId)! as unknown as AppealAction[], smeBureauId);
        if (!v.ok) continue;
        const req = toOpen311Request(v.value, request.query.lang as Open311Lang);
        if (request.query.status && req.status !== request.query.status) continue;
        out.push(req);
      }
      return out;
    });
  });
}
