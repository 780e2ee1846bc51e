import { bi, exactFrom, formatMoney, sizeClassLabel, toDecimalText, toPercentText, type BilingualText, type Fen, type Num, type PlainDate, type SizeClass } from '@huiqi/kernel';
import { CATEGORY_LABEL, type ProcurementCategory, type ProcurementInputError } from './types';

/**
 * The procurement module's reasons as codes with their figures (issue 20: reasons as codes): the
 * functions of this folder return these values, and this file is the one place that words them in
 * Chinese and English. Codes are data; only the words reach a screen.
 */

/** An exact decimal as text ("0.1"), so that a reason stays plain JSON (an evaluation is stored as such). */
export type Decimal = string;
/** A rate or share as the reasons carry it. */
export const decimal = (x: Num): Decimal => toDecimalText(x, 20);
const pct = (d: Decimal): string => toPercentText(exactFrom(d) ?? 0);

/** A thing the input must name (须填写…). */
export type RequiredName = 'PURCHASER_NAME' | 'PURCHASER' | 'PROJECT_NAME' | 'SUPPLIER_NAME' | 'WINNER_NAME' | 'ITEM_NAME' | 'ITEM_INDUSTRY' | 'ENTERPRISE_NAME';

/** What is wrong with one input field; rendered after the field's path ("bids[0].id：须为非空文本"). */
export type ProcurementFieldProblem =
  | { code: 'NOT_AN_ARRAY' }
  | { code: 'NOT_AN_OBJECT' }
  | { code: 'NOT_JSON_OBJECT' }
  | { code: 'NOT_JSON' }
  | { code: 'UNKNOWN_FIELD' }
  | { code: 'NON_EMPTY_ARRAY_REQUIRED' }
  | { code: 'TEXT_REQUIRED' }
  | { code: 'UNIQUE_TEXT_REQUIRED' }
  | { code: 'SUPPLIER_NAME_TEXT' }
  | { code: 'PROJECT_NAME_TEXT' }
  | { code: 'REQUIRED'; what: RequiredName }
  | { code: 'ITEMS_REQUIRED' }
  | { code: 'SIZE_CLASS_EXPECTED' }
  | { code: 'SME_SIZE_CLASS_EXPECTED' }
  | { code: 'CATEGORY_EXPECTED' }
  | { code: 'CATEGORY_JSON_EXPECTED' }
  | { code: 'BOOLEAN_EXPECTED' }
  | { code: 'DATE_EXPECTED' }
  | { code: 'DATE_FORMAT_EXPECTED' }
  | { code: 'YEAR_EXPECTED' }
  | { code: 'JURISDICTION_UNKNOWN'; shown: string }
  | { code: 'AMOUNT_EXPECTED' }
  | { code: 'AMOUNT_FEN_EXPECTED' }
  | { code: 'AMOUNT_YUAN_EXPECTED' }
  | { code: 'FIGURE_EXPECTED' }
  | { code: 'BID_ID_REPEATED'; id: string }
  | { code: 'PROJECT_ID_REPEATED'; id: string }
  | { code: 'BID_PERFORMERS_MISSING' }
  | { code: 'CONTRACT_SHARE_EXPECTED' }
  | { code: 'MEMBER_SHARES_NOT_ONE'; total: string }
  | { code: 'SUBCONTRACT_SHARES_ABOVE_ONE'; total: string }
  | { code: 'RATE_DECIMAL_EXPECTED' }
  | { code: 'RATE_REQUIRED'; rate: RateKind; date: PlainDate; min: Decimal; max: Decimal }
  | { code: 'RATE_OUT_OF_RANGE'; rate: RateKind; value: Decimal; date: PlainDate; min: Decimal; max: Decimal }
  | { code: 'EXEMPTION_REASON_REQUIRED' }
  | { code: 'RESERVATION_METHOD_EXPECTED'; methods: readonly string[] }
  | { code: 'RESERVED_FOR_EXPECTED' }
  | { code: 'RESERVED_LOTS_REQUIRED' }
  | { code: 'RESERVED_LOTS_ABOVE_BUDGET' }
  | { code: 'SME_SHARE_EXPECTED' }
  | { code: 'SMALL_MICRO_SHARE_EXPECTED' }
  | { code: 'SMALL_MICRO_SHARE_ABOVE_SME' }
  | { code: 'WINNER_NOT_IN_EVALUATION'; shown: string }
  | { code: 'DECLARATION_REQUIRED' }
  | { code: 'DECLARATION_SUPPLIER_NOT_WINNER'; declared: string; winner: string };

