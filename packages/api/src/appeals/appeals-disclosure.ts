import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appendAuditEvent, findAppealCaseByTrackingNumber, findUserById } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { allow, deny, enforce, type Decision } from '../policies/decision';
import type { User } from '@huiqi/db';
import { TrackingNumberParam } from './appeals-schemas';

/** Only an SME-bureau officer may ask; every disclosure is itself in the audit log, with its reason. */
export function canDiscloseReporter(user: User): Decision {
  return user.role === 'SME_BUREAU'
    ? allow
    : deny('只有中小企业主管部门工作人员可以依法查明匿名反映人', 'Only an SME-bureau officer may lawfully identify an anonymous reporter');
}

const DisclosureBody = z.object({
  legalBasis: z.string().trim().min(2).max(200),
  reason: z.string().trim().min(10).max(1000),
});

/**
 * 匿名反映人身份查明: who stands behind an anonymous case, for the rare cases where the law requires
 * it (e.g. a court or supervisory request). The audit log otherwise names the reporter by a
 * pseudonym; this action is the only way from the pseudonym to the account, and it is audited.
 */
export function registerAppealDisclosureRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/appeals/:trackingNumber/reporter-disclosure', {
    schema: {
      tags: ['appeals'],
      summary: '匿名反映人身份查明 Identify the reporter of an anonymous appeal where the law requires it (SME bureau only; audited with its legal basis and reason)',
      params: TrackingNumberParam,
      body: DisclosureBody,
      response: { 200: z.object({ trackingNumber: z.string(), username: z.string().nullable(), displayName: z.string().nullable(), uscc: z.string().nullable() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canDiscloseReporter(user));
    const row = await findAppealCaseByTrackingNumber(db, request.params.trackingNumber);
    if (!row) throw new AppError('APPEAL_NOT_FOUND');
    if (!row.isAnonymous) {
      throw new AppError('VALIDATION_FAILED', { message: { zh: '该诉求不是匿名反映，反映人已在诉求中署名', en: 'This appeal is not anonymous: its reporter is named in the case' } });
    }
    const reporter = row.reporterUserId ? await findUserById(db, row.reporterUserId) : null;
    await db.transaction((tx) =>
      appendAuditEvent(tx, { type: 'ANONYMOUS_REPORTER_DISCLOSED', subject: row.caseId, payload: { trackingNumber: row.trackingNumber, legalBasis: request.body.legalBasis, reason: request.body.reason } }, user.id),
    );
    return { trackingNumber: row.trackingNumber, username: reporter?.username ?? null, displayName: reporter?.displayName ?? null, uscc: row.reporterUscc };
  });
}
