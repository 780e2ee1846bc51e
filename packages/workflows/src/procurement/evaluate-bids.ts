import { add, bi, cmp, err, exactFrom, fenTimes, formatMoney, isSizeClass, isSmallOrMicro, ok, parsePlainDate, sub, toDecimalText, toPercentText, type BilingualText, type Fen, type Num, type PlainDate, type Result, type SizeClass } from '@huiqi/kernel';
import type { ResolvedParam } from '@huiqi/rules-engine';
import { CITE } from './citations';
import { deductionRange, resolveParam, type RateRange } from './rate-ranges';
import { CATEGORY_LABEL, PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementContext, type ProcurementInputError } from './types';
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
const PERFORMER: Record<ProcurementCategory, BilingualText> = {
  GOODS: bi('制造商', 'manufacturer'),
  WORKS: bi('施工单位', 'contractor'),
  SERVICES: bi('服务承接单位', 'service provider'),
};

function fieldError(field: string, zh: string, en: string): ProcurementInputError {
  return { code: 'INVALID_FIELD', field, message: bi(`${field}：${zh}`, `${field}: ${en}`) };
}

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
    errors.push(fieldError(field, '须为数组', 'must be an array'));
    return [];
  }
  const out: CheckedShare[] = [];
  list.forEach((m: unknown, i) => {
    const f = `${field}[${i}]`;
    if (typeof m !== 'object' || m === null) return void errors.push(fieldError(f, '须为对象', 'must be an object'));
    const o = m as Record<string, unknown>;
    if (!isSizeClass(o.size)) return void errors.push(fieldError(`${f}.size`, '须为 large、medium、small 或 micro', 'must be large, medium, small or micro'));
    const share = exactFrom(o.share);
    if (share === null || cmp(share, 0) <= 0 || cmp(share, 1) > 0) {
      return void errors.push(fieldError(`${f}.share`, '须为大于0且不超过1的小数（合同金额占比）', 'must be a decimal above 0 and at most 1 (share of the contract amount)'));
    }
    out.push({ size: o.size, share });
  });
  if (out.length === list.length && out.length) {
    const total = out.reduce<Num>((s, x) => add(s, x.share), 0);
    if (mustSumToOne && cmp(total, 1) !== 0) {
      errors.push(fieldError(field, `各成员份额合计须为1（现为 ${toDecimalText(total, 10)}）`, `member shares must add up to 1 (now ${toDecimalText(total, 10)})`));
    } else if (!mustSumToOne && cmp(total, 1) > 0) {
      errors.push(fieldError(field, `分包份额合计不能超过1（现为 ${toDecimalText(total, 10)}）`, `subcontract shares cannot add up to more than 1 (now ${toDecimalText(total, 10)})`));
    }
  }
  return out;
}

