import type { BilingualText } from '../../i18n/bilingual';
import type { PolicyDataSource } from './policies-api';

/** One origin (a department's batch, or 企业自行填报) and the facts of a policy whose values came from it. */
export interface DataSourceGroup {
  origin: BilingualText;
  facts: BilingualText[];
}

/** The facts a policy read, grouped by where their values came from, in order of first use. */
export function groupDataSources(sources: readonly PolicyDataSource[]): DataSourceGroup[] {
  const groups = new Map<string, DataSourceGroup>();
  for (const s of sources) {
    const key = `${s.origin.label.zh}\u0000${s.origin.label.en}`;
    const g = groups.get(key) ?? { origin: s.origin.label, facts: [] };
    g.facts.push(s.label);
    groups.set(key, g);
  }
  return [...groups.values()];
}
