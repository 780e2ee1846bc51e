import type { RuleBase } from './load-rule-base';

/** One value or rule the rule base flags `unverified`, with the note that says why it cannot be settled. */
export interface UnverifiedItem {
  kind: 'PARAMETER' | 'POLICY_VERSION';
  /** `path` `jurisdiction` `from` for a parameter value; `policy-id@from` for a policy version. */
  name: string;
  file: string;
  line: number;
  reference: string | null;
  /** The note written beside the flag (required by the loaders); null only when a policy version has none. */
  reason: string | null;
}

/** Every unverified parameter value and policy version, in file order. */
export function unverifiedRules(rb: Pick<RuleBase, 'params' | 'policies'>): UnverifiedItem[] {
  const out: UnverifiedItem[] = [];
  for (const path of rb.params.paths()) {
    const d = rb.params.def(path)!;
    for (const [j, list] of d.values) {
      for (const v of list) if (v.unverified) out.push({ kind: 'PARAMETER', name: `${path} ${j} ${v.from}`, file: d.file, line: v.line, reference: v.reference, reason: v.note });
    }
  }
  for (const p of [...rb.policies.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const v of p.versions) if (v.unverified) out.push({ kind: 'POLICY_VERSION', name: `${p.id}@${v.from}`, file: p.file, line: 1, reference: null, reason: v.note });
  }
  return out;
}
