import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findLoanProduct, insertLoanProduct, listDemands, listLoanProducts, withdrawLoanProduct, type Database, type StoredLoanProduct } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { PRODUCT_DEFAULT_CITE, type FinancingDemand, type LoanProductTerms } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditViewer, requireInstitution, type CreditViewer } from './credit-actor';
import { creditNow } from './credit-clock';
import { IdParams, ProductBody } from './credit-schemas';
import { DemandProductsOutput, ProductDemandsOutput, ProductListOutput, ProductOutput } from './credit-output-schemas';
import { presentSummary, visibleDemand } from './financing-routes';
import { byMatch, checkProduct, matchTermsOnly, matchWithFacts } from './loan-product-rules';

const tags = ['financing'];
const beijingToday = () => today('Asia/Shanghai', creditNow());

/** A product as its viewer may see it: the bank that defined it and the overseers see the expressions; an enterprise sees the conditions in words only. */
function present(p: StoredLoanProduct, v: CreditViewer) {
  const own = (v.kind === 'INSTITUTION' && v.institutionId === p.institutionId) || v.kind === 'OVERSEER';
  return {
    ...p,
    conditions: p.conditions.map((c) => (own ? c : { id: c.id, label: c.label })),
    canWithdraw: v.kind === 'INSTITUTION' && v.institutionId === p.institutionId && p.withdrawnAt === null,
  };
}

/** A product of the asking bank (others: 404, nothing leaks). */
async function ownProduct(db: Database, id: string, institutionId: string): Promise<StoredLoanProduct> {
  const p = await findLoanProduct(db, id);
  if (!p || p.institutionId !== institutionId) throw new AppError('LOAN_PRODUCT_NOT_FOUND');
  return p;
}

/**
 * 贷款产品 (融资对接): banks define products whose eligibility is written in the rules language; a
 * demand is matched against the products on offer (three-valued, with reasons in words and the
 * articles); the bank sees which demands fit its product's terms.
 */
export function registerLoanProductRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/financing/products', { schema: { tags, summary: '定义贷款产品（金融机构；准入条件用规则语言书写，定义时检查，引用条文）Define a loan product (eligibility in the rules language, checked; amounts in fen)', body: ProductBody, response: { 201: ProductOutput } } }, async (request, reply) => {
    const b = requireInstitution(request);
    const body = request.body;
    const terms: LoanProductTerms = {
      ...body, name: body.name.trim(), description: (body.description ?? '').trim(), annualRatePercent: body.annualRatePercent.trim(),
      conditions: body.conditions.map((c) => ({ id: c.id, label: { zh: c.label.zh.trim(), en: (c.label.en ?? '').trim() || c.label.zh.trim() }, when: c.when.trim(), cite: c.cite?.trim() || PRODUCT_DEFAULT_CITE })),
    };
    const bad = await checkProduct(terms);
    if (bad) throw new AppError('LOAN_PRODUCT_INVALID', { message: bad.message, details: { field: bad.field } });
    const productId = `lp-${randomUUID()}`;
    await db.transaction((tx) => insertLoanProduct(tx, { ...terms, productId, institutionId: b.institutionId }, b.userId, creditNow()));
    reply.status(201);
    return present((await findLoanProduct(db, productId))!, { kind: 'INSTITUTION', ...b });
  });

  r.get('/api/financing/products', { schema: { tags, summary: '贷款产品（企业：在售的；金融机构：本机构的，含已下架；监管：全部）Loan products', response: { 200: ProductListOutput } } }, async (request) => {
    const v = creditViewer(request);
    const filter = v.kind === 'INSTITUTION' ? { institutionId: v.institutionId } : v.kind === 'ENTERPRISE' ? { offered: true as const } : { all: true as const };
    return { items: (await listLoanProducts(db, filter)).map((p) => present(p, v)) };
  });

  r.post('/api/financing/products/:id/withdraw', { schema: { tags, summary: '下架贷款产品（定义它的金融机构；重复下架不变）Withdraw a loan product', params: IdParams, response: { 200: ProductOutput } } }, async (request) => {
    const b = requireInstitution(request);
    await ownProduct(db, request.params.id, b.institutionId);
    await db.transaction((tx) => withdrawLoanProduct(tx, request.params.id, b.userId, creditNow()));
    return present((await findLoanProduct(db, request.params.id))!, { kind: 'INSTITUTION', ...b });
  });

  r.get('/api/financing/products/:id/demands', {
    schema: { tags, summary: '与本产品匹配的融资需求（金融机构；只比较需求公开的金额、期限、担保方式，企业数据条件须经授权核验）Demands matching a product on their published terms', params: IdParams, response: { 200: ProductDemandsOutput } },
  }, async (request) => {
    const b = requireInstitution(request);
    const p = await ownProduct(db, request.params.id, b.institutionId);
    const demands = await listDemands(db, { marketplaceFor: b.institutionId, whitelistOn: beijingToday() }, 200);
    const items = demands.filter((x) => x.status === 'PUBLISHED').map((x) => ({ demand: presentSummary(x), match: matchTermsOnly(p, { amountFen: x.amountFen, termMonths: x.termMonths, collateral: x.collateral as FinancingDemand['collateral'] }) }));
    return { product: present(p, { kind: 'INSTITUTION', ...b }), items: items.sort((a, c) => byMatch(a.match, c.match)) };
  });

  r.get('/api/financing/demands/:id/products', {
    schema: { tags, summary: '与融资需求匹配的贷款产品（企业：按本企业数据判断，是/否/待补充，并说明理由和依据；金融机构：本机构产品，只比较需求条款）Loan products matching a demand, three-valued with reasons', params: IdParams, response: { 200: DemandProductsOutput } },
  }, async (request) => {
    const v = creditViewer(request);
    const demand = await visibleDemand(db, v, request.params.id);
    const terms = { uscc: demand.uscc, amountFen: demand.amountFen, termMonths: demand.termMonths, collateral: demand.collateral };
    if (v.kind === 'INSTITUTION') {
      const mine = (await listLoanProducts(db, { institutionId: v.institutionId })).filter((p) => p.withdrawnAt === null);
      return { items: mine.map((p) => matchTermsOnly(p, terms)).sort(byMatch) };
    }
    return { items: await matchWithFacts(db, terms, await listLoanProducts(db, { offered: true }), beijingToday()) };
  });
}
