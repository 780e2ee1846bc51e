import { add, cmp, err, exactFrom, fenTimes, formatMoney, isSizeClass, isSmallOrMicro, ok, parsePlainDate, sub, toDecimalText, toPercentText, type BilingualText, type Fen, type Num, type PlainDate, type Result, type SizeClass } from '@huiqi/kernel';
import type { ResolvedParam } from '@huiqi/rules-engine';
import { CITE } from './citations';
import { deductionRange, resolveParam, type RateRange } from './rate-ranges';
import { bidReasonText, decimal, fieldError, procurementNoteText, type BidReason, type ProcurementFieldProblem, type RateKind, type ShareForm } from './procurement-reasons';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementContext, type ProcurementInputError } from './types';
import { shownValue } from './shown-value';

/** One item of a bid: for goods the manufacturer, for works the contractor, for services the provider. */
export interface BidItemInput {
  name?: string;
  makerName?: string;
  makerSize: SizeClass;
}

/** A consortium member or a subcontract: its size and its share of the contract amount (0–1, decimal). */
export interface BidShareInput {
  name?: string;
  size: SizeClass;
  share: string | number;
}

export interface BidInput {
  id: string;
  priceFen: Fen | number;
  items?: BidItemInput[];
  consortium?: BidShareInput[];
  subcontracts?: BidShareInput[];
}

/** A project's bids as the evaluation committee enters them. Rates are the purchaser's choices (decimal). */
export interface ProjectBidsInput {
  date: PlainDate | string;
  jurisdiction: string;
  category: ProcurementCategory;
  /** The project or lot is procured exclusively from SMEs (专门面向中小企业采购). */
  reservedForSme: boolean;
  deductionRate?: string | number | null;
  consortiumDeductionRate?: string | number | null;
  bids: BidInput[];
}

/**
 * How the bid is treated under 46号 Art. 4: every performer small/micro, SMEs with a medium one, not an
 * SME bid, or UNKNOWN when only subcontracts were listed (the bidder's own performers not given).
 */
export type BidSmeStatus = 'SMALL_MICRO' | 'MEDIUM' | 'NOT_SME' | 'UNKNOWN';
export type BidPreference = 'SMALL_MICRO_DEDUCTION' | 'CONSORTIUM_DEDUCTION' | 'NONE';

export interface BidEvaluation {
  id: string;
  priceFen: Fen;
  evaluatedPriceFen: Fen;
  deductionFen: Fen;
  /** Exact decimal text, "0" when no deduction. */
  deductionRate: string;
  preference: BidPreference;
  smeStatus: BidSmeStatus;
  /** May take part in procurement reserved for SMEs (all performers SMEs). */
  qualifiesForReservedShare: boolean;
  /** Share of the contract held by small and micro consortium members and subcontractors, when any. */
  smallMicroShare: string | null;
  /** Why, as a code with its figures (worded by `bidReasonText`, procurement-reasons.ts). */
  why: BidReason;
  reason: BilingualText;
  citations: string[];
  /** 1 = lowest evaluated price; equal prices share a rank. */
  rank: number;
}

export interface BidsEvaluation {
  date: PlainDate;
  jurisdiction: string;
  category: ProcurementCategory;
  reservedForSme: boolean;
  /** The ranges in force on the date (null on reserved projects, where no deduction applies). */
  ranges: { priceDeduction: RangeView; consortiumDeduction: RangeView } | null;
  bids: BidEvaluation[];
  /** Parameters read, with effective date and source; `unverified` ones rest on secondary sources. */
  parameters: ResolvedParam[];
  warnings: BilingualText[];
}

export interface RangeView {
  min: string;
  max: string;
  references: string[];
}

const view = (r: RateRange): RangeView => ({ min: toDecimalText(r.min, 10), max: toDecimalText(r.max, 10), references: unique(r.sources.map((s) => s.reference)) });

interface CheckedShare {
  size: SizeClass;
  share: Num;
}
interface CheckedBid {
  id: string;
  priceFen: Fen;
  items: SizeClass[];
  consortium: CheckedShare[];
  subcontracts: CheckedShare[];
}