/** The deduction rate a field sets. */
export type RateKind = 'SMALL_MICRO' | 'CONSORTIUM';

const REQUIRED_NAMES: Record<RequiredName, BilingualText> = {
  PURCHASER_NAME: bi('采购人名称', 'the purchaser name'),
  PURCHASER: bi('采购人', 'the purchaser'),
  PROJECT_NAME: bi('项目名称', 'the project name'),
  SUPPLIER_NAME: bi('供应商名称', 'the supplier name'),
  WINNER_NAME: bi('中标（成交）供应商名称', 'the winning supplier name'),
  ITEM_NAME: bi('标的名称', 'the item name'),
  ITEM_INDUSTRY: bi('采购文件中明确的所属行业', 'the industry stated in the procurement documents'),
  ENTERPRISE_NAME: bi('企业名称', 'the enterprise name'),
};

const RATE_NAMES: Record<RateKind, BilingualText> = {
  SMALL_MICRO: bi('小微企业价格扣除比例', 'small-micro price deduction rate'),
  CONSORTIUM: bi('联合体或分包价格扣除比例', 'consortium or subcontract deduction rate'),
};

const rangeZh = (min: Decimal, max: Decimal) => `${pct(min)}—${pct(max)}`;
const rangeEn = (min: Decimal, max: Decimal) => `${pct(min)}–${pct(max)}`;

