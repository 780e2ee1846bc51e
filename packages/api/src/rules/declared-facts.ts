import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getDeclaredFacts, recordDeclaredFacts } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { describeFactSchema, factsFromJson } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canRecordFigures } from '../policies/enterprise-policy';
import { loadReadableEnterprise } from '../routes/enterprise-detail';
import { Bilingual, UsccParam, yearOf } from '../schemas/common';
import { DERIVED_FACTS, REGISTRY_FACTS } from './enterprise-facts';

const Params = z.object({
  uscc: UsccParam,
  year: yearOf(1990, 2999),
});

const DeclarableField = z.object({
  name: z.string(),
  type: z.string(),
  unit: z.string().nullable(),
  values: z.array(z.string()).nullable(),
  group: z.string(),
  label: Bilingual,
});

const DeclaredFactsResponse = z.object({
  uscc: z.string(),
  fiscalYear: z.number().int(),
  version: z.number().int().nullable(),
  validFrom: z.string().nullable(),
  /** Fact name → value (money in integer fen, ratios as decimals, dates YYYY-MM-DD). */
  facts: z.record(z.string(), z.unknown()),
  /** Which facts may be declared, with labels and types (everything the registry does not hold). */
  fields: z.array(DeclarableField),
  canEdit: z.boolean(),
});

/** Facts an enterprise may declare: every fact of the schema the registry does not provide. */
export function declarableFields() {
  return describeFactSchema()
    .filter((f) => !REGISTRY_FACTS.has(f.name) && !DERIVED_FACTS.has(f.name))
    .map((f) => ({ name: f.name, type: f.type, unit: f.unit ?? null, values: f.values ? [...f.values] : null, group: f.group, label: f.label }));
}

export function registerDeclaredFactsRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/enterprises/:uscc/declared-facts/:year', {
    schema: {
      tags: ['rules'],
      summary: '企业自报数据 The facts an enterprise declared for one fiscal year (used for decisions in the following year), with the declarable fields; readable like the enterprise',
      params: Params,
      response: { 200: DeclaredFactsResponse },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const enterprise = await loadReadableEnterprise(db, user, request.params.uscc);
    const d = await getDeclaredFacts(db, enterprise.uscc, request.params.year);
    return {
      uscc: enterprise.uscc,
      fiscalYear: request.params.year,
      version: d?.version ?? null,
      validFrom: d?.validFrom ?? null,
      facts: d?.facts ?? {},
      fields: declarableFields(),
      canEdit: canRecordFigures(user, enterprise).allowed,
    };
  });

  r.put('/api/enterprises/:uscc/declared-facts/:year', {
    schema: {
      tags: ['rules'],
      summary: '填报自报数据 Replace the declared facts of one fiscal year (the enterprise itself; money in integer fen; null or absent = not declared). A new version only when something changed; audited',
      params: Params,
      body: z.object({ facts: z.record(z.string(), z.unknown()) }).strict(),
      response: { 200: DeclaredFactsResponse.extend({ changedFields: z.array(z.string()) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const enterprise = await loadReadableEnterprise(db, user, request.params.uscc);
    enforce(canRecordFigures(user, enterprise));
    const year = request.params.year;
    if (year > Number(today().slice(0, 4))) {
      throw new AppError('VALIDATION_FAILED', { message: { zh: `${year} 年度尚未开始，不能填报`, en: `Fiscal year ${year} has not started yet` } });
    }
    const given = Object.fromEntries(Object.entries(request.body.facts).filter(([, v]) => v !== null && v !== undefined));
    const refused = Object.keys(given).filter((k) => REGISTRY_FACTS.has(k) || DERIVED_FACTS.has(k));
    if (refused.length) {
      throw new AppError('RULES_FACT_NOT_DECLARABLE', {
        message: { zh: `以下数据来自企业档案或年度数据，请在那里修改：${refused.join('、')}`, en: `These facts come from the profile or yearly figures; change them there: ${refused.join(', ')}` },
        details: { facts: refused },
      });
    }
    const checked = factsFromJson(given, { money: 'fen' });
    if (!checked.ok) {
      const first = checked.error[0]!;
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: `自报数据不符合要求：${first.message.zh}${checked.error.length > 1 ? `（另有 ${checked.error.length - 1} 处问题）` : ''}`, en: `Invalid declared facts: ${first.message.en}${checked.error.length > 1 ? ` (and ${checked.error.length - 1} more)` : ''}` },
        details: { issues: checked.error.map((e) => ({ path: ['facts', e.field], message: e.message })) },
      });
    }
    // Stored as given (validated): exact decimals stay as the enterprise wrote them.
    const saved = await db.transaction((tx) => recordDeclaredFacts(tx, { uscc: enterprise.uscc, fiscalYear: year, facts: given }, user.id));
    return {
      uscc: enterprise.uscc,
      fiscalYear: year,
      version: saved.declared?.version ?? null,
      validFrom: saved.declared?.validFrom ?? null,
      facts: saved.declared?.facts ?? {},
      fields: declarableFields(),
      canEdit: true,
      changedFields: saved.changedFields,
    };
  });
}