function checkShares(list: unknown, field: string, errors: ProcurementInputError[], mustSumToOne: boolean): CheckedShare[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    errors.push(fieldError(field, { code: 'NOT_AN_ARRAY' }));
    return [];
  }
  const out: CheckedShare[] = [];
  list.forEach((m: unknown, i) => {
    const f = `${field}[${i}]`;
    if (typeof m !== 'object' || m === null) return void errors.push(fieldError(f, { code: 'NOT_AN_OBJECT' }));
    const o = m as Record<string, unknown>;
    if (!isSizeClass(o.size)) return void errors.push(fieldError(`${f}.size`, { code: 'SIZE_CLASS_EXPECTED' }));
    const share = exactFrom(o.share);
    if (share === null || cmp(share, 0) <= 0 || cmp(share, 1) > 0) {
      return void errors.push(fieldError(`${f}.share`, { code: 'CONTRACT_SHARE_EXPECTED' }));
    }
    out.push({ size: o.size, share });
  });
  if (out.length === list.length && out.length) {
    const total = out.reduce<Num>((s, x) => add(s, x.share), 0);
    if (mustSumToOne && cmp(total, 1) !== 0) {
      errors.push(fieldError(field, { code: 'MEMBER_SHARES_NOT_ONE', total: toDecimalText(total, 10) }));
    } else if (!mustSumToOne && cmp(total, 1) > 0) {
      errors.push(fieldError(field, { code: 'SUBCONTRACT_SHARES_ABOVE_ONE', total: toDecimalText(total, 10) }));
    }
  }
  return out;
}

function checkBid(b: unknown, i: number, errors: ProcurementInputError[], seen: Set<string>): CheckedBid | null {
  const f = `bids[${i}]`;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) {
    errors.push(fieldError(f, { code: 'NOT_AN_OBJECT' }));
    return null;
  }
  const o = b as Record<string, unknown>;
  const before = errors.length;
  const id = typeof o.id === 'string' && o.id.trim() !== '' ? o.id : null;
  if (!id) errors.push(fieldError(`${f}.id`, { code: 'TEXT_REQUIRED' }));
  else if (seen.has(id)) errors.push(fieldError(`${f}.id`, { code: 'BID_ID_REPEATED', id }));
  else seen.add(id);
  const price = o.priceFen;
  if (typeof price !== 'number' || !Number.isSafeInteger(price) || price <= 0) errors.push(fieldError(`${f}.priceFen`, { code: 'AMOUNT_EXPECTED' }));
  const items: SizeClass[] = [];
  if (o.items !== undefined && o.items !== null) {
    if (!Array.isArray(o.items)) errors.push(fieldError(`${f}.items`, { code: 'NOT_AN_ARRAY' }));
    else
      o.items.forEach((it: unknown, k) => {
        const s = typeof it === 'object' && it !== null ? (it as Record<string, unknown>).makerSize : undefined;
        if (!isSizeClass(s)) errors.push(fieldError(`${f}.items[${k}].makerSize`, { code: 'SIZE_CLASS_EXPECTED' }));
        else items.push(s);
      });
  }
  const consortium = checkShares(o.consortium, `${f}.consortium`, errors, true);
  const subcontracts = checkShares(o.subcontracts, `${f}.subcontracts`, errors, false);
  const given = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (errors.length === before && !given(o.items) && !given(o.consortium) && !given(o.subcontracts)) {
    errors.push(fieldError(f, { code: 'BID_PERFORMERS_MISSING' }));
  }
  if (errors.length > before) return null;
  return { id: id!, priceFen: price as Fen, items, consortium, subcontracts };
}

function smeStatusOf(sizes: SizeClass[]): BidSmeStatus {
  if (sizes.length === 0) return 'UNKNOWN';
  if (sizes.some((s) => s === 'large')) return 'NOT_SME';
  if (sizes.every(isSmallOrMicro)) return 'SMALL_MICRO';
  return 'MEDIUM';
}

type Decision = Omit<BidEvaluation, 'rank' | 'evaluatedPriceFen' | 'deductionFen' | 'deductionRate' | 'priceFen' | 'id' | 'reason'> & { rate: Num };

