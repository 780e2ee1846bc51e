import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listDepartments, listPublishedPolicies, POLICY_CHANNELS } from '@huiqi/db';
import { z } from 'zod';
import { Bilingual, PlainDateString } from '../schemas/common';
import type { ApiDeps } from '../deps';
import { DraftAmountBody, DraftConditionBody } from './publication-schemas';
import { topicLabel } from './policy-topics';

const PublicPolicy = z.object({
  id: z.string(),
  policyKey: z.string(),
  version: z.number(),
  titleZh: z.string(),
  titleEn: z.string(),
  summaryZh: z.string(),
  summaryEn: z.string(),
  departmentId: z.string(),
  /** The issuing department's name: what is shown (departmentId stays for the filter). */
  department: Bilingual,
  jurisdiction: z.string(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  channel: z.enum(POLICY_CHANNELS),
  topics: z.array(z.string()),
  /** Each topic code with its name in words, for the filter and the list. */
  topicNames: z.array(z.object({ code: z.string(), label: Bilingual })),
  conditions: z.array(DraftConditionBody),
  amount: DraftAmountBody.nullable(),
  publishedAt: z.string().nullable(),
});

/** 惠企政策清单: published policies, public (no login), filterable by department, topic and date in force. */
export function registerPublicPolicyRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/public/published-policies', {
    schema: {
      tags: ['publication'],
      summary: '惠企政策清单 Published policies (public)',
      querystring: z.object({
        department: z.string().max(64).optional(),
        topic: z.string().max(32).optional(),
        date: PlainDateString.optional(),
      }),
      response: { 200: z.array(PublicPolicy) },
    },
  }, async (request) => {
    const { department, topic, date } = request.query;
    const [rows, departments] = await Promise.all([listPublishedPolicies(db, date), listDepartments(db)]);
    const names = new Map(departments.map((d) => [d.id, d.name]));
    return rows
      .filter((p) => (!department || p.departmentId === department) && (!topic || p.topics.includes(topic)))
      .map(({ authorUserId: _a, publishedByUserId: _p, createdAt: _c, updatedAt: _u, status: _s, ...rest }) => ({
        ...rest,
        department: names.get(rest.departmentId) ?? { zh: '未知部门', en: 'unknown department' },
        topicNames: rest.topics.map((code) => ({ code, label: topicLabel(code) })),
      }));
  });
}
