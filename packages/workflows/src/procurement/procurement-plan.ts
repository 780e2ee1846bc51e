import { bi, cmp, exactFrom, fen, fenTimes, type BilingualText, type Fen, type Num } from '@huiqi/kernel';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementInputError } from './types';

/** How a project's SME share is reserved (46号 Art. 8 para 3), a persisted code. */
export const RESERVATION_METHODS = ['NONE', 'WHOLE_PROJECT', 'LOTS', 'CONSORTIUM', 'SUBCONTRACT'] as const;
export type ReservationMethod = (typeof RESERVATION_METHODS)[number];
/** Who a reserved project or lot is for: all SMEs, or small and micro enterprises only. */
export type ReservedFor = 'SME' | 'SMALL_MICRO';

export interface ReservedLotInput {
  id: string;
  budgetFen: Fen | number;
  reservedFor: ReservedFor;
}

export type ReservationInput =
  | { method: 'NONE' }
  | { method: 'WHOLE_PROJECT'; reservedFor: ReservedFor }
  | { method: 'LOTS'; lots: ReservedLotInput[] }
  /** A required SME share of the contract (decimal 0–1), of which `smallMicroShare` for small and micro. */
  | { method: 'CONSORTIUM' | 'SUBCONTRACT'; smeShare: string | number; smallMicroShare: string | number };

/** One project of a department's annual procurement plan. */
export interface PlanProjectInput {
  id: string;
  name: string;
  budgetFen: Fen | number;
  category: ProcurementCategory;
  /** Suitable to be supplied by SMEs; when false, `exemption` says which statutory case applies. */
  suitableForSme: boolean;
  exemption?: { article?: string; reason: string } | null;
  reservation: ReservationInput;
}

/** A checked project with the amounts it reserves. */
export interface PlanProject {
  id: string;
  name: string;
  budgetFen: Fen;
  category: ProcurementCategory;
  suitableForSme: boolean;
  exemption: { article: string | null; reason: string } | null;
  method: ReservationMethod;
  reservedFen: Fen;
  smallMicroFen: Fen;
  description: BilingualText;
}

