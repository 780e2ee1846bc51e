import { randomInt, randomUUID } from 'node:crypto';
import {
  appendVoucherAction, findProgramme, findVoucherIdByCode, holdsVoucherOf, insertIssuedVouchers, insertProgramme, loadVoucherLog, lockUnclaimedVoucher, programmeBudgetUse, registryParty,
  type Database, type Queryable,
} from '@huiqi/db';
import { today, USCC_CHARSET, type PlainDate } from '@huiqi/kernel';
import {
  applyVoucherAction, checkIssue, checkProgramme, foldVoucher, type AnyVoucherAction, type PartyFacts, type ProgrammeInput, type ServiceProvider, type ServiceRecord, type Voucher, type VoucherActor, type VoucherContext, type VoucherProgramme,
} from '@huiqi/workflows';
import { getRules } from '../rules/rule-base';
import { findBenefitPolicy } from '../benefits/benefit-policy-lookup';
import { AppError } from '../errors/app-error';
import { providerOfUscc } from './provider-service';
import { servicesNow } from './services-clock';
import { refusal } from './services-refusal';
import { voucherEligibility } from './voucher-eligibility';

export const servicesToday = (): PlainDate => today('Asia/Shanghai', servicesNow());

/** A code the enterprise shows the provider (核销码): 12 characters of the USCC alphabet, no ambiguous letters. */
const voucherCode = () => `SV${Array.from({ length: 10 }, () => USCC_CHARSET[randomInt(USCC_CHARSET.length)]).join('')}`;

export async function loadVoucher(q: Queryable, voucherId: string): Promise<{ log: AnyVoucherAction[]; voucher: Voucher }> {
  const log = await loadVoucherLog(q, voucherId);
  if (log.length === 0) throw new AppError('VOUCHER_NOT_FOUND');
  return { log, voucher: foldVoucher(log) };
}

export async function requireProgramme(q: Queryable, programmeId: string, forUpdate = false): Promise<VoucherProgramme> {
  const p = await findProgramme(q, programmeId, forUpdate);
  if (!p) throw new AppError('PROGRAMME_NOT_FOUND');
  return p;
}

/** 设立服务券项目: terms checked by the domain; the fund and the eligibility policy must exist. */
export async function createProgramme(db: Database, userId: string, input: ProgrammeInput): Promise<VoucherProgramme> {
  const bad = checkProgramme(input);
  if (bad) throw refusal(bad);
  if (input.eligibilityPolicyId) {
    const { rb } = await getRules();
    if (!(await findBenefitPolicy(db, rb, input.eligibilityPolicyId))) throw new AppError('PROGRAMME_POLICY_UNKNOWN');
  }
  const [fund] = await db.query('SELECT id FROM benefit_funds WHERE id = $1', [input.fundId]);
  if (!fund) throw new AppError('PROGRAMME_FUND_UNKNOWN');
  const programmeId = `vp-${randomUUID()}`;
  await db.transaction((tx) => insertProgramme(tx, programmeId, input, userId, servicesNow()));
  return { ...input, programmeId };
}

/** 发放: `count` vouchers with the programme's terms, within the budget (checked under the programme's lock). */
export async function issueVouchers(db: Database, userId: string, programmeId: string, count: number): Promise<{ issued: number }> {
  return db.transaction(async (tx) => {
    const p = await requireProgramme(tx, programmeId, true);
    const bad = checkIssue(await programmeBudgetUse(tx, p), p.amountFen, count);
    if (bad) throw refusal(bad);
    const at = servicesNow().toISOString();
    const actor: VoucherActor = { kind: 'BUREAU', userId };
    const issued = [];
    for (let i = 0; i < count; i++) {
      const action = {
        id: randomUUID(), type: 'ISSUED', at, actor,
        payload: { voucherId: `vc-${randomUUID()}`, code: voucherCode(), programmeId, amountFen: p.amountFen, validFrom: p.validFrom, validUntil: p.validUntil, categories: p.categories },
      } as AnyVoucherAction;
      const r = applyVoucherAction([], action);
      if (!r.ok) throw refusal(r.error);
      issued.push(r.value);
    }
    await insertIssuedVouchers(tx, issued, userId);
    return { issued: count };
  });
}

