import type { RuleBase } from '@huiqi/rules-engine';
import { toDecimalText, type PlainDate } from '@huiqi/kernel';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

/** The parameter of each risk stratum (rules/parameters/inspections/sampling_ratio/). */
export const RATIO_PARAMETERS: Record<string, string> = {
  A: 'inspections.sampling_ratio.grade_a',
  B: 'inspections.sampling_ratio.grade_b',
  C: 'inspections.sampling_ratio.grade_c',
  D: 'inspections.sampling_ratio.grade_d',
  UNGRADED: 'inspections.sampling_ratio.ungraded',
};

export interface DefaultRatio {
  stratum: string;
  parameter: string;
  value: string;
  reference: string;
  from: string;
  unverified: boolean;
  note: string | null;
}

/** The sampling ratio in force per stratum for a jurisdiction on a date (null value: none in force). */
export function defaultRatios(rb: RuleBase, jurisdiction: string, date: PlainDate): DefaultRatio[] {
  const j = ruleJurisdictionOf(rb, jurisdiction, jurisdiction).id;
  return Object.entries(RATIO_PARAMETERS).flatMap(([stratum, parameter]) => {
    const p = rb.params.resolve(parameter, j, date);
    return p ? [{ stratum, parameter, value: toDecimalText(p.value, 12), reference: p.reference, from: p.from, unverified: p.unverified, note: p.note }] : [];
  });
}

/** How a ratio's source is recorded on a plan. */
export const sourceOfDefault = (d: DefaultRatio): string => `${d.parameter} = ${d.value}（${d.reference}${d.unverified ? '；未核实 unverified' : ''}）`;
