import { cmp, exactFrom, fen, fenTimes, type BilingualText, type Fen, type Num } from '@huiqi/kernel';
import { fieldError, reservationText, type ProcurementFieldProblem, type ReservationReason } from './procurement-reasons';
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
  /** How the share is reserved, as a code (worded by `reservationText`, procurement-reasons.ts). */
  reservation: ReservationReason;
  description: BilingualText;
}

const f = (field: string, problem: ProcurementFieldProblem): ProcurementInputError => fieldError(field, problem);
const isAmount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** Checks one plan project and computes what it reserves; errors name the field (`projects[i].…`). */
export function checkPlanProject(p: PlanProjectInput, i: number, errors: ProcurementInputError[]): PlanProject | null {
  const at = `projects[${i}]`;
  const before = errors.length;
  if (typeof p !== 'object' || p === null) {
    errors.push(f(at, { code: 'NOT_AN_OBJECT' }));
    return null;
  }
  if (typeof p.id !== 'string' || !p.id.trim()) errors.push(f(`${at}.id`, { code: 'TEXT_REQUIRED' }));
  if (typeof p.name !== 'string' || !p.name.trim()) errors.push(f(`${at}.name`, { code: 'TEXT_REQUIRED' }));
  if (!isAmount(p.budgetFen)) errors.push(f(`${at}.budgetFen`, { code: 'AMOUNT_FEN_EXPECTED' }));
  if (!PROCUREMENT_CATEGORIES.includes(p.category)) errors.push(f(`${at}.category`, { code: 'CATEGORY_EXPECTED' }));
  if (typeof p.suitableForSme !== 'boolean') errors.push(f(`${at}.suitableForSme`, { code: 'BOOLEAN_EXPECTED' }));
  const ex = p.exemption ?? null;
  if (p.suitableForSme === false && (!ex || typeof ex.reason !== 'string' || !ex.reason.trim())) {
    errors.push(f(`${at}.exemption.reason`, { code: 'EXEMPTION_REASON_REQUIRED' }));
  }
  const r = p.reservation as ReservationInput | undefined;
  const method = r && (RESERVATION_METHODS as readonly string[]).includes(r.method) ? r.method : null;
  if (!method) errors.push(f(`${at}.reservation.method`, { code: 'RESERVATION_METHOD_EXPECTED', methods: RESERVATION_METHODS }));
  if (errors.length > before || !r || !method) return null;

  const budget = fen(p.budgetFen);
  let reservedFen = 0;
  let smallMicroFen = 0;
  let reservation: ReservationReason = { code: 'NOT_RESERVED' };
  switch (r.method) {
    case 'NONE':
      break;
    case 'WHOLE_PROJECT':
      if (r.reservedFor !== 'SME' && r.reservedFor !== 'SMALL_MICRO') {
        errors.push(f(`${at}.reservation.reservedFor`, { code: 'RESERVED_FOR_EXPECTED' }));
        break;
      }
      reservedFen = budget;
      smallMicroFen = r.reservedFor === 'SMALL_MICRO' ? budget : 0;
      reservation = { code: r.reservedFor === 'SMALL_MICRO' ? 'WHOLE_PROJECT_SMALL_MICRO' : 'WHOLE_PROJECT_SME' };
      break;
    case 'LOTS': {
      if (!Array.isArray(r.lots) || r.lots.length === 0) {
        errors.push(f(`${at}.reservation.lots`, { code: 'RESERVED_LOTS_REQUIRED' }));
        break;
      }
      const ids = new Set<string>();
      r.lots.forEach((lot, k) => {
        const lf = `${at}.reservation.lots[${k}]`;
        if (typeof lot?.id !== 'string' || !lot.id.trim() || ids.has(lot.id)) errors.push(f(`${lf}.id`, { code: 'UNIQUE_TEXT_REQUIRED' }));
        else ids.add(lot.id);
        if (!isAmount(lot?.budgetFen)) return void errors.push(f(`${lf}.budgetFen`, { code: 'AMOUNT_FEN_EXPECTED' }));
        if (lot.reservedFor !== 'SME' && lot.reservedFor !== 'SMALL_MICRO') return void errors.push(f(`${lf}.reservedFor`, { code: 'RESERVED_FOR_EXPECTED' }));
        reservedFen += lot.budgetFen;
        if (lot.reservedFor === 'SMALL_MICRO') smallMicroFen += lot.budgetFen;
      });
      if (reservedFen > budget) errors.push(f(`${at}.reservation.lots`, { code: 'RESERVED_LOTS_ABOVE_BUDGET' }));
      reservation = { code: 'LOTS_RESERVED', lots: r.lots.length };
      break;
    }
    case 'CONSORTIUM':
    case 'SUBCONTRACT': {
      const sme = exactFrom(r.smeShare);
      const sm = exactFrom(r.smallMicroShare);
      const inRange = (x: Num | null) => x !== null && cmp(x, 0) >= 0 && cmp(x, 1) <= 0;
      if (!inRange(sme) || cmp(sme!, 0) === 0) errors.push(f(`${at}.reservation.smeShare`, { code: 'SME_SHARE_EXPECTED' }));
      if (!inRange(sm)) errors.push(f(`${at}.reservation.smallMicroShare`, { code: 'SMALL_MICRO_SHARE_EXPECTED' }));
      else if (inRange(sme) && cmp(sm!, sme!) > 0) errors.push(f(`${at}.reservation.smallMicroShare`, { code: 'SMALL_MICRO_SHARE_ABOVE_SME' }));
      if (errors.length > before) break;
      // Reserved amounts are what the requirement guarantees: rounded down to whole fen.
      reservedFen = floorFen(budget, sme!);
      smallMicroFen = floorFen(budget, sm!);
      reservation = { code: r.method === 'CONSORTIUM' ? 'CONSORTIUM_SHARE_REQUIRED' : 'SUBCONTRACT_SHARE_REQUIRED' };
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
    reservation,
    description: reservationText(reservation),
  };
}

function floorFen(amount: Fen, share: Num): Fen {
  return fenTimes(amount, share, 'FLOOR');
}
