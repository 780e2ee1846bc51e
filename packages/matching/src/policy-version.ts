import type { PlainDate } from '@huiqi/kernel';
import type { PolicyDef, PolicyVersion } from '@huiqi/rules-engine';

/** The version in force on a date (the rules engine's rule: from ≤ date < until). */
export function versionOn(p: PolicyDef, date: PlainDate): PolicyVersion | null {
  for (const v of p.versions) if (v.from <= date && (v.until === null || date < v.until)) return v;
  return null;
}
