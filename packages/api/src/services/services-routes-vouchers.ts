import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findProgramme, findVoucherPayment, fundUse, listProgrammes, listVoucherIds, programmeBudgetUse, type Database } from '@huiqi/db';
import type { Voucher } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { loadProvider, providerOfUscc } from './provider-service';
import { requireBureau, requireOrganisation, requireOverseer } from './services-actor';
import { presentProgramme, presentVoucher } from './services-present';
import { ProgrammeList, ProgrammeView, VoucherList, VoucherView, VouchersIssued } from './services-schemas';
import { IdParams, IssueBody, ProgrammeBody, RedeemBody } from './services-schemas';
import { claimVoucher, createProgramme, issueVouchers, loadVoucher, redeemVoucher, requireProgramme } from './voucher-service';

const tags = ['services'];

async function presentMany(db: Database, ids: readonly string[]) {
  const out = [];
  const programmes = new Map<string, string>();
  for (const id of ids) {
    const { voucher } = await loadVoucher(db, id);
    if (!programmes.has(voucher.programmeId)) programmes.set(voucher.programmeId, (await findProgramme(db, voucher.programmeId))?.name ?? '');
    out.push(await presentOne(db, voucher, programmes.get(voucher.programmeId)));
  }
  return out;
}

async function presentOne(db: Database, v: Voucher, programmeName?: string) {
  const provider = v.redemption ? (await loadProvider(db, v.redemption.providerId)).provider.name : null;
  const payment = v.settlement ? await findVoucherPayment(db, v.voucherId) : null;
  return presentVoucher(v, { programme: programmeName ?? (await findProgramme(db, v.programmeId))?.name ?? '', provider }, payment);
}

/** 服务券/创新券: programmes and budgets (bureau), claiming (enterprises), redemption (providers). Settlement: the benefits payment batches. */
export function registerVoucherRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/services/programmes', { schema: { tags, summary: '服务券项目 Voucher programmes (public); the bureau and auditors also see the budget use', response: { 200: ProgrammeList } } }, async (request) => {
    const u = request.principal?.user;
    const overseer = u?.role === 'SME_BUREAU' || u?.role === 'AUDITOR';
    const items = [];
    // The paying fund by name: the finance officer's payments page offers a batch for each programme's fund.
    const fundNames = new Map<string, { zh: string; en: string } | null>();
    for (const p of await listProgrammes(db)) {
      if (!fundNames.has(p.fundId)) fundNames.set(p.fundId, (await fundUse(db, p.fundId))?.name ?? null);
      items.push(presentProgramme(p, overseer ? await programmeBudgetUse(db, p) : null, fundNames.get(p.fundId) ?? null));
    }
    return { items };
  });

  r.post('/api/services/programmes', { schema: { tags, summary: '设立服务券项目 Create a programme: amount, validity, categories, eligibility rule, budget, paying fund (bureau)', body: ProgrammeBody, response: { 201: ProgrammeView } } }, async (request, reply) => {
    const b = requireBureau(request);
    const body = request.body;
    const p = await createProgramme(db, b.userId, { ...body, name: body.name.trim(), description: body.description.trim(), validFrom: body.validFrom as never, validUntil: body.validUntil as never });
    reply.status(201);
    return presentProgramme(p, await programmeBudgetUse(db, p));
  });

  r.post('/api/services/programmes/:id/issue', { schema: { tags, summary: '发放服务券 Issue vouchers within the budget (bureau)', params: IdParams, body: IssueBody, response: { 201: VouchersIssued } } }, async (request, reply) => {
    const b = requireBureau(request);
    const out = await issueVouchers(db, b.userId, request.params.id, request.body.count);
    const p = await requireProgramme(db, request.params.id);
    reply.status(201);
    return { ...out, programme: presentProgramme(p, await programmeBudgetUse(db, p)) };
  });

  r.get('/api/services/programmes/:id/vouchers', { schema: { tags, summary: '项目的服务券 A programme’s vouchers (bureau and auditors)', params: IdParams, response: { 200: VoucherList } } }, async (request) => {
    requireOverseer(request);
    await requireProgramme(db, request.params.id);
    return { items: await presentMany(db, await listVoucherIds(db, { programmeId: request.params.id }, 200)) };
  });

  r.post('/api/services/programmes/:id/claim', { schema: { tags, summary: '领取服务券 Claim a voucher: eligible enterprises (by the programme’s rule), one each', params: IdParams, response: { 201: VoucherView } } }, async (request, reply) => {
    const e = requireOrganisation(request);
    const v = await claimVoucher(db, e, request.params.id);
    reply.status(201);
    return presentOne(db, v);
  });

  r.get('/api/services/my-vouchers', { schema: { tags, summary: '我的服务券 My enterprise’s vouchers, with the code to show the provider', response: { 200: VoucherList } } }, async (request) => {
    const e = requireOrganisation(request);
    return { items: await presentMany(db, await listVoucherIds(db, { holderUscc: e.uscc }, 200)) };
  });

  r.post('/api/services/redemptions', { schema: { tags, summary: '核销服务券 The provider redeems a voucher the enterprise presents, with the service record', body: RedeemBody, response: { 201: VoucherView } } }, async (request, reply) => {
    const org = requireOrganisation(request);
    const b = request.body;
    const v = await redeemVoucher(db, org, b.code, b.enterpriseUscc, { ...b.service, description: b.service.description.trim(), serviceDate: b.service.serviceDate as never });
    reply.status(201);
    return presentOne(db, v);
  });

  r.get('/api/services/provider-vouchers', { schema: { tags, summary: '本机构核销的服务券 Vouchers my organisation redeemed, with settlement status', response: { 200: VoucherList } } }, async (request) => {
    const org = requireOrganisation(request);
    const p = await providerOfUscc(db, org.uscc);
    if (!p) throw new AppError('SERVICES_PROVIDER_REQUIRED');
    return { items: await presentMany(db, await listVoucherIds(db, { providerId: p.providerId }, 200)) };
  });
}