async function append(db: Database, voucherId: string, make: (log: AnyVoucherAction[]) => AnyVoucherAction, ctx: VoucherContext): Promise<Voucher> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { log } = await loadVoucher(db, voucherId);
    const action = make(log);
    const r = applyVoucherAction(log, action, ctx);
    if (!r.ok) throw refusal(r.error);
    if (await db.transaction((tx) => appendVoucherAction(tx, r.value.voucher, log.length, action))) return r.value.voucher;
  }
  throw new AppError('SERVICES_CONFLICT');
}

/** 领取: an eligible enterprise (three-valued, by the programme's rule) takes one unclaimed voucher; one per enterprise and programme. */
export async function claimVoucher(db: Database, e: { userId: string; uscc: string }, programmeId: string): Promise<Voucher> {
  const p = await requireProgramme(db, programmeId);
  if (await holdsVoucherOf(db, programmeId, e.uscc)) throw new AppError('VOUCHER_ALREADY_CLAIMED', { message: { zh: '本企业已领取过该项目的服务券，每家企业限领一张', en: 'Your enterprise already holds a voucher of this programme; one per enterprise' } });
  const eligibility = await voucherEligibility(db, p, e.uscc, servicesToday());
  for (let attempt = 0; attempt < 3; attempt++) {
    const voucherId = await lockUnclaimedVoucher(db, programmeId);
    if (!voucherId) throw new AppError('PROGRAMME_SOLD_OUT');
    try {
      return await append(db, voucherId, () => ({ id: randomUUID(), type: 'CLAIMED', at: servicesNow().toISOString(), actor: { kind: 'ENTERPRISE', ...e }, payload: { uscc: e.uscc } }), { eligibility });
    } catch (x) {
      if (!(x instanceof AppError && (x.code === 'SERVICES_CONFLICT' || x.code === 'VOUCHER_ALREADY_CLAIMED')) || (await holdsVoucherOf(db, programmeId, e.uscc))) throw x;
    }
  }
  throw new AppError('SERVICES_CONFLICT');
}

async function partyFacts(q: Queryable, uscc: string, declaredShareholders: readonly string[]): Promise<PartyFacts> {
  const r = await registryParty(q, uscc);
  return { uscc, name: r?.name ?? '', legalRepresentativeName: r?.legalRepresentativeName ?? null, shareholders: declaredShareholders };
}

/**
 * 核销: the provider's account redeems the voucher the enterprise presents (its code and the enterprise's
 * uscc), with the service record. The domain refuses a second redemption, expiry, another enterprise,
 * an unapproved provider, a category not covered, and related parties (registry legal representative,
 * declared shareholders).
 */
export async function redeemVoucher(db: Database, org: { userId: string; uscc: string }, code: string, enterpriseUscc: string, service: ServiceRecord): Promise<Voucher> {
  const provider: ServiceProvider | null = await providerOfUscc(db, org.uscc);
  if (!provider) throw new AppError('SERVICES_PROVIDER_REQUIRED');
  const voucherId = await findVoucherIdByCode(db, code);
  if (!voucherId) throw new AppError('VOUCHER_NOT_FOUND');
  const enterpriseAsProvider = await providerOfUscc(db, enterpriseUscc);
  const parties = { provider: await partyFacts(db, provider.uscc, provider.shareholders), enterprise: await partyFacts(db, enterpriseUscc, enterpriseAsProvider?.shareholders ?? []) };
  return append(db, voucherId, () => ({
    id: randomUUID(), type: 'REDEEMED', at: servicesNow().toISOString(), actor: { kind: 'PROVIDER', userId: org.userId, uscc: org.uscc, providerId: provider.providerId },
    payload: { providerId: provider.providerId, enterpriseUscc, service },
  }), { provider, parties });
}
