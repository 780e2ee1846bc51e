import type { ParameterDetail } from './rulebook-api';

/** One step-chart series: a jurisdiction's applied values over time ([date, value | null] points, null = no own value). */
export interface StepSeries {
  jurisdiction: string;
  name: string;
  points: [string, number | null][];
}

/**
 * The values a jurisdiction applies over time, for an ECharts `step: 'start'` line. Consultation
 * drafts are left out (they are listed, never applied); the last value is carried to `until`
 * (today) so the step shows how long it has been in force.
 */
export function stepSeries(detail: ParameterDetail, until: string, nameOf: (j: { jurisdiction: string; jurisdictionName: { zh: string; en: string } }) => string): StepSeries[] {
  return detail.byJurisdiction
    .map((j) => {
      const applied = j.values.filter((v) => !v.draft);
      const points: [string, number | null][] = applied.map((v) => [v.from, v.value === null ? null : Number(v.value)]);
      const last = applied[applied.length - 1];
      if (last && last.from < until) points.push([until, last.value === null ? null : Number(last.value)]);
      return { jurisdiction: j.jurisdiction, name: nameOf(j), points };
    })
    .filter((s) => s.points.length > 0);
}
