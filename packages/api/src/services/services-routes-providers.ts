import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { PlainDate } from '@huiqi/kernel';
import type { Database } from '@huiqi/db';
import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS, SERVICES_ARTICLES, type ProviderDeclaration, type ServiceProvider } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { actOnProvider, listProviders, loadProvider, presentProvider, presentPublicProvider, providerOfUscc, registerProvider } from './provider-service';
import { requireBureau, requireOrganisation, requireOverseer } from './services-actor';
import {
  AnyProviderView, BureauProviderQuery, CategoryList, DecisionBody, IdParams, MyProvider, ProviderBody, ProviderList, ProviderQuery, ProviderView, PublicProviderList, RatingBody, ReasonBody,
} from './services-schemas';

const tags = ['services'];

const trimmed = (d: z.infer<typeof ProviderBody>): ProviderDeclaration => ({
  ...d, name: d.name.trim(), description: d.description.trim(), contactPhone: d.contactPhone.trim(), shareholders: d.shareholders.map((s) => s.trim()),
  qualifications: d.qualifications.map((q) => ({ ...q, name: q.name.trim(), validUntil: q.validUntil as PlainDate | null })),
  account: { accountName: d.account.accountName.trim(), accountNumber: d.account.accountNumber.trim(), bankName: d.account.bankName.trim() },
});

async function ownProvider(db: Database, uscc: string): Promise<ServiceProvider> {
  const p = await providerOfUscc(db, uscc);
  if (!p) throw new AppError('SERVICES_PROVIDER_REQUIRED');
  return p;
}

/** 服务机构: self-registration, the bureau's review and rating, the public directory (深圳 第十四—十七条; 青岛 第五十七条). */
export function registerProviderRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/services/categories', { schema: { tags, summary: '服务类别 Service categories (深圳 第十五条; 上海 第十二条)', response: { 200: CategoryList } } }, async () => ({
    items: SERVICE_CATEGORIES.map((code) => ({ code, label: SERVICE_CATEGORY_LABELS[code] })),
    articles: [SERVICES_ARTICLES.marketServices, SERVICES_ARTICLES.serviceCategories],
  }));

  r.get('/api/services/providers', { schema: { tags, summary: '服务机构名录 The public directory of approved providers, by category and name', querystring: ProviderQuery, response: { 200: PublicProviderList } } }, async (request) => {
    const items = await listProviders(db, { status: 'APPROVED', category: request.query.category, text: request.query.q?.trim() || undefined });
    return { items: items.map(presentPublicProvider) };
  });

  r.get('/api/services/providers/:id', { schema: { tags, summary: '一家服务机构 One approved provider (public); the provider itself and the bureau see any status', params: IdParams, response: { 200: AnyProviderView } } }, async (request) => {
    const { provider } = await loadProvider(db, request.params.id).catch(() => { throw new AppError('PROVIDER_NOT_FOUND'); });
    const u = request.principal?.user;
    if (u && (u.role === 'SME_BUREAU' || u.role === 'AUDITOR')) return presentProvider(provider, u.role === 'SME_BUREAU' ? ['BUREAU'] : []);
    if (u && u.role === 'ENTERPRISE' && u.uscc === provider.uscc) return presentProvider(provider, ['OWNER']);
    if (provider.status !== 'APPROVED') throw new AppError('PROVIDER_NOT_FOUND');
    return presentPublicProvider(provider);
  });

  r.post('/api/services/providers', { schema: { tags, summary: '服务机构登记 An organisation registers as a service provider (its own uscc)', body: ProviderBody, response: { 201: ProviderView } } }, async (request, reply) => {
    const org = requireOrganisation(request);
    const p = await registerProvider(db, org, trimmed(request.body));
    reply.status(201);
    return presentProvider(p, ['OWNER']);
  });

  r.get('/api/services/my-provider', { schema: { tags, summary: '本机构的服务机构登记 My organisation as a provider (null when not registered)', response: { 200: MyProvider } } }, async (request) => {
    const org = requireOrganisation(request);
    const p = await providerOfUscc(db, org.uscc);
    return { provider: p ? presentProvider(p, ['OWNER']) : null };
  });

  r.post('/api/services/my-provider/resubmit', { schema: { tags, summary: '重新提交 Resubmit after a rejection', body: ProviderBody, response: { 200: ProviderView } } }, async (request) => {
    const org = requireOrganisation(request);
    const p = await ownProvider(db, org.uscc);
    return presentProvider(await actOnProvider(db, p.providerId, 'RESUBMITTED', { kind: 'PROVIDER', ...org }, trimmed(request.body)), ['OWNER']);
  });

  r.post('/api/services/my-provider/withdraw', { schema: { tags, summary: '退出名录 Withdraw from the directory', response: { 200: ProviderView } } }, async (request) => {
    const org = requireOrganisation(request);
    const p = await ownProvider(db, org.uscc);
    return presentProvider(await actOnProvider(db, p.providerId, 'WITHDRAWN', { kind: 'PROVIDER', ...org }, {}), ['OWNER']);
  });

  r.get('/api/services/review/providers', { schema: { tags, summary: '服务机构审核 Providers for review, any status (bureau and auditors)', querystring: BureauProviderQuery, response: { 200: ProviderList } } }, async (request) => {
    const o = requireOverseer(request);
    const items = await listProviders(db, { status: request.query.status, category: request.query.category, text: request.query.q?.trim() || undefined });
    return { items: items.map((p) => presentProvider(p, o.isBureau ? ['BUREAU'] : [])) };
  });

  const bureauAction = <T extends 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'REINSTATED' | 'RATED'>(path: string, type: T, summary: string, body: typeof DecisionBody | typeof ReasonBody | typeof RatingBody) => {
    r.post(`/api/services/providers/:id/${path}`, { schema: { tags, summary, params: IdParams, body, response: { 200: ProviderView } } }, async (request) => {
      const b = requireBureau(request);
      await loadProvider(db, request.params.id);
      const payload = request.body as never;
      return presentProvider(await actOnProvider(db, request.params.id, type, { kind: 'BUREAU', userId: b.userId }, payload), ['BUREAU']);
    });
  };
  bureauAction('approve', 'APPROVED', '入库 Approve a provider (bureau)', DecisionBody);
  bureauAction('reject', 'REJECTED', '不予入库 Reject with the reason (bureau)', ReasonBody);
  bureauAction('suspend', 'SUSPENDED', '暂停 Suspend with the reason (bureau)', ReasonBody);
  bureauAction('reinstate', 'REINSTATED', '恢复 Reinstate (bureau)', DecisionBody);
  bureauAction('rate', 'RATED', '评价 Rate 1–5 with the reason (bureau)', RatingBody);
}