/** What is wrong with a field, without the field's path. */
export function fieldProblemText(p: ProcurementFieldProblem): BilingualText {
  switch (p.code) {
    case 'NOT_AN_ARRAY':
      return bi('须为数组', 'must be an array');
    case 'NOT_AN_OBJECT':
      return bi('须为对象', 'must be an object');
    case 'NOT_JSON_OBJECT':
      return bi('须为一个 JSON 对象', 'must be one JSON object');
    case 'NOT_JSON':
      return bi('不是有效的 JSON', 'not valid JSON');
    case 'UNKNOWN_FIELD':
      return bi('未知字段', 'unknown field');
    case 'NON_EMPTY_ARRAY_REQUIRED':
      return bi('须为非空数组', 'must be a non-empty array');
    case 'TEXT_REQUIRED':
      return bi('须为非空文本', 'must be non-empty text');
    case 'UNIQUE_TEXT_REQUIRED':
      return bi('须为不重复的非空文本', 'must be non-empty and unique');
    case 'SUPPLIER_NAME_TEXT':
      return bi('须为文本（供应商名称）', 'must be text (the supplier name)');
    case 'PROJECT_NAME_TEXT':
      return bi('须为文本（项目名称）', 'must be text (the project name)');
    case 'REQUIRED': {
      const n = REQUIRED_NAMES[p.what];
      return bi(`须填写${n.zh}`, `${n.en} is required`);
    }
    case 'ITEMS_REQUIRED':
      return bi('须至少列出一项标的', 'at least one item is required');
    case 'SIZE_CLASS_EXPECTED':
      return bi('须为 large、medium、small 或 micro', 'must be large, medium, small or micro');
    case 'SME_SIZE_CLASS_EXPECTED':
      return bi('须为 medium、small 或 micro（大型企业不能出具中小企业声明函）', 'must be medium, small or micro (a large enterprise cannot declare)');
    case 'CATEGORY_EXPECTED':
      return bi('须为 GOODS、WORKS 或 SERVICES', 'must be GOODS, WORKS or SERVICES');
    case 'CATEGORY_JSON_EXPECTED':
      return bi('须为 goods、works 或 services', 'must be goods, works or services');
    case 'BOOLEAN_EXPECTED':
      return bi('须为 true 或 false', 'must be true or false');
    case 'DATE_EXPECTED':
      return bi('须为 YYYY-MM-DD 格式的日期', 'must be a date YYYY-MM-DD');
    case 'DATE_FORMAT_EXPECTED':
      return bi('须为 YYYY-MM-DD', 'must be YYYY-MM-DD');
    case 'YEAR_EXPECTED':
      return bi('须为四位年份', 'must be a four-digit year');
    case 'JURISDICTION_UNKNOWN':
      return bi(`未知辖区 ${p.shown}`, `unknown jurisdiction ${p.shown}`);
    case 'AMOUNT_EXPECTED':
      return bi('须为大于0的金额', 'must be an amount above 0');
    case 'AMOUNT_FEN_EXPECTED':
      return bi('须为大于0的金额（分）', 'must be an amount above 0 (fen)');
    case 'AMOUNT_YUAN_EXPECTED':
      return bi('须为大于0的金额（元，最多两位小数）', 'must be an amount in yuan above 0 (at most 2 decimals)');
    case 'FIGURE_EXPECTED':
      return bi('须为不小于0的整数或 null（新成立企业）', 'must be a whole number ≥ 0, or null (newly founded)');
    case 'BID_ID_REPEATED':
      return bi(`投标编号 ${p.id} 重复`, `bid id ${p.id} is repeated`);
    case 'PROJECT_ID_REPEATED':
      return bi(`项目编号 ${p.id} 重复`, `project id ${p.id} is repeated`);
    case 'BID_PERFORMERS_MISSING':
      return bi('须列出 items（制造商/施工单位/承接单位规模）或 consortium（联合体成员）或 subcontracts（分包）', 'must list items (maker size), consortium members or subcontracts');
    case 'CONTRACT_SHARE_EXPECTED':
      return bi('须为大于0且不超过1的小数（合同金额占比）', 'must be a decimal above 0 and at most 1 (share of the contract amount)');
    case 'MEMBER_SHARES_NOT_ONE':
      return bi(`各成员份额合计须为1（现为 ${p.total}）`, `member shares must add up to 1 (now ${p.total})`);
    case 'SUBCONTRACT_SHARES_ABOVE_ONE':
      return bi(`分包份额合计不能超过1（现为 ${p.total}）`, `subcontract shares cannot add up to more than 1 (now ${p.total})`);
    case 'RATE_DECIMAL_EXPECTED':
      return bi('须为小数，如 0.1 表示 10%', 'must be a decimal, e.g. 0.1 for 10%');
    case 'RATE_REQUIRED': {
      const n = RATE_NAMES[p.rate];
      return bi(`须给出采购文件规定的${n.zh}（${p.date} 施行的区间为 ${rangeZh(p.min, p.max)}）`, `the ${n.en} set in the procurement documents is required (range in force on ${p.date}: ${rangeEn(p.min, p.max)})`);
    }
    case 'RATE_OUT_OF_RANGE': {
      const n = RATE_NAMES[p.rate];
      return bi(`${n.zh} ${pct(p.value)} 不在 ${p.date} 施行的 ${rangeZh(p.min, p.max)} 区间内`, `the ${n.en} ${pct(p.value)} is outside the range ${rangeEn(p.min, p.max)} in force on ${p.date}`);
    }
    case 'EXEMPTION_REASON_REQUIRED':
      return bi('不适宜由中小企业提供的项目须说明所依据的法定情形', 'a project not suitable for SMEs must state the statutory exemption it relies on');
    case 'RESERVATION_METHOD_EXPECTED':
      return bi(`须为 ${p.methods.join('、')} 之一`, `must be one of ${p.methods.join(', ')}`);
    case 'RESERVED_FOR_EXPECTED':
      return bi('须为 SME 或 SMALL_MICRO', 'must be SME or SMALL_MICRO');
    case 'RESERVED_LOTS_REQUIRED':
      return bi('须列出预留的采购包', 'must list the reserved lots');
    case 'RESERVED_LOTS_ABOVE_BUDGET':
      return bi('预留采购包预算合计超过项目预算', 'the reserved lots add up to more than the project budget');
    case 'SME_SHARE_EXPECTED':
      return bi('须为大于0且不超过1的小数', 'must be a decimal above 0 and at most 1');
    case 'SMALL_MICRO_SHARE_EXPECTED':
      return bi('须为0到1之间的小数', 'must be a decimal from 0 to 1');
    case 'SMALL_MICRO_SHARE_ABOVE_SME':
      return bi('不能大于 smeShare（小微企业是中小企业的一部分）', 'cannot exceed smeShare (small and micro firms are SMEs)');
    case 'WINNER_NOT_IN_EVALUATION':
      return bi(`评审结果中没有投标 ${p.shown}`, `no bid ${p.shown} in the evaluation`);
    case 'DECLARATION_REQUIRED':
      return bi('中标（成交）供应商享受了中小企业扶持政策，须随结果公告其中小企业声明函', 'the winner used an SME preference, so its SME declaration must be published with the award');
    case 'DECLARATION_SUPPLIER_NOT_WINNER':
      return bi(`声明函的供应商「${p.declared}」与中标供应商「${p.winner}」不一致`, `the declaration's supplier "${p.declared}" is not the winner "${p.winner}"`);
  }
}

/** A refusal of one field: the field's path, then what is wrong with it. */
export function fieldError(field: string, problem: ProcurementFieldProblem, code: ProcurementInputError['code'] = 'INVALID_FIELD'): ProcurementInputError {
  const t = fieldProblemText(problem);
  return { code, field, problem, message: bi(`${field}：${t.zh}`, `${field}: ${t.en}`) };
}

