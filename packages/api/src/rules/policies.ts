import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describePolicy, type RuleBase } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { getRules } from './rule-base';
import { PolicyDetail, PolicySummary } from './rules-schemas';

export function jurisdictionName(rb: RuleBase, id: string) {
  return rb.jurisdictions.get(id)?.name ?? { zh: id, en: id };
}

/** The published policy list (惠企政策清单): public, as the law requires policies to be published. */
export function registerPolicyRoutes(app: FastifyInstance, _deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/rules/policies', {
    schema: {
      tags: ['rules'],
      summary: '惠企政策清单 Every encoded policy: title, department, jurisdiction, channel, in-force window, whether a version is unverified (public)',
      response: { 200: z.object({ items: z.array(PolicySummary) }) },
    },
  }, async () => {
    const { rb } = await getRules();
    const items = [...rb.policies.values()].map((p) => ({
      id: p.id,
      title: p.title,
      jurisdiction: p.jurisdiction,
      jurisdictionName: jurisdictionName(rb, p.jurisdiction),
      department: p.department,
      channel: p.channel,
      ruleSet: p.ruleSet,
      inForce: { from: p.versions[0]!.from, until: p.versions[p.versions.length - 1]!.until },
      versions: p.versions.length,
      hasUnverified: p.versions.some((v) => v.unverified),
    }));
    items.sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction) || a.id.localeCompare(b.id));
    return { items };
  });

  r.get('/api/rules/policies/:id', {
    schema: {
      tags: ['rules'],
      summary: '政策详情 One policy: every dated version with its conditions (formula and cited article text), amount formula and outputs (public)',
      params: z.object({ id: z.string().refine((v) => /^[a-z0-9][a-z0-9-]{0,99}$/.test(v), { message: 'must be a policy id such as innovative-sme', params: { zh: '应为政策编号，如 innovative-sme', en: 'must be a policy id such as innovative-sme' } }) }),
      response: { 200: PolicyDetail },
    },
  }, async (request) => {
    const { rb } = await getRules();
    const d = describePolicy(rb, request.params.id);
    if (!d) throw new AppError('RULES_POLICY_NOT_FOUND', { message: { zh: `未找到政策「${request.params.id}」`, en: `No policy '${request.params.id}'` } });
    return { ...d, jurisdictionName: jurisdictionName(rb, d.jurisdiction) };
  });
}
