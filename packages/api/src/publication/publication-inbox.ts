import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countUnreadNotices, listNotices, markNoticeRead, type User } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce, type Decision } from '../policies/decision';

const canReadInbox = (user: User): Decision =>
  user.role === 'ENTERPRISE' && user.uscc ? allow : deny('消息中心仅供企业用户使用', 'The inbox is for enterprise users');

const Notice = z.object({
  id: z.number(),
  draftId: z.string().nullable(),
  policyKey: z.string().nullable(),
  version: z.number().nullable(),
  /** A consultation notice (kind CONSULTATION_OPENED) names its consultation instead of a policy version. */
  consultationId: z.string().nullable(),
  titleZh: z.string(),
  titleEn: z.string(),
  departmentId: z.string(),
  channel: z.string().nullable(),
  kind: z.enum(['ELIGIBLE', 'UNKNOWN', 'CONSULTATION_OPENED']),
  missing: z.array(z.string()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** 消息中心: the enterprise's policy notices (eligible, or "needs X"), and marking one read. */
export function registerInboxRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/publication/inbox', {
    schema: { tags: ['publication'], summary: '消息中心 The enterprise\'s policy notices', response: { 200: z.object({ unread: z.number(), notices: z.array(Notice) }) } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadInbox(user));
    const notices = await listNotices(db, user.uscc!);
    return { unread: await countUnreadNotices(db, user.uscc!), notices: notices.map(({ uscc: _u, ...n }) => n) };
  });

  r.post('/api/publication/inbox/:id/read', {
    schema: { tags: ['publication'], summary: '标为已读 Mark a notice read', params: z.object({ id: z.coerce.number().int().positive() }), response: { 200: z.object({ unread: z.number() }) } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadInbox(user));
    if (!(await markNoticeRead(db, user.uscc!, request.params.id))) throw new AppError('PUBLICATION_NOTICE_NOT_FOUND');
    return { unread: await countUnreadNotices(db, user.uscc!) };
  });
}