/** No value of a parameter in force: a refusal of the date (or of the field named). */
export function noParameterError(path: string, jurisdiction: string, date: PlainDate, field = 'date'): ProcurementInputError {
  return { code: 'NO_PARAMETER', field, message: bi(`${date} 在辖区 ${jurisdiction} 没有生效的参数 ${path}`, `no value of parameter ${path} in force in ${jurisdiction} on ${date}`) };
}

/** Through which arrangement small and micro enterprises hold a share of the contract. */
export type ShareForm = 'CONSORTIUM_AND_SUBCONTRACTS' | 'CONSORTIUM' | 'SUBCONTRACTS';

/** Why a bid got the deduction it got (财库〔2020〕46号 Art. 4, 9). */
export type BidReason =
  | { code: 'BID_RESERVED_LARGE_PERFORMER'; category: ProcurementCategory }
  | { code: 'BID_RESERVED_SIZES_MISSING'; category: ProcurementCategory }
  | { code: 'BID_RESERVED_NO_DEDUCTION' }
  | { code: 'BID_LARGE_PERFORMER'; category: ProcurementCategory }
  /** `count` of the items have a large performer, the others SMEs. */
  | { code: 'BID_LARGE_PERFORMERS_MIXED'; category: ProcurementCategory; count: number }
  | { code: 'BID_SMALL_MICRO_DEDUCTION'; category: ProcurementCategory; byConsortium: boolean; rate: Decimal; min: Decimal; max: Decimal }
  | { code: 'BID_SHARE_DEDUCTION'; form: ShareForm; share: Decimal; minShare: Decimal; rate: Decimal; min: Decimal; max: Decimal }
  /** `countsAsMedium`: a medium performer makes the bid medium, and it may take part in reserved procurement. */
  | { code: 'BID_SHARE_BELOW_MINIMUM'; form: ShareForm; share: Decimal; minShare: Decimal; countsAsMedium: boolean }
  | { code: 'BID_MEDIUM_PERFORMER'; category: ProcurementCategory }
  | { code: 'BID_NO_DEDUCTION' };

const PERFORMER: Record<ProcurementCategory, BilingualText> = {
  GOODS: bi('制造商', 'manufacturer'),
  WORKS: bi('施工单位', 'contractor'),
  SERVICES: bi('服务承接单位', 'service provider'),
};

const SHARE_FORMS: Record<ShareForm, BilingualText> = {
  CONSORTIUM_AND_SUBCONTRACTS: bi('联合体及分包', 'consortium and subcontracts'),
  CONSORTIUM: bi('联合体', 'consortium'),
  SUBCONTRACTS: bi('分包', 'subcontracts'),
};

