import { compareDates, err, formatMoney, ok, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import type { ServiceProvider } from '../provider/fold-provider';
import { PROVIDER_STATUS_LABELS } from '../provider/provider-status';
import { isServiceCategory, SERVICE_CATEGORY_LABELS } from '../service-categories';
import { servicesError, type ServicesError } from '../services-error';
import { foldVoucher, type Voucher } from './fold-voucher';
import { relatedPartyReasons, type PartyFacts } from './related-party';
import type { AnyVoucherAction, VoucherActor } from './voucher-action';
import { VOUCHER_STATUS_LABELS } from './voucher-status';
import { voucherTransitionFor, type VoucherPerformer } from './voucher-transitions';

/** What the guards need beyond the log (looked up by the caller, never by the domain). */
export interface VoucherContext {
  /** CLAIMED: the three-valued answer of the programme's eligibility rule for the claiming enterprise. */
  eligibility?: { status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE'; reasons: BilingualText[] };
  /** REDEEMED: the redeeming provider as folded from its log. */
  provider?: ServiceProvider;
  /** REDEEMED: registry facts of both parties for the related-party check. */
  parties?: { provider: PartyFacts; enterprise: PartyFacts };
}

/** Beijing calendar day of an ISO instant. */
export const beijingDate = (iso: string): PlainDate => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10) as PlainDate;

function performersOf(actor: VoucherActor): VoucherPerformer[] {
  switch (actor.kind) {
    case 'ENTERPRISE': return ['ENTERPRISE'];
    case 'PROVIDER': return ['PROVIDER'];
    case 'FINANCE': return ['FINANCE'];
    case 'SYSTEM': return ['SYSTEM'];
    default: return [];
  }
}

/** The refusal for an action the status does not allow, named for what the user tried. */
function refused(v: Voucher, a: AnyVoucherAction): ServicesError {
  if (v.status === 'EXPIRED') return servicesError('VOUCHER_EXPIRED', `该券已于 ${v.validUntil} 过期，不能再使用`, `This voucher expired after ${v.validUntil} and can no longer be used`, { validUntil: v.validUntil });
  if (a.type === 'REDEEMED' && (v.status === 'REDEEMED' || v.status === 'SETTLED')) return servicesError('VOUCHER_ALREADY_REDEEMED', '该券已经使用过，每张券只能使用一次', 'This voucher has already been redeemed; a voucher is redeemed only once', { redeemedAt: v.redemption?.at ?? null });
  if (a.type === 'REDEEMED' && v.status === 'ISSUED') return servicesError('VOUCHER_NOT_CLAIMED', '该券尚未被企业领取，不能使用', 'This voucher has not been claimed by an enterprise');
  if (a.type === 'CLAIMED') return servicesError('VOUCHER_ALREADY_CLAIMED', '该券已被领取', 'This voucher has already been claimed');
  const s = VOUCHER_STATUS_LABELS[v.status];
  return servicesError('SERVICES_ACTION_NOT_ALLOWED', `该券当前状态为“${s.zh}”，不能执行此操作`, `This action is not allowed while the voucher is ${s.en}`, { status: v.status, action: a.type });
}

function checkValidity(v: Voucher, on: PlainDate): ServicesError | null {
  if (compareDates(on, v.validFrom) < 0) return servicesError('VOUCHER_NOT_YET_VALID', `该券自 ${v.validFrom} 起可以使用`, `This voucher can be used from ${v.validFrom}`, { validFrom: v.validFrom });
  if (compareDates(on, v.validUntil) > 0) return servicesError('VOUCHER_EXPIRED', `该券有效期至 ${v.validUntil}，已过期`, `This voucher was valid until ${v.validUntil} and has expired`, { validUntil: v.validUntil });
  return null;
}

function checkClaim(v: Voucher, on: PlainDate, ctx: VoucherContext): ServicesError | null {
  const invalid = checkValidity(v, on);
  if (invalid) return invalid;
  const e = ctx.eligibility;
  if (!e) throw new Error('claiming a voucher needs the eligibility answer');
  if (e.status === 'ELIGIBLE') return null;
  const why = e.reasons.map((r) => r.zh).join('；');
  const whyEn = e.reasons.map((r) => r.en).join('; ');
  if (e.status === 'NOT_IN_FORCE') return servicesError('VOUCHER_ENTERPRISE_NOT_ELIGIBLE', '领取条件所依据的政策今天不在有效期内，暂不能领取', 'The policy that decides who may claim is not in force today', { reasons: e.reasons });
  if (e.status === 'UNKNOWN') return servicesError('VOUCHER_ELIGIBILITY_UNKNOWN', `现有数据不足以判断是否符合领取条件${why ? `：${why}` : ''}`, `The data available cannot decide whether you may claim this voucher${whyEn ? `: ${whyEn}` : ''}`, { reasons: e.reasons });
  return servicesError('VOUCHER_ENTERPRISE_NOT_ELIGIBLE', `不符合领取条件${why ? `：${why}` : ''}`, `You do not meet the conditions for this voucher${whyEn ? `: ${whyEn}` : ''}`, { reasons: e.reasons });
}

function checkRedemption(v: Voucher, a: Extract<AnyVoucherAction, { type: 'REDEEMED' }>, on: PlainDate, ctx: VoucherContext): ServicesError | null {
  const invalid = checkValidity(v, on);
  if (invalid) return invalid;
  if (a.payload.enterpriseUscc !== v.holderUscc) return servicesError('VOUCHER_NOT_HOLDER', '该券不属于出示券的企业，只能由领券企业本身使用', 'This voucher belongs to another enterprise; only the enterprise that claimed it may use it');
  const p = ctx.provider;
  if (!p || a.actor.kind !== 'PROVIDER' || p.providerId !== a.payload.providerId || p.uscc !== a.actor.uscc) return servicesError('SERVICES_ACTOR_NOT_PERMITTED', '只有服务机构本机构账号可以核销', "Only the provider's own account may redeem");
  if (p.status !== 'APPROVED') {
    const s = PROVIDER_STATUS_LABELS[p.status];
    return servicesError('PROVIDER_NOT_APPROVED', `服务机构当前状态为“${s.zh}”，不能核销服务券`, `The provider is ${s.en} and cannot redeem vouchers`, { status: p.status });
  }
  const s = a.payload.service;
  if (!isServiceCategory(s.category)) return servicesError('SERVICES_INVALID_INPUT', '请选择服务类别', 'Choose the service category', { field: 'service.category' });
  const label = SERVICE_CATEGORY_LABELS[s.category];
  if (!v.categories.includes(s.category)) return servicesError('VOUCHER_CATEGORY_NOT_COVERED', `该券不能用于“${label.zh}”服务`, `This voucher does not cover ${label.en}`, { category: s.category });
  if (!p.categories.includes(s.category)) return servicesError('PROVIDER_CATEGORY_NOT_OFFERED', `该服务机构未登记提供“${label.zh}”服务`, `The provider is not registered for ${label.en}`, { category: s.category });
  if (s.description.trim() === '' || s.description.length > 1000) return servicesError('SERVICES_INVALID_INPUT', '请填写服务内容（不超过 1000 字）', 'Describe the service (at most 1,000 characters)', { field: 'service.description' });
  if (!Number.isSafeInteger(s.feeFen) || s.feeFen <= 0) return servicesError('SERVICES_INVALID_INPUT', '服务费用须大于零', 'The fee must be greater than zero', { field: 'service.feeFen' });
  if (compareDates(s.serviceDate, on) > 0 || (v.claimedAt && compareDates(s.serviceDate, beijingDate(v.claimedAt)) < 0)) {
    return servicesError('SERVICES_INVALID_INPUT', '服务日期不能晚于今天，也不能早于领券日期', 'The service date cannot be after today or before the voucher was claimed', { field: 'service.serviceDate' });
  }
  if (!ctx.parties) throw new Error('redeeming a voucher needs the related-party facts');
  const related = relatedPartyReasons(ctx.parties.provider, ctx.parties.enterprise);
  if (related.length > 0) {
    return servicesError('VOUCHER_RELATED_PARTY', `服务机构与企业存在关联关系，不能核销该券：${related.map((r) => r.zh).join('；')}`, `The provider is related to the enterprise and cannot redeem its voucher: ${related.map((r) => r.en).join('; ')}`, { reasons: related });
  }
  return null;
}

/**
 * Appends one action to a voucher's log: the transition table says whether the status allows it and to
 * whom; the guards check validity dates, eligibility (three-valued), the holder, the provider's approval
 * and categories, the service record and related parties. Returns the new state, never throws for a refusal.
 */
export function applyVoucherAction(log: readonly AnyVoucherAction[], action: AnyVoucherAction, ctx: VoucherContext = {}): Result<{ voucher: Voucher; action: AnyVoucherAction }, ServicesError> {
  if (log.length === 0) {
    if (action.type !== 'ISSUED' || action.actor.kind !== 'BUREAU') return err(servicesError('SERVICES_ACTION_NOT_ALLOWED', '服务券须由中小企业主管部门发放', 'Vouchers are issued by the SME bureau'));
    if (!Number.isSafeInteger(action.payload.amountFen) || action.payload.amountFen <= 0) return err(servicesError('PROGRAMME_INVALID', '券面金额须大于零', 'The voucher amount must be greater than zero'));
    return ok({ voucher: foldVoucher([action]), action });
  }
  const v = foldVoucher(log);
  const t = action.type === 'ISSUED' ? null : voucherTransitionFor(v.status, action.type);
  if (!t) return err(refused(v, action));
  if (!t.by.some((r) => performersOf(action.actor).includes(r))) return err(servicesError('SERVICES_ACTOR_NOT_PERMITTED', '无权执行此操作', 'You may not perform this action', { action: action.type }));
  const on = beijingDate(action.at);
  let bad: ServicesError | null = null;
  switch (action.type) {
    case 'CLAIMED':
      bad = action.actor.kind === 'ENTERPRISE' && action.actor.uscc === action.payload.uscc ? checkClaim(v, on, ctx) : servicesError('SERVICES_ACTOR_NOT_PERMITTED', '只能为本企业领取', 'You may claim only for your own enterprise');
      break;
    case 'REDEEMED':
      bad = checkRedemption(v, action, on, ctx);
      break;
    case 'EXPIRED':
      if (compareDates(on, v.validUntil) <= 0) bad = servicesError('SERVICES_ACTION_NOT_ALLOWED', `该券有效期至 ${v.validUntil}，尚未过期`, `This voucher is valid until ${v.validUntil} and has not expired`);
      break;
    default:
      break;
  }
  if (bad) return err(bad);
  return ok({ voucher: foldVoucher([...log, action]), action });
}

/** The settlement line's purpose text for the bank file. */
export const settlementPurpose = (v: Pick<Voucher, 'code' | 'redemption'>): string => `服务券结算 ${v.code}${v.redemption ? ` ${formatMoney(v.redemption.payableFen, 'zh')}` : ''}`;
