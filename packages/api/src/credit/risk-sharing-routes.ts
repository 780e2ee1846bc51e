import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listClaimIds, listLoans, listPoolRegistrations, loadClaimLog, findClaimIdByLoan, type Database } from '@huiqi/db';
import { plainDate } from '@huiqi/kernel';
import { foldClaim } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { requireBank, requireReviewer, riskViewer, type RiskViewer } from './risk-sharing-actor';
import { namesOf, presentClaim } from './risk-sharing-present';
import { ClaimIdParams, FileClaimBody, PoolLoan, PoolLoanList, RegisterLoanBody, ResubmitClaimBody, ReviewClaimBody, RiskClaimList, RiskClaimView } from './risk-sharing-schemas';
import { canSeeClaim, fileClaim, loadClaim, registerLoan, resubmitClaim, reviewClaim } from './risk-sharing-service';

const tags = ['financing'];

/** The pool as the viewer may see it: a bank its recorded loans (registered or not), the borrower its registered loans, the bureau and auditors every registration. */
async function poolLoans(db: Database, v: RiskViewer) {
  const names = await namesOf(db);
  const registrations = await listPoolRegistrations(db, v.kind === 'BANK' ? { institutionId: v.institutionId } : v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : { all: true });
  const byDemand = new Map(registrations.map((r) => [r.demandId, r]));
  const rows: { demandId: string; uscc: string; institutionId: string; principalFen: number; grantedOn: string }[] = v.kind === 'BANK'
    ? (await listLoans(db, { institutionId: v.institutionId })).map((l) => ({ demandId: l.demandId, uscc: l.uscc, institutionId: l.institutionId, principalFen: l.grantedAmountFen, grantedOn: l.grantedOn }))
    : registrations;
  const items = [];
  for (const l of rows) {
    const reg = byDemand.get(l.demandId) ?? null;
    items.push({
      demandId: l.demandId, uscc: l.uscc, enterpriseName: await names.enterprise(l.uscc), institutionId: l.institutionId, institutionName: names.institution(l.institutionId),
      principalFen: l.principalFen, grantedOn: l.grantedOn, registeredOn: reg?.registeredOn ?? null, isRegistered: reg !== null, claimId: reg ? await findClaimIdByLoan(db, l.demandId) : null,
    });
  }
  return { items };
}

/**
 * 风险补偿 (深工信〔2023〕26号 第5项; 中小企业促进法 第九条): banks register recorded loans in the pool and file
 * one claim per defaulted registered loan; two SME-bureau officers approve at the rule's amount or one
 * rejects with a reason; approved claims are paid through the fund's benefit payment batch.
 */
export function registerRiskSharingRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/financing/risk-pool/loans', {
    schema: { tags, summary: '贷款入池登记 Register a loan the bank recorded in the risk-compensation pool (the bank that granted it only)', body: RegisterLoanBody, response: { 201: PoolLoan } },
  }, async (request, reply) => {
    const bank = requireBank(request);
    const reg = await registerLoan(db, bank, request.body.demandId);
    const names = await namesOf(db);
    reply.status(201);
    return { ...reg, enterpriseName: await names.enterprise(reg.uscc), institutionName: names.institution(reg.institutionId), isRegistered: true, claimId: null };
  });

  r.get('/api/financing/risk-pool/loans', {
    schema: { tags, summary: '风险补偿资金池贷款（金融机构：本机构放款及是否入池；企业：本企业入池贷款；中小企业服务局、审计：全部）Loans in the risk pool', response: { 200: PoolLoanList } },
  }, async (request) => poolLoans(db, riskViewer(request)));

  r.post('/api/financing/risk-claims', {
    schema: { tags, summary: '提出风险补偿申请 File a loss claim for a defaulted loan registered in the pool (the registering bank only; one claim per loan)', body: FileClaimBody, response: { 201: RiskClaimView } },
  }, async (request, reply) => {
    const bank = requireBank(request);
    const claim = await fileClaim(db, bank, { ...request.body, defaultedOn: plainDate(request.body.defaultedOn) });
    reply.status(201);
    return presentClaim(db, claim, await loadClaimLog(db, claim.claimId), bank, await namesOf(db));
  });

  r.get('/api/financing/risk-claims', {
    schema: { tags, summary: '风险补偿申请（金融机构：本机构的；企业：本企业贷款的；中小企业服务局、审计：全部）Risk-compensation claims', response: { 200: RiskClaimList } },
  }, async (request) => {
    const v = riskViewer(request);
    const ids = await listClaimIds(db, v.kind === 'BANK' ? { institutionId: v.institutionId } : v.kind === 'ENTERPRISE' ? { uscc: v.uscc } : {});
    const names = await namesOf(db);
    const items = [];
    for (const id of ids) {
      const log = await loadClaimLog(db, id);
      items.push(await presentClaim(db, foldClaim(log), log, v, names));
    }
    return { items };
  });

  r.get('/api/financing/risk-claims/:id', {
    schema: { tags, summary: '风险补偿申请详情 One claim with the rule\'s assessment (share, cap, articles) and its payment', params: ClaimIdParams, response: { 200: RiskClaimView } },
  }, async (request) => {
    const v = riskViewer(request);
    const { log, claim } = await loadClaim(db, request.params.id);
    if (!canSeeClaim(v, claim)) throw new AppError('RISK_CLAIM_FORBIDDEN');
    return presentClaim(db, claim, log, v, await namesOf(db));
  });

  r.post('/api/financing/risk-claims/:id/review', {
    schema: { tags, summary: '审核风险补偿申请 Propose approval with the paying fund, confirm it (another officer), or reject with a reason (SME-bureau officers)', params: ClaimIdParams, body: ReviewClaimBody, response: { 200: RiskClaimView } },
  }, async (request) => {
    const officer = requireReviewer(request);
    const claim = await reviewClaim(db, officer, request.params.id, request.body);
    return presentClaim(db, claim, await loadClaimLog(db, claim.claimId), officer, await namesOf(db));
  });

  r.post('/api/financing/risk-claims/:id/resubmit', {
    schema: { tags, summary: '补正后重新提交被驳回的补偿申请 Correct a rejected claim and file it again (the filing bank only; the rejection stays in the history)', params: ClaimIdParams, body: ResubmitClaimBody, response: { 200: RiskClaimView } },
  }, async (request) => {
    const bank = requireBank(request);
    const claim = await resubmitClaim(db, bank, request.params.id, { ...request.body, defaultedOn: plainDate(request.body.defaultedOn) });
    return presentClaim(db, claim, await loadClaimLog(db, claim.claimId), bank, await namesOf(db));
  });
}