export function bidReasonText(r: BidReason): BilingualText {
  switch (r.code) {
    case 'BID_RESERVED_LARGE_PERFORMER': {
      const p = PERFORMER[r.category];
      return bi(`本项目（采购包）专门面向中小企业采购，而该投标有标的的${p.zh}为大型企业，不符合参加条件`, `the project (lot) is reserved for SMEs, but an item's ${p.en} is a large enterprise: the bid does not qualify`);
    }
    case 'BID_RESERVED_SIZES_MISSING': {
      const p = PERFORMER[r.category];
      return bi(`本项目（采购包）专门面向中小企业采购，投标未列明标的的${p.zh}规模，无法确认参加条件`, `the project (lot) is reserved for SMEs, but the bid does not give its ${p.en} sizes: eligibility cannot be confirmed`);
    }
    case 'BID_RESERVED_NO_DEDUCTION':
      return bi('本项目（采购包）专门面向中小企业采购，不再给予价格扣除', 'the project (lot) is reserved for SMEs, so no price deduction applies');
    case 'BID_LARGE_PERFORMER': {
      const p = PERFORMER[r.category];
      return bi(`标的的${p.zh}为大型企业，不享受中小企业扶持政策`, `the ${p.en} is a large enterprise: no SME preference applies`);
    }
    case 'BID_LARGE_PERFORMERS_MIXED': {
      const p = PERFORMER[r.category];
      return bi(`${r.count} 项标的的${p.zh}为大型企业（大型与中小企业混合），不享受中小企业扶持政策`, `${r.count} item(s) have a large ${p.en} (mixed with SMEs): no SME preference applies`);
    }
    case 'BID_SMALL_MICRO_DEDUCTION': {
      const p = PERFORMER[r.category];
      const who = r.byConsortium ? bi('联合体各方均为小微企业（视同小微企业）', 'every consortium member is small or micro (treated as small/micro)') : bi(`全部标的的${p.zh}均为小型或微型企业`, `every item's ${p.en} is small or micro`);
      const c = CATEGORY_LABEL[r.category];
      return bi(
        `${who.zh}，按采购文件规定的 ${pct(r.rate)} 扣除报价后参加评审（${c.zh}项目扣除区间 ${rangeZh(r.min, r.max)}）`,
        `${who.en}; the price is reduced by the ${pct(r.rate)} set in the procurement documents (range for ${c.en}: ${rangeEn(r.min, r.max)})`,
      );
    }
    case 'BID_SHARE_DEDUCTION': {
      const f = SHARE_FORMS[r.form];
      return bi(
        `${f.zh}中小微企业合同份额 ${pct(r.share)}，达到 ${pct(r.minShare)}，按采购文件规定的 ${pct(r.rate)} 扣除报价（区间 ${rangeZh(r.min, r.max)}）`,
        `small and micro enterprises hold ${pct(r.share)} of the contract through ${f.en}, at least ${pct(r.minShare)}: the price is reduced by the ${pct(r.rate)} set in the procurement documents (range ${rangeEn(r.min, r.max)})`,
      );
    }
    case 'BID_SHARE_BELOW_MINIMUM': {
      const f = SHARE_FORMS[r.form];
      const medium = r.countsAsMedium ? bi('；投标视同中型企业，可参与预留份额', '; the bid counts as a medium enterprise and may take part in reserved procurement') : bi('', '');
      return bi(
        `${f.zh}中小微企业合同份额 ${pct(r.share)}，低于 ${pct(r.minShare)}，不给予价格扣除${medium.zh}`,
        `small and micro enterprises hold ${pct(r.share)} of the contract through ${f.en}, below ${pct(r.minShare)}: no price deduction${medium.en}`,
      );
    }
    case 'BID_MEDIUM_PERFORMER': {
      const p = PERFORMER[r.category];
      return bi(
        `有标的的${p.zh}为中型企业，投标视同中型企业：可参与预留份额，但不享受小微企业价格扣除`,
        `an item's ${p.en} is a medium enterprise, so the bid counts as medium: it may take part in reserved procurement but gets no small-micro price deduction`,
      );
    }
    case 'BID_NO_DEDUCTION':
      return bi('不符合价格扣除条件', 'no price deduction applies');
  }
}

/** Remarks on an evaluation, a plan assessment or an award notice. */
export type ProcurementNote =
  /** Parameter values (`path@from`) resting on sources not fully verified, with the note they share. */
  | { code: 'PARAMETERS_UNVERIFIED'; paths: string[]; note: string }
  | { code: 'PARAMETER_UNVERIFIED'; path: string; from: PlainDate | string; note: string }
  | { code: 'WORKS_COMPREHENSIVE_EVALUATION_NOT_ENCODED' }
  | { code: 'PROCUREMENT_THRESHOLD_NOT_ENCODED' }
  | { code: 'DECLARATION_NOT_PUBLISHED' }
  | { code: 'WINNER_NOT_LOWEST'; rank: number }
  /** Declaration warnings: an item's maker left figures blank, or gave another year's. */
  | { code: 'FIGURES_BLANK'; item: number; itemName: string; role: string; maker: string }
  | { code: 'FIGURES_WRONG_YEAR'; item: number; maker: string; year: number; expected: number };

