import { defaultRulesDir, lawCoverage, loadCases, type ArticleCoverage, type ImplementationKind } from '@huiqi/rules-engine';
import type { BilingualText } from '@huiqi/kernel';
import { getRules } from '../rules/rule-base';
import { lawLibrary } from './law-library';

/** One line of "implemented by" beside an article: a rule (policy), a parameter, the code, or the number of cases. */
export interface ImplementationSummary {
  kind: ImplementationKind;
  label: BilingualText;
  /** Number of rule cases (kind CASE) or of clauses of one policy citing the article. */
  count: number;
}

let cached: Promise<Map<string, ArticleCoverage>> | null = null;

/** The coverage of the law library by the rule base, computed once per process (rules and texts are files). */
function coverage(): Promise<Map<string, ArticleCoverage>> {
  cached ??= (async () => {
    const { rb } = await getRules();
    const { cases } = loadCases(defaultRulesDir(), rb.repoRoot, (id) => rb.policies.get(id)?.ruleSet ?? 'unknown');
    const lib = lawLibrary();
    return lawCoverage(rb, cases, (w) => lib.versionOn(w)?.version.id ?? null);
  })();
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

/**
 * Per top-level element (article, measure, annex) of one version: what implements it, summarised for a
 * reader — each policy once (by title), each parameter once (by description), the code, and a count of cases.
 */
export async function implementationsOf(workId: string, version: string): Promise<Record<string, ImplementationSummary[]>> {
  const out: Record<string, ImplementationSummary[]> = {};
  for (const c of (await coverage()).values()) {
    if (c.workId !== workId || c.version !== version) continue;
    const rows = new Map<string, ImplementationSummary>();
    for (const i of c.implementations) {
      const group = i.kind === 'RULE' ? `RULE:${i.name.split('.')[0]}` : i.kind === 'CASE' ? 'CASE' : `${i.kind}:${i.name}`;
      const prev = rows.get(group);
      if (prev) prev.count++;
      else {
        const label = i.kind === 'RULE' ? { zh: i.label.zh.split('：')[0]!, en: i.label.en.split(': ')[0]! } : i.label;
        rows.set(group, { kind: i.kind, label, count: 1 });
      }
    }
    out[c.eid] = [...rows.values()];
  }
  return out;
}
