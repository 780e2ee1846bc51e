/** The risk strata of a draw, in the order shown (A low … D high, then ungraded). */
export const GRADES = ['A', 'B', 'C', 'D', 'UNGRADED'] as const;
export type Grade = (typeof GRADES)[number];

export const isGrade = (s: string): s is Grade => (GRADES as readonly string[]).includes(s);

/** "0.3" → "30%", "0.015" → "1.5%" (exact decimal shift, no floating point). */
export function percentText(ratio: string): string {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(ratio);
  if (!m) return ratio;
  const [whole, fraction = ''] = [m[1]!, m[2]];
  const shifted = whole + fraction.padEnd(2, '0');
  const integer = String(Number(shifted.slice(0, whole.length + 2)));
  const rest = fraction.slice(2);
  return `${integer}${rest ? `.${rest}` : ''}%`;
}
