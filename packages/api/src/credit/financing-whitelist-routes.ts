import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { enterpriseExists, findEdition, findNomination, insertCosign, insertNomination, insertRemoval, insertReview, isPartnerDepartment, listNominations, listRemovals, onLatestEdition, pendingNomination, publishEdition, type WhitelistEdition } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { creditNow } from './credit-clock';
import { IdParams, EditionBody, EditionParams, NominationBody, RemovalBody, ReviewBody } from './credit-schemas';
import { WHITELIST_ARTICLE } from './financing-whitelist-article';
import { EditionOutput, NominationListOutput, NominationOutput, RemovalListOutput, RemovalOutput, WhitelistMineOutput, WhitelistOutput } from './credit-output-schemas';

const tags = ['financing'];
const field = (f: string) => ({ details: { field: f } });
const beijingToday = () => today('Asia/Shanghai', creditNow());

/** A department officer nominates for their own department only. */
function requireDepartment(request: FastifyRequest): { userId: string; departmentId: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'DEPARTMENT' || !p.user.departmentId) throw new AppError('WHITELIST_DEPARTMENT_REQUIRED');
  return { userId: p.user.id, departmentId: p.user.departmentId };
}

function requireBureau(request: FastifyRequest): { userId: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'SME_BUREAU') throw new AppError('WHITELIST_BUREAU_REQUIRED');
  return { userId: p.user.id };
}

const presentEdition = (e: WhitelistEdition | null) => (e ? { ...e, basis: WHITELIST_ARTICLE } : null);

/** A nomination just written (its row exists: the same transaction stored it). */
async function storedNomination(db: ApiDeps['db'], id: string) {
  const n = await findNomination(db, id);
  if (!n) throw new AppError('WHITELIST_NOMINATION_NOT_FOUND');
  return n;
}

/** An edition just written or co-signed. */
async function storedEdition(db: ApiDeps['db'], which: Parameters<typeof findEdition>[1]) {
  const e = presentEdition(await findEdition(db, which));
  if (!e) throw new AppError('WHITELIST_EDITION_NOT_FOUND');
  return e;
}

/**
 * 产融合作白名单 (湖南 二次审议稿 第十条, WHITELIST_ARTICLE): departments nominate enterprises, the SME
 * bureau reviews each nomination and publishes editions with a validity period (Beijing dates);
 * financial institutions and the bureau read the edition in force; an enterprise sees whether it is on it.
 */
