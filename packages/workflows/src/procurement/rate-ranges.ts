import { err, ok, type Num, type PlainDate, type Result } from '@huiqi/kernel';
import type { ParamStore, ResolvedParam } from '@huiqi/rules-engine';
import { noParameterError } from './procurement-reasons';
import type { ProcurementCategory, ProcurementInputError } from './types';

/** A range of deduction rates in force, with the parameters it was read from. */
export interface RateRange {
  min: Num;
  max: Num;
  /** Parameter path → its resolved value (effective date, reference, unverified flag). */
  sources: ResolvedParam[];
}

export type DeductionKind = 'price_deduction' | 'consortium_deduction';

const group = (c: ProcurementCategory) => (c === 'WORKS' ? 'works' : 'goods_services');

/** Resolves one parameter or reports which one has no value for the jurisdiction on the date. */
export function resolveParam(params: ParamStore, path: string, jurisdiction: string, date: PlainDate): Result<ResolvedParam, ProcurementInputError> {
  const r = params.resolve(path, jurisdiction, date);
  if (r) return ok(r);
  return err(noParameterError(path, jurisdiction, date));
}

/**
 * The small-micro price-deduction range (`price_deduction`) or the consortium/subcontract range
 * (`consortium_deduction`) in force for the category, jurisdiction and date.
 */
export function deductionRange(params: ParamStore, kind: DeductionKind, category: ProcurementCategory, jurisdiction: string, date: PlainDate): Result<RateRange, ProcurementInputError> {
  const base = `procurement.${kind}.${group(category)}`;
  const lo = resolveParam(params, `${base}.min`, jurisdiction, date);
  if (!lo.ok) return lo;
  const hi = resolveParam(params, `${base}.max`, jurisdiction, date);
  if (!hi.ok) return hi;
  return ok({ min: lo.value.value, max: hi.value.value, sources: [lo.value, hi.value] });
}