export function procurementNoteText(n: ProcurementNote): BilingualText {
  switch (n.code) {
    case 'PARAMETERS_UNVERIFIED':
      return bi(`以下参数取值的出处未完全核实：${n.paths.join('、')}（${n.note}）`, `these parameter values rest on unverified sources: ${n.paths.join(', ')} (${n.note})`);
    case 'PARAMETER_UNVERIFIED':
      return bi(`参数 ${n.path}（自 ${n.from}）出处未完全核实：${n.note}`, `parameter ${n.path} (from ${n.from}) rests on an unverified source`);
    case 'WORKS_COMPREHENSIVE_EVALUATION_NOT_ENCODED':
      return bi(
        '依法必须招标且采用综合评估法（非低价优先）的工程项目，应改为在价格分中加分，本计算不适用（未编码）',
        'works tendered under the Bidding Law with comprehensive evaluation (not lowest price) add points to the price score instead; not encoded here',
      );
    case 'PROCUREMENT_THRESHOLD_NOT_ENCODED':
      return bi('第八条第一款只适用于采购限额标准以上的项目；限额标准未编码，请只登记限额标准以上的项目', 'Art. 8 para 1 applies above the procurement threshold, which is not encoded: register only projects above it');
    case 'DECLARATION_NOT_PUBLISHED':
      return bi('未享受中小企业扶持政策，声明函不随结果公告', 'no SME preference was used, so the declaration is not published');
    case 'WINNER_NOT_LOWEST':
      return bi(`中标投标的评审价格排名第 ${n.rank}（综合评分时价格只是评审因素之一）`, `the winning bid's evaluated price ranks ${n.rank} (price is one factor under comprehensive scoring)`);
    case 'FIGURES_BLANK':
      return bi(`第 ${n.item} 项「${n.itemName}」的${n.role}${n.maker}有指标未填；仅无上一年度数据的新成立企业可不填报`, `item ${n.item}: ${n.maker} left figures blank; only enterprises founded too recently to have last year's figures may`);
    case 'FIGURES_WRONG_YEAR':
      return bi(`第 ${n.item} 项：${n.maker}的数据为 ${n.year} 年，声明函应填报上一年度（${n.expected} 年）数据`, `item ${n.item}: ${n.maker}'s figures are for ${n.year}; the declaration needs the previous year (${n.expected})`);
  }
}

/** The SME preference an award used (or none). */
export type AwardPreference =
  | { code: 'AWARD_RESERVED_PROJECT' }
  | { code: 'AWARD_SMALL_MICRO_DEDUCTION'; rate: string }
  | { code: 'AWARD_SHARE_DEDUCTION'; rate: string }
  | { code: 'AWARD_NO_PREFERENCE' };

export function awardPreferenceText(p: AwardPreference): BilingualText {
  switch (p.code) {
    case 'AWARD_RESERVED_PROJECT':
      return bi('本项目（采购包）专门面向中小企业采购', 'the project (lot) was reserved for SMEs');
    case 'AWARD_SMALL_MICRO_DEDUCTION':
      return bi(`小微企业价格扣除 ${p.rate}`, `small-micro price deduction ${p.rate}`);
    case 'AWARD_SHARE_DEDUCTION':
      return bi(`联合体或分包价格扣除 ${p.rate}`, `consortium or subcontract price deduction ${p.rate}`);
    case 'AWARD_NO_PREFERENCE':
      return bi('未享受中小企业扶持政策', 'no SME preference used');
  }
}

/** How one plan project reserves its SME share (46号 Art. 8 para 3). */
export type ReservationReason =
  | { code: 'NOT_RESERVED' }
  | { code: 'WHOLE_PROJECT_SME' }
  | { code: 'WHOLE_PROJECT_SMALL_MICRO' }
  | { code: 'LOTS_RESERVED'; lots: number }
  | { code: 'CONSORTIUM_SHARE_REQUIRED' }
  | { code: 'SUBCONTRACT_SHARE_REQUIRED' };

export function reservationText(r: ReservationReason): BilingualText {
  switch (r.code) {
    case 'NOT_RESERVED':
      return bi('未预留', 'not reserved');
    case 'WHOLE_PROJECT_SME':
      return bi('整个项目专门面向中小企业', 'whole project reserved for SMEs');
    case 'WHOLE_PROJECT_SMALL_MICRO':
      return bi('整个项目专门面向小微企业', 'whole project reserved for small and micro enterprises');
    case 'LOTS_RESERVED':
      return bi(`${r.lots} 个采购包专门面向中小企业`, `${r.lots} lot(s) reserved for SMEs`);
    case 'CONSORTIUM_SHARE_REQUIRED':
      return bi('要求以联合体形式参加，中小企业合同份额达到规定比例', 'bids must come as consortia with the required SME share');
    case 'SUBCONTRACT_SHARE_REQUIRED':
      return bi('要求中标人将规定比例分包给中小企业', 'the winner must subcontract the required share to SMEs');
  }
}

/** The small-micro part of a reserved share: `ratio` of `reservedRequiredFen`. */
export interface SmallMicroFigures {
  ratio: Decimal;
  draft: boolean;
  reservedRequiredFen: Fen;
  requiredFen: Fen;
  actualFen: Fen;
}