export function registerWhitelistRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/financing/whitelist/nominations', { schema: { tags, summary: '推荐企业进入产融合作白名单（政府部门，以本部门名义）Nominate an enterprise for the whitelist (department officers, for their own department)', body: NominationBody, response: { 201: NominationOutput } } }, async (request, reply) => {
    const d = requireDepartment(request);
    const reason = request.body.reason.trim();
    if (reason === '') throw new AppError('WHITELIST_REASON_REQUIRED', field('reason'));
    const { uscc } = request.body;
    const nominationId = `wn-${randomUUID()}`;
    await db.transaction(async (tx) => {
      if (!(await enterpriseExists(tx, uscc))) throw new AppError('WHITELIST_ENTERPRISE_UNKNOWN', field('uscc'));
      if (await pendingNomination(tx, uscc, d.departmentId)) throw new AppError('WHITELIST_NOMINATION_PENDING', field('uscc'));
      await insertNomination(tx, { nominationId, uscc, departmentId: d.departmentId, reason, at: creditNow(), userId: d.userId });
    });
    reply.status(201);
    return storedNomination(db, nominationId);
  });

  r.get('/api/financing/whitelist/nominations', { schema: { tags, summary: '白名单推荐（政府部门：本部门的；中小企业服务局：全部）Whitelist nominations', response: { 200: NominationListOutput } } }, async (request) => {
    const p = requirePrincipal(request.principal);
    if (p.user.role === 'SME_BUREAU') return { items: await listNominations(db, { all: true }) };
    // canCosign: the department acts as the financial regulator in the joint building of the list (第十条 联合建立)
    if (p.user.role === 'DEPARTMENT' && p.user.departmentId) return { items: await listNominations(db, { departmentId: p.user.departmentId }), canCosign: await isPartnerDepartment(db, p.user.departmentId) };
    throw new AppError('WHITELIST_DEPARTMENT_REQUIRED');
  });

  r.post('/api/financing/whitelist/nominations/:id/review', { schema: { tags, summary: '审核白名单推荐（中小企业服务局；不通过须说明理由）Review a nomination (SME bureau; a refusal states its reason)', params: IdParams, body: ReviewBody, response: { 200: NominationOutput } } }, async (request) => {
    const b = requireBureau(request);
    const { decision } = request.body;
    const reason = request.body.reason?.trim() ?? '';
    if (!(await findNomination(db, request.params.id))) throw new AppError('WHITELIST_NOMINATION_NOT_FOUND');
    if (decision === 'REFUSED' && reason === '') throw new AppError('WHITELIST_REASON_REQUIRED', field('reason'));
    const stored = await db.transaction((tx) => insertReview(tx, { nominationId: request.params.id, decision, reason: reason === '' ? null : reason, at: creditNow(), userId: b.userId }));
    if (!stored) throw new AppError('WHITELIST_ALREADY_REVIEWED', field('decision'));
    return storedNomination(db, request.params.id);
  });

  r.post('/api/financing/whitelist/editions', { schema: { tags, summary: '发布产融合作白名单（中小企业服务局；列入所有审核通过的企业，注明有效期）Publish a whitelist edition with its validity period (SME bureau)', body: EditionBody, response: { 201: EditionOutput } } }, async (request, reply) => {
    const b = requireBureau(request);
    const { validFrom, validUntil } = request.body;
    if (validUntil < validFrom) throw new AppError('WHITELIST_PERIOD_END_BEFORE_START', field('validUntil'));
    const no = await db.transaction((tx) => publishEdition(tx, { validFrom, validUntil, at: creditNow(), userId: b.userId }));
    if (no === null) throw new AppError('WHITELIST_NOTHING_ACCEPTED', field('nominations'));
    reply.status(201);
    return storedEdition(db, { latest: true });
  });

  r.get('/api/financing/whitelist', { schema: { tags, summary: '产融合作白名单：今日（北京时间）有效的一期，及最近发布的一期（金融机构、中小企业服务局、会签的金融监督管理部门）The whitelist edition in force today (Beijing) and the latest published', response: { 200: WhitelistOutput } } }, async (request) => {
    const p = requirePrincipal(request.principal);
    const partner = p.user.role === 'DEPARTMENT' && p.user.departmentId !== null && (await isPartnerDepartment(db, p.user.departmentId));
    if (p.user.role !== 'FINANCIAL_INSTITUTION' && p.user.role !== 'SME_BUREAU' && !partner) throw new AppError('WHITELIST_READER_REQUIRED');
    const on = beijingToday();
    return { today: on, current: presentEdition(await findEdition(db, { on })), latest: presentEdition(await findEdition(db, { latest: true })) };
  });

  r.get('/api/financing/whitelist/mine', { schema: { tags, summary: '本企业是否在今日有效的产融合作白名单上（企业）Whether the enterprise is on the whitelist in force today', response: { 200: WhitelistMineOutput } } }, async (request) => {
    const p = requirePrincipal(request.principal);
    if (p.user.role !== 'ENTERPRISE' || !p.user.uscc) throw new AppError('CREDIT_ENTERPRISE_REQUIRED');
    const uscc = p.user.uscc;
    const current = await findEdition(db, { on: beijingToday() });
    const listed = current?.entries.some((e) => e.uscc === uscc) ?? false;
    return { onList: listed, editionNo: listed ? current!.editionNo : null, validFrom: listed ? current!.validFrom : null, validUntil: listed ? current!.validUntil : null, basis: WHITELIST_ARTICLE };
  });

  r.post('/api/financing/whitelist/removals', { schema: { tags, summary: '将企业移出产融合作白名单（中小企业服务局；须说明理由；此前发布的各期不再列入该企业）Remove an enterprise from the whitelist with a reason (SME bureau)', body: RemovalBody, response: { 201: RemovalOutput } } }, async (request, reply) => {
    const b = requireBureau(request);
    const reason = request.body.reason.trim();
    if (reason === '') throw new AppError('WHITELIST_REASON_REQUIRED', field('reason'));
    const removalId = `wr-${randomUUID()}`;
    await db.transaction(async (tx) => {
      if (!(await onLatestEdition(tx, request.body.uscc))) throw new AppError('WHITELIST_NOT_LISTED', field('uscc'));
      await insertRemoval(tx, { removalId, uscc: request.body.uscc, reason, at: creditNow(), userId: b.userId });
    });
    reply.status(201);
    return (await listRemovals(db)).find((x) => x.removalId === removalId);
  });

  r.get('/api/financing/whitelist/removals', { schema: { tags, summary: '白名单移出记录及理由（中小企业服务局）Removals from the whitelist with their reasons (SME bureau)', response: { 200: RemovalListOutput } } }, async (request) => {
    requireBureau(request);
    return { items: await listRemovals(db) };
  });

  r.post('/api/financing/whitelist/editions/:no/cosign', {
    schema: { tags, summary: '会签一期白名单（金融监督管理部门，第十条“联合建立”；会签后该期生效；重复会签不变）Co-sign an edition (the financial regulator\'s department; it takes effect once co-signed)', params: EditionParams, response: { 200: EditionOutput } },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    const departmentId = p.user.role === 'DEPARTMENT' ? p.user.departmentId : null;
    if (!departmentId || !(await isPartnerDepartment(db, departmentId))) throw new AppError('WHITELIST_PARTNER_REQUIRED');
    if (!(await findEdition(db, { no: request.params.no }))) throw new AppError('WHITELIST_EDITION_NOT_FOUND');
    await db.transaction((tx) => insertCosign(tx, { editionNo: request.params.no, departmentId, at: creditNow(), userId: p.user.id }));
    return storedEdition(db, { no: request.params.no });
  });
}
