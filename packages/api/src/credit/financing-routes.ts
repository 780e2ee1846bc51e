import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listDemands, listInstitutions, listLoans, type Database, type DemandSummary } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { DEMAND_STATUS_LABELS, DEMAND_TRANSITIONS, type DemandActionType, type DemandPerformer, type DemandStatusTransitions, type FinancingDemand } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditViewer, requireEnterprise, requireInstitution, type CreditViewer } from './credit-actor';
import { DemandBody, IdParams, LoanBody, ReleaseBody } from './credit-schemas';
import { DemandListOutput, DemandOutput, LoanListOutput } from './credit-output-schemas';
import { creditNow } from './credit-clock';
import { actOnDemand, loadDemand, publishDemand } from './financing-service';
import { firstLoanSubsidyFor } from './first-loan-subsidy';

const tags = ['financing'];

function performers(v: CreditViewer, d: FinancingDemand): DemandPerformer[] {
  if (v.kind === 'ENTERPRISE') return v.uscc === d.uscc ? ['OWNER'] : [];
  if (v.kind === 'INSTITUTION') return d.takenBy === v.institutionId ? ['INSTITUTION', 'TAKER'] : ['INSTITUTION'];
  return [];
}

/** Who may see a demand: its enterprise; any institution while it is open, and the one that took it; the overseers. Others get 404. */
function canSee(v: CreditViewer, d: FinancingDemand): boolean {
  if (v.kind === 'OVERSEER') return true;
  if (v.kind === 'ENTERPRISE') return v.uscc === d.uscc;
  return d.status === 'PUBLISHED' || d.takenBy === v.institutionId || d.loan?.institutionId === v.institutionId;
}

async function present(db: Database, d: FinancingDemand, v: CreditViewer) {
  const names = new Map((await listInstitutions(db)).map((i) => [i.id, i.name]));
  const row: DemandStatusTransitions = DEMAND_TRANSITIONS[d.status];
  const mine = performers(v, d);
  return {
    ...d,
    statusLabel: DEMAND_STATUS_LABELS[d.status],
    takenByName: d.takenBy ? (names.get(d.takenBy) ?? null) : null,
    loan: d.loan ? { ...d.loan, institutionName: names.get(d.loan.institutionId) ?? null } : null,
    actions: Object.entries(row).filter(([, t]) => t.by.some((p) => mine.includes(p))).map(([a]) => a as Exclude<DemandActionType, 'PUBLISHED'>),
  };
}

/** A demand of a list, its stored codes typed and its status in words. */
export function presentSummary(d: DemandSummary) {
  const status = d.status as FinancingDemand['status'];
  return { ...d, status, collateral: d.collateral as FinancingDemand['collateral'], urgency: d.urgency as FinancingDemand['urgency'], statusLabel: DEMAND_STATUS_LABELS[status] };
}

/** The demand if the viewer may see it (404 otherwise: nothing leaks). */
export async function visibleDemand(db: Database, v: CreditViewer, id: string): Promise<FinancingDemand> {
  const { demand } = await loadDemand(db, id);
  if (!canSee(v, demand)) throw new AppError('FINANCING_DEMAND_NOT_FOUND');
  return demand;
}