function checkBid(b: unknown, i: number, errors: ProcurementInputError[], seen: Set<string>): CheckedBid | null {
  const f = `bids[${i}]`;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) {
    errors.push(fieldError(f, '须为对象', 'must be an object'));
    return null;
  }
  const o = b as Record<string, unknown>;
  const before = errors.length;
  const id = typeof o.id === 'string' && o.id.trim() !== '' ? o.id : null;
  if (!id) errors.push(fieldError(`${f}.id`, '须为非空文本', 'must be non-empty text'));
  else if (seen.has(id)) errors.push(fieldError(`${f}.id`, `投标编号 ${id} 重复`, `bid id ${id} is repeated`));
  else seen.add(id);
  const price = o.priceFen;
  if (typeof price !== 'number' || !Number.isSafeInteger(price) || price <= 0) errors.push(fieldError(`${f}.priceFen`, '须为大于0的金额', 'must be an amount above 0'));
  const items: SizeClass[] = [];
  if (o.items !== undefined && o.items !== null) {
    if (!Array.isArray(o.items)) errors.push(fieldError(`${f}.items`, '须为数组', 'must be an array'));
    else
      o.items.forEach((it: unknown, k) => {
        const s = typeof it === 'object' && it !== null ? (it as Record<string, unknown>).makerSize : undefined;
        if (!isSizeClass(s)) errors.push(fieldError(`${f}.items[${k}].makerSize`, '须为 large、medium、small 或 micro', 'must be large, medium, small or micro'));
        else items.push(s);
      });
  }
  const consortium = checkShares(o.consortium, `${f}.consortium`, errors, true);
  const subcontracts = checkShares(o.subcontracts, `${f}.subcontracts`, errors, false);
  const given = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (errors.length === before && !given(o.items) && !given(o.consortium) && !given(o.subcontracts)) {
    errors.push(fieldError(f, '须列出 items（制造商/施工单位/承接单位规模）或 consortium（联合体成员）或 subcontracts（分包）', 'must list items (maker size), consortium members or subcontracts'));
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

type Decision = Omit<BidEvaluation, 'rank' | 'evaluatedPriceFen' | 'deductionFen' | 'deductionRate' | 'priceFen' | 'id'> & { rate: Num };

function decide(
  bid: CheckedBid,
  p: { category: ProcurementCategory; reserved: boolean; rate: Num | null; consortiumRate: Num | null; priceRange: RateRange | null; consortiumRange: RateRange | null; minShare: ResolvedParam | null },
): Decision {
  const performer = PERFORMER[p.category];
  const performers = [...bid.items, ...bid.consortium.map((m) => m.size)];
  const status = smeStatusOf(performers);
  const hasShares = bid.consortium.length + bid.subcontracts.length > 0;
  const smShare = hasShares ? [...bid.consortium, ...bid.subcontracts].filter((m) => isSmallOrMicro(m.size)).reduce<Num>((s, m) => add(s, m.share), 0) : null;
  const common = { smeStatus: status, qualifiesForReservedShare: status === 'SMALL_MICRO' || status === 'MEDIUM', smallMicroShare: smShare !== null ? toDecimalText(smShare, 10) : null };
  const none = (reason: BilingualText, citations: string[]): Decision => ({ ...common, preference: 'NONE', rate: 0, reason, citations });

  if (p.reserved && status === 'NOT_SME') {
    return none(
      bi(
        `本项目（采购包）专门面向中小企业采购，而该投标有标的的${performer.zh}为大型企业，不符合参加条件`,
        `the project (lot) is reserved for SMEs, but an item's ${performer.en} is a large enterprise: the bid does not qualify`,
      ),
      [CITE.fullReservation, CITE.whoseSize],
    );
  }
  if (p.reserved && status === 'UNKNOWN') {
    return none(
      bi(`本项目（采购包）专门面向中小企业采购，投标未列明标的的${performer.zh}规模，无法确认参加条件`, `the project (lot) is reserved for SMEs, but the bid does not give its ${performer.en} sizes: eligibility cannot be confirmed`),
      [CITE.fullReservation, CITE.whoseSize],
    );
  }
  if (p.reserved) {
    return none(
      bi('本项目（采购包）专门面向中小企业采购，不再给予价格扣除', 'the project (lot) is reserved for SMEs, so no price deduction applies'),
      [CITE.priceDeduction],
    );
  }
  const largeItems = bid.items.filter((s) => s === 'large').length;
  if (largeItems > 0) {
    const mixed = largeItems < bid.items.length;
    return none(
      mixed
        ? bi(`${largeItems} 项标的的${performer.zh}为大型企业（大型与中小企业混合），不享受中小企业扶持政策`, `${largeItems} item(s) have a large ${performer.en} (mixed with SMEs): no SME preference applies`)
        : bi(`标的的${performer.zh}为大型企业，不享受中小企业扶持政策`, `the ${performer.en} is a large enterprise: no SME preference applies`),
      [CITE.whoseSize],
    );
  }
  if (status === 'SMALL_MICRO') {
    const r = p.rate!;
    const range = p.priceRange!;
    const who = bid.consortium.length ? bi('联合体各方均为小微企业（视同小微企业）', 'every consortium member is small or micro (treated as small/micro)') : bi(`全部标的的${performer.zh}均为小型或微型企业`, `every item's ${performer.en} is small or micro`);
    return {
      ...common,
      preference: 'SMALL_MICRO_DEDUCTION',
      rate: r,
      reason: bi(
        `${who.zh}，按采购文件规定的 ${toPercentText(r)} 扣除报价后参加评审（${CATEGORY_LABEL[p.category].zh}项目扣除区间 ${toPercentText(range.min)}—${toPercentText(range.max)}）`,
        `${who.en}; the price is reduced by the ${toPercentText(r)} set in the procurement documents (range for ${CATEGORY_LABEL[p.category].en}: ${toPercentText(range.min)}–${toPercentText(range.max)})`,
      ),
      citations: unique([CITE.whoseSize, CITE.priceDeduction, ...range.sources.map((s) => s.reference)]),
    };
  }
  if (smShare !== null && p.minShare) {
    const min = p.minShare.value;
    const form = bid.consortium.length && bid.subcontracts.length ? bi('联合体及分包', 'consortium and subcontracts') : bid.consortium.length ? bi('联合体', 'consortium') : bi('分包', 'subcontracts');
    if (cmp(smShare, min) >= 0) {
      const r = p.consortiumRate!;
      const range = p.consortiumRange!;
      return {
        ...common,
        preference: 'CONSORTIUM_DEDUCTION',
        rate: r,
        reason: bi(
          `${form.zh}中小微企业合同份额 ${toPercentText(smShare)}，达到 ${toPercentText(min)}，按采购文件规定的 ${toPercentText(r)} 扣除报价（区间 ${toPercentText(range.min)}—${toPercentText(range.max)}）`,
          `small and micro enterprises hold ${toPercentText(smShare)} of the contract through ${form.en}, at least ${toPercentText(min)}: the price is reduced by the ${toPercentText(r)} set in the procurement documents (range ${toPercentText(range.min)}–${toPercentText(range.max)})`,
        ),
        citations: unique([CITE.consortiumDeduction, p.minShare.reference, ...range.sources.map((s) => s.reference)]),
      };
    }
    const medium = status === 'MEDIUM' ? bi('；投标视同中型企业，可参与预留份额', '; the bid counts as a medium enterprise and may take part in reserved procurement') : bi('', '');
    return none(
      bi(
        `${form.zh}中小微企业合同份额 ${toPercentText(smShare)}，低于 ${toPercentText(min)}，不给予价格扣除${medium.zh}`,
        `small and micro enterprises hold ${toPercentText(smShare)} of the contract through ${form.en}, below ${toPercentText(min)}: no price deduction${medium.en}`,
      ),
      [CITE.consortiumDeduction, p.minShare.reference],
    );
  }
  if (status === 'MEDIUM') {
    return none(
      bi(
        `有标的的${performer.zh}为中型企业，投标视同中型企业：可参与预留份额，但不享受小微企业价格扣除`,
        `an item's ${performer.en} is a medium enterprise, so the bid counts as medium: it may take part in reserved procurement but gets no small-micro price deduction`,
      ),
      [CITE.whoseSize, CITE.priceDeduction],
    );
  }
  return none(bi('不符合价格扣除条件', 'no price deduction applies'), [CITE.priceDeduction]);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function checkRate(raw: unknown, field: string, range: RateRange, date: PlainDate, label: BilingualText): Result<Num, ProcurementInputError> {
  const allowed = `${toPercentText(range.min)}—${toPercentText(range.max)}`;
  const allowedEn = `${toPercentText(range.min)}–${toPercentText(range.max)}`;
  if (raw === undefined || raw === null) {
    return err({ code: 'RATE_REQUIRED', field, message: bi(`${field}：须给出采购文件规定的${label.zh}（${date} 施行的区间为 ${allowed}）`, `${field}: the ${label.en} set in the procurement documents is required (range in force on ${date}: ${allowedEn})`) });
  }
  const r = exactFrom(raw);
  if (r === null) return err(fieldError(field, '须为小数，如 0.1 表示 10%', 'must be a decimal, e.g. 0.1 for 10%'));
  if (cmp(r, range.min) < 0 || cmp(r, range.max) > 0) {
    return err({
      code: 'RATE_OUT_OF_RANGE',
      field,
      message: bi(`${field}：${label.zh} ${toPercentText(r)} 不在 ${date} 施行的 ${allowed} 区间内`, `${field}: the ${label.en} ${toPercentText(r)} is outside the range ${allowedEn} in force on ${date}`),
    });
  }
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
  if (!date) errors.push(fieldError('date', '须为 YYYY-MM-DD 格式的日期', 'must be a date YYYY-MM-DD'));
  if (typeof project.jurisdiction !== 'string' || !ctx.jurisdictions.has(project.jurisdiction)) {
    errors.push(fieldError('jurisdiction', `未知辖区 ${shownValue(project.jurisdiction)}`, `unknown jurisdiction ${shownValue(project.jurisdiction)}`));
  }
  if (!PROCUREMENT_CATEGORIES.includes(project.category)) errors.push(fieldError('category', '须为 GOODS、WORKS 或 SERVICES', 'must be GOODS, WORKS or SERVICES'));
  if (typeof project.reservedForSme !== 'boolean') errors.push(fieldError('reservedForSme', '须为 true 或 false', 'must be true or false'));
  const bidsRaw: unknown = project.bids;
  if (!Array.isArray(bidsRaw) || bidsRaw.length === 0) errors.push(fieldError('bids', '须为非空数组', 'must be a non-empty array'));
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
    const rr = checkRate(project.deductionRate, 'deductionRate', priceRange, d, bi('小微企业价格扣除比例', 'small-micro price deduction rate'));
    if (rr.ok) rate = rr.value;
    else errors.push(rr.error);
    const needsConsortium = bids.some((b) => b && b.consortium.length + b.subcontracts.length > 0);
    if (needsConsortium || (project.consortiumDeductionRate !== undefined && project.consortiumDeductionRate !== null)) {
      const cc = checkRate(project.consortiumDeductionRate, 'consortiumDeductionRate', consortiumRange, d, bi('联合体或分包价格扣除比例', 'consortium or subcontract deduction rate'));
      if (cc.ok) consortiumRate = cc.value;
      else errors.push(cc.error);
    }
  }
  if (errors.length) return err(errors);

  const evaluated = (bids as CheckedBid[]).map((b) => {
    const dcs = decide(b, { category: project.category, reserved: project.reservedForSme, rate, consortiumRate, priceRange, consortiumRange, minShare });
    const evaluatedPriceFen = fenTimes(b.priceFen, sub(1, dcs.rate));
    const { rate: r, ...rest } = dcs;
    return { id: b.id, priceFen: b.priceFen, evaluatedPriceFen, deductionFen: (b.priceFen - evaluatedPriceFen) as Fen, deductionRate: toDecimalText(r, 10), ...rest, rank: 0 };
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
    warnings.push(bi(`以下参数取值的出处未完全核实：${paths.join('、')}（${note}）`, `these parameter values rest on unverified sources: ${paths.join(', ')} (${note})`));
  }
  if (project.category === 'WORKS' && !project.reservedForSme) {
    warnings.push(
      bi(
        '依法必须招标且采用综合评估法（非低价优先）的工程项目，应改为在价格分中加分，本计算不适用（未编码）',
        'works tendered under the Bidding Law with comprehensive evaluation (not lowest price) add points to the price score instead; not encoded here',
      ),
    );
  }
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