const f = (field: string, zh: string, en: string): ProcurementInputError => ({ code: 'INVALID_FIELD', field, message: bi(`${field}：${zh}`, `${field}: ${en}`) });
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** Checks one plan project and computes what it reserves; errors name the field (`projects[i].…`). */
export function checkPlanProject(p: PlanProjectInput, i: number, errors: ProcurementInputError[]): PlanProject | null {
  const at = `projects[${i}]`;
  const before = errors.length;
  if (typeof p !== 'object' || p === null) {
    errors.push(f(at, '须为对象', 'must be an object'));
    return null;
  }
  if (typeof p.id !== 'string' || !p.id.trim()) errors.push(f(`${at}.id`, '须为非空文本', 'must be non-empty text'));
  if (typeof p.name !== 'string' || !p.name.trim()) errors.push(f(`${at}.name`, '须为非空文本', 'must be non-empty text'));
  if (!isAmount(p.budgetFen)) errors.push(f(`${at}.budgetFen`, '须为大于0的金额（分）', 'must be an amount above 0 (fen)'));
  if (!PROCUREMENT_CATEGORIES.includes(p.category)) errors.push(f(`${at}.category`, '须为 GOODS、WORKS 或 SERVICES', 'must be GOODS, WORKS or SERVICES'));
  if (typeof p.suitableForSme !== 'boolean') errors.push(f(`${at}.suitableForSme`, '须为 true 或 false', 'must be true or false'));
  const ex = p.exemption ?? null;
  if (p.suitableForSme === false && (!ex || typeof ex.reason !== 'string' || !ex.reason.trim())) {
    errors.push(f(`${at}.exemption.reason`, '不适宜由中小企业提供的项目须说明所依据的法定情形', 'a project not suitable for SMEs must state the statutory exemption it relies on'));
  }
  const r = p.reservation as ReservationInput | undefined;
  const method = r && (RESERVATION_METHODS as readonly string[]).includes(r.method) ? r.method : null;
  if (!method) errors.push(f(`${at}.reservation.method`, `须为 ${RESERVATION_METHODS.join('、')} 之一`, `must be one of ${RESERVATION_METHODS.join(', ')}`));
  if (errors.length > before || !r || !method) return null;

  const budget = fen(p.budgetFen);
  let reservedFen = 0;
  let smallMicroFen = 0;
  let description = bi('未预留', 'not reserved');
  switch (r.method) {
    case 'NONE':
      break;
    case 'WHOLE_PROJECT':
      if (r.reservedFor !== 'SME' && r.reservedFor !== 'SMALL_MICRO') {
        errors.push(f(`${at}.reservation.reservedFor`, '须为 SME 或 SMALL_MICRO', 'must be SME or SMALL_MICRO'));
        break;
      }
      reservedFen = budget;
      smallMicroFen = r.reservedFor === 'SMALL_MICRO' ? budget : 0;
      description = r.reservedFor === 'SMALL_MICRO' ? bi('整个项目专门面向小微企业', 'whole project reserved for small and micro enterprises') : bi('整个项目专门面向中小企业', 'whole project reserved for SMEs');
      break;
    case 'LOTS': {
      if (!Array.isArray(r.lots) || r.lots.length === 0) {
        errors.push(f(`${at}.reservation.lots`, '须列出预留的采购包', 'must list the reserved lots'));
        break;
      }
      const ids = new Set<string>();
      r.lots.forEach((lot, k) => {
        const lf = `${at}.reservation.lots[${k}]`;
        if (typeof lot?.id !== 'string' || !lot.id.trim() || ids.has(lot.id)) errors.push(f(`${lf}.id`, '须为不重复的非空文本', 'must be non-empty and unique'));
        else ids.add(lot.id);
        if (!isAmount(lot?.budgetFen)) return void errors.push(f(`${lf}.budgetFen`, '须为大于0的金额（分）', 'must be an amount above 0 (fen)'));
        if (lot.reservedFor !== 'SME' && lot.reservedFor !== 'SMALL_MICRO') return void errors.push(f(`${lf}.reservedFor`, '须为 SME 或 SMALL_MICRO', 'must be SME or SMALL_MICRO'));
        reservedFen += lot.budgetFen;
        if (lot.reservedFor === 'SMALL_MICRO') smallMicroFen += lot.budgetFen;
      });
      if (reservedFen > budget) errors.push(f(`${at}.reservation.lots`, '预留采购包预算合计超过项目预算', 'the reserved lots add up to more than the project budget'));
      description = bi(`${r.lots.length} 个采购包专门面向中小企业`, `${r.lots.length} lot(s) reserved for SMEs`);
      break;
    }
    case 'CONSORTIUM':
    case 'SUBCONTRACT': {
      const sme = exactFrom(r.smeShare);
      const sm = exactFrom(r.smallMicroShare);
      const inRange = (x: Num | null) => x !== null && cmp(x, 0) >= 0 && cmp(x, 1) <= 0;
      if (!inRange(sme) || cmp(sme!, 0) === 0) errors.push(f(`${at}.reservation.smeShare`, '须为大于0且不超过1的小数', 'must be a decimal above 0 and at most 1'));
      if (!inRange(sm)) errors.push(f(`${at}.reservation.smallMicroShare`, '须为0到1之间的小数', 'must be a decimal from 0 to 1'));
      else if (inRange(sme) && cmp(sm!, sme!) > 0) errors.push(f(`${at}.reservation.smallMicroShare`, '不能大于 smeShare（小微企业是中小企业的一部分）', 'cannot exceed smeShare (small and micro firms are SMEs)'));
      if (errors.length > before) break;
      // Reserved amounts are what the requirement guarantees: rounded down to whole fen.
      reservedFen = floorFen(budget, sme!);
      smallMicroFen = floorFen(budget, sm!);
      description =
        r.method === 'CONSORTIUM'
          ? bi('要求以联合体形式参加，中小企业合同份额达到规定比例', 'bids must come as consortia with the required SME share')
          : bi('要求中标人将规定比例分包给中小企业', 'the winner must subcontract the required share to SMEs');
      break;
    }
  }
  if (errors.length > before) return null;
  return {
    id: p.id,
    name: p.name,
    budgetFen: budget,
    category: p.category,
    suitableForSme: p.suitableForSme,
    exemption: ex ? { article: ex.article ?? null, reason: ex.reason } : null,
    method,
    reservedFen: fen(reservedFen),
    smallMicroFen: fen(smallMicroFen),
    description,
  };
}

function floorFen(amount: Fen, share: Num): Fen {
  return fenTimes(amount, share, 'FLOOR');
}
