import { bi, fen, type BilingualText, type Fen, type SizeClassCode } from '@huiqi/kernel';

/** The size code a benefit case stores (the kernel's, derived from its one spelling of size classes). */
export type { SizeClassCode } from '@huiqi/kernel';

export interface ShareInput {
  sizeClass: SizeClassCode;
  amountFen: number;
}

/** The jurisdiction's minimum share to small and micro enterprises as a fraction 1/denominator (三分之一 → 3), with its source. */
export interface MinimumShare {
  denominator: number;
  reference: string;
}

export interface SmallMicroShare {
  totalFen: Fen;
  smallMicroFen: Fen;
  /** smallMicroFen / totalFen, rounded to 4 decimals for display; null when nothing was paid or committed. */
  share: number | null;
  minimum: { ratio: number; label: string; reference: string } | null;
  /** Exact check: smallMicroFen × denominator ≥ totalFen. null when no minimum applies or nothing counts. */
  meetsMinimum: boolean | null;
  note: BilingualText;
}

/**
 * Share of fund money going to small and micro enterprises (seed 002 Art. 17: 用于小型微型企业的
 * 资金比例应当不低于三分之一). Counts the amounts given, with each enterprise's size class as of
 * the decision; the comparison is exact in integers (no floating-point rounding at the boundary).
 */
export function smallMicroShare(items: readonly ShareInput[], minimum: MinimumShare | null): SmallMicroShare {
  let totalFen = 0;
  let smallMicroFen = 0;
  for (const i of items) {
    totalFen += i.amountFen;
    if (i.sizeClass === 'SMALL' || i.sizeClass === 'MICRO') smallMicroFen += i.amountFen;
  }
  const share = totalFen > 0 ? Math.round((smallMicroFen / totalFen) * 10_000) / 10_000 : null;
  const min = minimum ? { ratio: 1 / minimum.denominator, label: `1/${minimum.denominator}`, reference: minimum.reference } : null;
  const meets = minimum && totalFen > 0 ? smallMicroFen * minimum.denominator >= totalFen : null;
  const note = minimum
    ? bi(`本辖区要求用于小型微型企业的资金比例不低于 1/${minimum.denominator}（${minimum.reference}）`, `The jurisdiction requires at least 1/${minimum.denominator} for small and micro enterprises (${minimum.reference})`)
    : bi('本辖区暂无已生效的小型微型企业资金比例下限', 'No minimum share for small and micro enterprises is in force in this jurisdiction');
  return { totalFen: fen(totalFen), smallMicroFen: fen(smallMicroFen), share, minimum: min, meetsMinimum: meets, note };
}