function decide(
  bid: CheckedBid,
  p: { category: ProcurementCategory; reserved: boolean; rate: Num | null; consortiumRate: Num | null; priceRange: RateRange | null; consortiumRange: RateRange | null; minShare: ResolvedParam | null },
): Decision {
  const category = p.category;
  const performers = [...bid.items, ...bid.consortium.map((m) => m.size)];
  const status = smeStatusOf(performers);
  const hasShares = bid.consortium.length + bid.subcontracts.length > 0;
  const smShare = hasShares ? [...bid.consortium, ...bid.subcontracts].filter((m) => isSmallOrMicro(m.size)).reduce<Num>((s, m) => add(s, m.share), 0) : null;
  const common = { smeStatus: status, qualifiesForReservedShare: status === 'SMALL_MICRO' || status === 'MEDIUM', smallMicroShare: smShare !== null ? toDecimalText(smShare, 10) : null };
  const none = (why: BidReason, citations: string[]): Decision => ({ ...common, preference: 'NONE', rate: 0, why, citations });

  if (p.reserved && status === 'NOT_SME') return none({ code: 'BID_RESERVED_LARGE_PERFORMER', category }, [CITE.fullReservation, CITE.whoseSize]);
  if (p.reserved && status === 'UNKNOWN') return none({ code: 'BID_RESERVED_SIZES_MISSING', category }, [CITE.fullReservation, CITE.whoseSize]);
  if (p.reserved) return none({ code: 'BID_RESERVED_NO_DEDUCTION' }, [CITE.priceDeduction]);
  const largeItems = bid.items.filter((s) => s === 'large').length;
  if (largeItems > 0) {
    const mixed = largeItems < bid.items.length;
    return none(mixed ? { code: 'BID_LARGE_PERFORMERS_MIXED', category, count: largeItems } : { code: 'BID_LARGE_PERFORMER', category }, [CITE.whoseSize]);
  }
  if (status === 'SMALL_MICRO') {
    const r = p.rate!;
    const range = p.priceRange!;
    return {
      ...common,
      preference: 'SMALL_MICRO_DEDUCTION',
      rate: r,
      why: { code: 'BID_SMALL_MICRO_DEDUCTION', category, byConsortium: bid.consortium.length > 0, rate: decimal(r), min: decimal(range.min), max: decimal(range.max) },
      citations: unique([CITE.whoseSize, CITE.priceDeduction, ...range.sources.map((s) => s.reference)]),
    };
  }
  if (smShare !== null && p.minShare) {
    const min = p.minShare.value;
    const form: ShareForm = bid.consortium.length && bid.subcontracts.length ? 'CONSORTIUM_AND_SUBCONTRACTS' : bid.consortium.length ? 'CONSORTIUM' : 'SUBCONTRACTS';
    if (cmp(smShare, min) >= 0) {
      const r = p.consortiumRate!;
      const range = p.consortiumRange!;
      return {
        ...common,
        preference: 'CONSORTIUM_DEDUCTION',
        rate: r,
        why: { code: 'BID_SHARE_DEDUCTION', form, share: decimal(smShare), minShare: decimal(min), rate: decimal(r), min: decimal(range.min), max: decimal(range.max) },
        citations: unique([CITE.consortiumDeduction, p.minShare.reference, ...range.sources.map((s) => s.reference)]),
      };
    }
    return none({ code: 'BID_SHARE_BELOW_MINIMUM', form, share: decimal(smShare), minShare: decimal(min), countsAsMedium: status === 'MEDIUM' }, [CITE.consortiumDeduction, p.minShare.reference]);
  }
  if (status === 'MEDIUM') return none({ code: 'BID_MEDIUM_PERFORMER', category }, [CITE.whoseSize, CITE.priceDeduction]);
  return none({ code: 'BID_NO_DEDUCTION' }, [CITE.priceDeduction]);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function checkRate(raw: unknown, field: string, range: RateRange, date: PlainDate, rate: RateKind): Result<Num, ProcurementInputError> {
  if (raw === undefined || raw === null) return err(fieldError(field, { code: 'RATE_REQUIRED', rate, date, min: decimal(range.min), max: decimal(range.max) }, 'RATE_REQUIRED'));
  const r = exactFrom(raw);
  if (r === null) return err(fieldError(field, { code: 'RATE_DECIMAL_EXPECTED' }));
  if (cmp(r, range.min) < 0 || cmp(r, range.max) > 0) return err(fieldError(field, { code: 'RATE_OUT_OF_RANGE', rate, value: decimal(r), date, min: decimal(range.min), max: decimal(range.max) }, 'RATE_OUT_OF_RANGE'));
  return ok(r);
}

/**
 * Evaluates the bids of one project under 财库〔2020〕46号 Art. 4 and 9 (and 财库〔2022〕19号 from its
 * encoded date): each bid's evaluated price, the deduction rate applied, the reason and citations.
 * Every range and threshold is read from `rules/parameters/procurement/` for the date and jurisdiction.
 * Returns the input errors (each naming its field) instead of throwing.
 */
export function evaluateBids(project: ProjectBidsInput, ctx: ProcurementContext): Result<BidsEvaluation, ProcurementInputError[]> {
  const errors: ProcurementInputError[] = [];
  const date = typeof project.date === 'string' ? parsePlainDate(project.date) : null;
  if (!date) errors.push(fieldError('date', { code: 'DATE_EXPECTED' }));
  if (typeof project.jurisdiction !== 'string' || !ctx.jurisdictions.has(project.jurisdiction)) {
    errors.push(fieldError('jurisdiction', { code: 'JURISDICTION_UNKNOWN', shown: shownValue(project.jurisdiction) }));
  }
  if (!PROCUREMENT_CATEGORIES.includes(project.category)) errors.push(fieldError('category', { code: 'CATEGORY_EXPECTED' }));
  if (typeof project.reservedForSme !== 'boolean') errors.push(fieldError('reservedForSme', { code: 'BOOLEAN_EXPECTED' }));
  const bidsRaw: unknown = project.bids;
  if (!Array.isArray(bidsRaw) || bidsRaw.length === 0) errors.push(fieldError('bids', { code: 'NON_EMPTY_ARRAY_REQUIRED' }));
  if (errors.length) return err(errors);

  const seen = new Set<string>();
  const bids = (bidsRaw as unknown[]).map((b, i) => checkBid(b, i, errors, seen));
  const d = date!;
  const j = project.jurisdiction;
  const parameters: ResolvedParam[] = [];
  let priceRange: RateRange | null = null;
  let consortiumRange: RateRange | null = null;
  let rate: Num | null = null;
  let consortiumRate: Num | null = null;
  let minShare: ResolvedParam | null = null;
  if (!project.reservedForSme) {
    const pr = deductionRange(ctx.params, 'price_deduction', project.category, j, d);
    const cr = deductionRange(ctx.params, 'consortium_deduction', project.category, j, d);
    const ms = resolveParam(ctx.params, 'procurement.consortium_deduction.min_small_micro_share', j, d);
    for (const r of [pr, cr, ms]) if (!r.ok) errors.push(r.error);
    if (!pr.ok || !cr.ok || !ms.ok) return err(errors);
    priceRange = pr.value;
    consortiumRange = cr.value;
    minShare = ms.value;
    parameters.push(...pr.value.sources, ...cr.value.sources, ms.value);
    const rr = checkRate(project.deductionRate, 'deductionRate', priceRange, d, 'SMALL_MICRO');
    if (rr.ok) rate = rr.value;
    else errors.push(rr.error);
    const needsConsortium = bids.some((b) => b && b.consortium.length + b.subcontracts.length > 0);
    if (needsConsortium || (project.consortiumDeductionRate !== undefined && project.consortiumDeductionRate !== null)) {
      const cc = checkRate(project.consortiumDeductionRate, 'consortiumDeductionRate', consortiumRange, d, 'CONSORTIUM');
      if (cc.ok) consortiumRate = cc.value;
      else errors.push(cc.error);
    }
  }
  if (errors.length) return err(errors);

  const evaluated = (bids as CheckedBid[]).map((b) => {
    const dcs = decide(b, { category: project.category, reserved: project.reservedForSme, rate, consortiumRate, priceRange, consortiumRange, minShare });
    const evaluatedPriceFen = fenTimes(b.priceFen, sub(1, dcs.rate));
    const { rate: r, ...rest } = dcs;
    return { id: b.id, priceFen: b.priceFen, evaluatedPriceFen, deductionFen: (b.priceFen - evaluatedPriceFen) as Fen, deductionRate: toDecimalText(r, 10), ...rest, reason: bidReasonText(dcs.why), rank: 0 };
  });
  // Rank = 1 + number of bids with a strictly lower evaluated price (ties share a rank).
  const rankOf = new Map<number, number>();
  [...evaluated.map((e) => e.evaluatedPriceFen)].sort((a, b) => a - b).forEach((price, i) => {
    if (!rankOf.has(price)) rankOf.set(price, i + 1);
  });
  for (const e of evaluated) e.rank = rankOf.get(e.evaluatedPriceFen)!;

  const warnings: BilingualText[] = [];
  const byNote = new Map<string, string[]>();
  for (const p of parameters.filter((x) => x.unverified)) byNote.set(p.note ?? '', [...(byNote.get(p.note ?? '') ?? []), `${p.path}@${p.from}`]);
  for (const [note, paths] of byNote) {
    warnings.push(procurementNoteText({ code: 'PARAMETERS_UNVERIFIED', paths, note }));
  }
  if (project.category === 'WORKS' && !project.reservedForSme) warnings.push(procurementNoteText({ code: 'WORKS_COMPREHENSIVE_EVALUATION_NOT_ENCODED' }));
  return ok({
    date: d,
    jurisdiction: j,
    category: project.category,
    reservedForSme: project.reservedForSme,
    ranges: priceRange && consortiumRange ? { priceDeduction: view(priceRange), consortiumDeduction: view(consortiumRange) } : null,
    bids: evaluated,
    parameters: unique(parameters.map((p) => p.path)).map((path) => parameters.find((p) => p.path === path)!),
    warnings,
  });
}

/** "100 万元 → 90 万元" (or "1,000,000 yuan → 900,000 yuan") for people. */
export function describeEvaluatedPrice(b: BidEvaluation, lang: 'zh' | 'en'): string {
  return `${formatMoney(b.priceFen, lang)} → ${formatMoney(b.evaluatedPriceFen, lang)}`;
}