/** One reserved-share rule checked against a plan, with the figures its label and explanation show. */
export type RequirementReason =
  | { code: 'FULL_RESERVATION'; projectName: string; category: ProcurementCategory; budgetFen: Fen; ceilingFen: Fen; reservedFen: Fen }
  /** `worksRatio` is given when goods/services and works projects are both counted. */
  | { code: 'RESERVED_SHARE'; ratio: Decimal; worksRatio: Decimal | null; projects: number; baseFen: Fen; requiredFen: Fen; actualFen: Fen }
  | ({ code: 'SMALL_MICRO_SHARE' } & SmallMicroFigures)
  | ({ code: 'DEPARTMENT_SMALL_MICRO_SHARE' } & SmallMicroFigures)
  | { code: 'DEPARTMENT_RESERVED_SHARE'; ratio: Decimal; draft: boolean; baseFen: Fen; exemptFen: Fen; requiredFen: Fen; actualFen: Fen };

const money = formatMoney;
const draftNote = (draft: boolean) => (draft ? bi('（征求意见稿，未生效，仅供参考）', ' (consultation draft, not in force; for information)') : bi('', ''));

/** The rule's label ("「X」应全部预留给中小企业") and the explanation of its figures. */
export function requirementText(r: RequirementReason): { label: BilingualText; explanation: BilingualText } {
  switch (r.code) {
    case 'FULL_RESERVATION': {
      const c = CATEGORY_LABEL[r.category];
      return {
        label: bi(`「${r.projectName}」应全部预留给中小企业`, `"${r.projectName}" must be reserved wholly for SMEs`),
        explanation: bi(
          `${c.zh}项目预算 ${money(r.budgetFen, 'zh')}，不超过 ${money(r.ceilingFen, 'zh')} 且适宜由中小企业提供，应专门面向中小企业采购；已预留 ${money(r.reservedFen, 'zh')}`,
          `${c.en} project budget ${money(r.budgetFen, 'en')}, at most ${money(r.ceilingFen, 'en')} and suitable for SMEs: it must be procured from SMEs only; reserved ${money(r.reservedFen, 'en')}`,
        ),
      };
    }
    case 'RESERVED_SHARE': {
      const zh = r.worksRatio !== null ? `${pct(r.ratio)}（工程 ${pct(r.worksRatio)}）` : pct(r.ratio);
      const en = r.worksRatio !== null ? `${pct(r.ratio)} (works ${pct(r.worksRatio)})` : zh;
      return {
        label: bi(`超过全部预留上限的适宜项目预留不少于 ${zh}`, `suitable projects above the ceiling: at least ${en} reserved`),
        explanation: bi(
          `${r.projects} 个项目预算合计 ${money(r.baseFen, 'zh')}，须预留 ${money(r.requiredFen, 'zh')}，已预留 ${money(r.actualFen, 'zh')}`,
          `${r.projects} project(s) with budgets totalling ${money(r.baseFen, 'en')}: ${money(r.requiredFen, 'en')} must be reserved, ${money(r.actualFen, 'en')} is`,
        ),
      };
    }
    case 'SMALL_MICRO_SHARE':
    case 'DEPARTMENT_SMALL_MICRO_SHARE': {
      const p = pct(r.ratio);
      const d = draftNote(r.draft);
      return {
        label: bi(`预留份额中给小微企业的比例不低于 ${p}${d.zh}`, `at least ${p} of the reserved share for small and micro enterprises${d.en}`),
        explanation: bi(
          `应预留 ${money(r.reservedRequiredFen, 'zh')} 的 ${p} 即 ${money(r.requiredFen, 'zh')} 给小微企业，已预留 ${money(r.actualFen, 'zh')}`,
          `${p} of the ${money(r.reservedRequiredFen, 'en')} to be reserved, ${money(r.requiredFen, 'en')}, must go to small and micro enterprises; ${money(r.actualFen, 'en')} does`,
        ),
      };
    }
    case 'DEPARTMENT_RESERVED_SHARE': {
      const p = pct(r.ratio);
      const d = draftNote(r.draft);
      return {
        label: bi(`预留份额不低于本部门年度适宜项目预算总额的 ${p}${d.zh}`, `reserved share at least ${p} of the department's suitable annual budget${d.en}`),
        explanation: bi(
          `本部门年度适宜由中小企业提供的项目预算 ${money(r.baseFen, 'zh')}（已扣除中小企业无法提供的 ${money(r.exemptFen, 'zh')}），须预留 ${money(r.requiredFen, 'zh')}，已预留 ${money(r.actualFen, 'zh')}`,
          `the department's annual budget suitable for SMEs is ${money(r.baseFen, 'en')}: ${money(r.requiredFen, 'en')} must be reserved, ${money(r.actualFen, 'en')} is`,
        ),
      };
    }
  }
}

/** Where a reserved share falls short: the projects above the ceiling, or the department's whole year. */
export type ShareScope = 'ABOVE_CEILING' | 'DEPARTMENT';