/** 融资对接: enterprises publish demands; banks take them (接单) and record the outcome; the bureau oversees. */
export function registerFinancingRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/financing/demands', { schema: { tags, summary: '发布融资需求 Publish a financing demand', body: DemandBody, response: { 201: DemandOutput } } }, async (request, reply) => {
    const e = requireEnterprise(request);
    const d = await publishDemand(db, { kind: 'ENTERPRISE', userId: e.userId, uscc: e.uscc }, { ...request.body, purpose: request.body.purpose.trim() });
    reply.status(201);
    return present(db, d, { kind: 'ENTERPRISE', ...e });
  });

  r.get('/api/financing/demands', { schema: { tags, summary: '融资需求（企业：本企业的；金融机构：待对接的和本机构接的，产融合作白名单企业的在前并标注，其次紧急的；监管：全部）Financing demands (banks: whitelisted enterprises first, marked)', response: { 200: DemandListOutput } } }, async (request) => {
    const v = creditViewer(request);
    // a bank sees demands of enterprises on the whitelist in force today (Beijing) first, marked (001 第十条, WHITELIST_ARTICLE)
    const filter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : v.kind === 'INSTITUTION' ? { marketplaceFor: v.institutionId, whitelistOn: today('Asia/Shanghai', creditNow()) } : { all: true as const };
    const items = await listDemands(db, filter, 200);
    return { items: items.map(presentSummary) };
  });

  r.get('/api/financing/demands/:id', { schema: { tags, summary: '一条融资需求 One financing demand', params: IdParams, response: { 200: DemandOutput } } }, async (request) => {
    const v = creditViewer(request);
    return present(db, await visibleDemand(db, v, request.params.id), v);
  });

  r.post('/api/financing/demands/:id/take', { schema: { tags, summary: '接单 Take a demand (financial institutions)', params: IdParams, response: { 200: DemandOutput } } }, async (request) => {
    const b = requireInstitution(request);
    const v: CreditViewer = { kind: 'INSTITUTION', ...b };
    await visibleDemand(db, v, request.params.id);
    return present(db, await actOnDemand(db, request.params.id, 'TAKEN', { kind: 'INSTITUTION', ...b }, {}), v);
  });

  r.post('/api/financing/demands/:id/release', { schema: { tags, summary: '不予放款，退回对接 Release a taken demand with the reason', params: IdParams, body: ReleaseBody, response: { 200: DemandOutput } } }, async (request) => {
    const b = requireInstitution(request);
    const v: CreditViewer = { kind: 'INSTITUTION', ...b };
    await visibleDemand(db, v, request.params.id);
    return present(db, await actOnDemand(db, request.params.id, 'RELEASED', { kind: 'INSTITUTION', ...b }, { reason: request.body.reason.trim() }), v);
  });

  r.post('/api/financing/demands/:id/loan', { schema: { tags, summary: '登记放款结果 Record the loan granted for a taken demand', params: IdParams, body: LoanBody, response: { 200: DemandOutput } } }, async (request) => {
    const b = requireInstitution(request);
    const v: CreditViewer = { kind: 'INSTITUTION', ...b };
    await visibleDemand(db, v, request.params.id);
    const loan = { ...request.body, grantedOn: request.body.grantedOn as PlainDate };
    return present(db, await actOnDemand(db, request.params.id, 'LOAN_RECORDED', { kind: 'INSTITUTION', ...b }, loan), v);
  });

  r.post('/api/financing/demands/:id/withdraw', { schema: { tags, summary: '撤回融资需求 Withdraw a demand (its enterprise)', params: IdParams, response: { 200: DemandOutput } } }, async (request) => {
    const e = requireEnterprise(request);
    const v: CreditViewer = { kind: 'ENTERPRISE', ...e };
    await visibleDemand(db, v, request.params.id);
    return present(db, await actOnDemand(db, request.params.id, 'WITHDRAWN', { kind: 'ENTERPRISE', ...e }, {}), v);
  });

  r.get('/api/financing/loans', { schema: { tags, summary: '放款记录（企业：本企业的，及由此得出的首贷信息、来源和首贷贴息的判断；金融机构：本机构的；监管：全部）Loans recorded; for an enterprise also its first-loan facts with their source and the first-loan subsidy evaluated on them', response: { 200: LoanListOutput } } }, async (request) => {
    const v = creditViewer(request);
    const filter = v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : v.kind === 'INSTITUTION' ? { institutionId: v.institutionId } : { all: true as const };
    const names = new Map((await listInstitutions(db)).map((i) => [i.id, i.name]));
    const items = (await listLoans(db, filter)).map((l) => ({ ...l, institutionName: names.get(l.institutionId) ?? null }));
    return v.kind === 'ENTERPRISE' ? { items, firstLoanSubsidy: await firstLoanSubsidyFor(db, v.uscc) } : { items };
  });
}
