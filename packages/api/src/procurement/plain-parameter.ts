import { toDecimalText } from '@huiqi/kernel';
import type { ResolvedParam } from '@huiqi/rules-engine';

/** A parameter as read, for JSON (exact values as decimal text: they are bigint fractions inside). */
export interface PlainParameter {
  path: string;
  value: string;
  unit: string;
  jurisdiction: string;
  from: string;
  reference: string;
  unverified: boolean;
  note: string | null;
}

export function plainParameter(p: ResolvedParam): PlainParameter {
  return { path: p.path, value: toDecimalText(p.value, 12), unit: String(p.unit), jurisdiction: p.jurisdiction, from: p.from, reference: p.reference, unverified: p.unverified, note: p.note };
}