/** One action that would meet an unmet requirement. */
export type ToMeetAction =
  | { code: 'RESERVE_PROJECT_WHOLLY'; projectName: string; gapFen: Fen }
  /** Reserve `moreFen` more, `smallMicroFen` of it for small and micro, and turn `turnOverFen` already reserved over to them. */
  | { code: 'RESERVE_MORE'; scope: ShareScope; moreFen: Fen; smallMicroFen: number; turnOverFen: number }
  | { code: 'TURN_OVER_TO_SMALL_MICRO'; scope: ShareScope; turnOverFen: Fen };

const SCOPES: Record<ShareScope, BilingualText> = {
  ABOVE_CEILING: bi('在超过全部预留上限的项目中', 'in the projects above the ceiling, '),
  DEPARTMENT: bi('在本部门年度项目中', "across the department's projects, "),
};

export function toMeetText(a: ToMeetAction): BilingualText {
  switch (a.code) {
    case 'RESERVE_PROJECT_WHOLLY':
      return bi(`将「${a.projectName}」全部预留给中小企业（尚差 ${money(a.gapFen, 'zh')}）`, `reserve "${a.projectName}" wholly for SMEs (${money(a.gapFen, 'en')} missing)`);
    case 'RESERVE_MORE': {
      const s = SCOPES[a.scope];
      return bi(
        `${s.zh}再预留 ${money(a.moreFen, 'zh')} 给中小企业${a.smallMicroFen > 0 ? `，其中 ${money(a.smallMicroFen, 'zh')} 给小微企业` : ''}${a.turnOverFen > 0 ? `，并将已预留部分中的 ${money(a.turnOverFen, 'zh')} 改为专门面向小微企业` : ''}`,
        `${s.en}reserve another ${money(a.moreFen, 'en')} for SMEs${a.smallMicroFen > 0 ? `, ${money(a.smallMicroFen, 'en')} of it for small and micro enterprises` : ''}${a.turnOverFen > 0 ? `, and turn ${money(a.turnOverFen, 'en')} of the reserved part over to small and micro enterprises` : ''}`,
      );
    }
    case 'TURN_OVER_TO_SMALL_MICRO': {
      const s = SCOPES[a.scope];
      return bi(`${s.zh}将已预留部分中的 ${money(a.turnOverFen, 'zh')} 改为专门面向小微企业`, `${s.en}turn ${money(a.turnOverFen, 'en')} of the reserved part over to small and micro enterprises`);
    }
  }
}

/** Why a declared maker's size could or could not be checked against the registry. */
export type DeclarationReason =
  | { code: 'MAKER_NOT_IN_REGISTRY'; maker: string }
  | { code: 'REGISTRY_FIGURES_MISSING'; enterprise: string; year: number }
  | { code: 'NO_SIZE_STANDARD'; date: PlainDate }
  | { code: 'DECLARED_SIZE_AGREES'; declared: SizeClass; year: number }
  | { code: 'DECLARED_SIZE_DIFFERS'; declared: SizeClass; computed: SizeClass; year: number }
  | { code: 'MAKER_IS_LARGE'; enterprise: string; year: number };

export function declarationReasonText(r: DeclarationReason): BilingualText {
  switch (r.code) {
    case 'MAKER_NOT_IN_REGISTRY':
      return bi(`登记库中没有找到${r.maker}`, `${r.maker} is not in the registry`);
    case 'REGISTRY_FIGURES_MISSING':
      return bi(`登记库中没有 ${r.enterprise} ${r.year} 年的数据`, `the registry has no ${r.year} figures for ${r.enterprise}`);
    case 'NO_SIZE_STANDARD':
      return bi(`${r.date} 没有生效的划型标准`, `no size standard in force on ${r.date}`);
    case 'DECLARED_SIZE_AGREES':
      return bi(`声明为${sizeClassLabel(r.declared).zh}企业，按 ${r.year} 年登记数据计算一致`, `declared ${r.declared}; the registry's ${r.year} figures agree`);
    case 'DECLARED_SIZE_DIFFERS':
      return bi(
        `声明为${sizeClassLabel(r.declared).zh}企业，但按 ${r.year} 年登记数据计算为${sizeClassLabel(r.computed).zh}企业`,
        `declared ${r.declared}, but the registry's ${r.year} figures make it ${r.computed}`,
      );
    case 'MAKER_IS_LARGE':
      return bi(`${r.enterprise}按 ${r.year} 年数据为大型企业，不能出具中小企业声明函`, `${r.enterprise} is large on its ${r.year} figures and cannot make an SME declaration`);
  }
}
