import { parseLegalAddress, type BilingualText } from '@huiqi/kernel';
import type { RuleCase } from './cases/load-cases';
import { CODE_IMPLEMENTATIONS } from './code-implementations';
import type { RuleBase } from './load-rule-base';

/** What kind of encoded law implements (or tests) an article. */
export type ImplementationKind = 'RULE' | 'PARAMETER' | 'VARIABLE' | 'SIZE_STANDARD' | 'CASE' | 'CODE';

export interface Implementation {
  kind: ImplementationKind;
  /** Stable name: policy id + clause, parameter path, variable, case name, function. */
  name: string;
  /** What a reader sees: the policy title and clause label, the parameter description … */
  label: BilingualText;
  file: string;
  /** The exact address cited (with its 款/项). */
  address: string;
}

/** Implementations of one article (or other top-level element: measure, annex part). */
export interface ArticleCoverage {
  workId: string;
  version: string;
  /** Top-level eId: `art_40`, `measure_6`, `annex_1`; `''` for a citation of the whole text. */
  eid: string;
  implementations: Implementation[];
}

/** The top-level element of an eId: `art_40__para_2__item_1` → `art_40`. */
export function articleOf(eid: string | null): string {
  return eid ? eid.split('__')[0]! : '';
}

/**
 * Every place the rule base declares or cites an article — policy clauses, amounts, outputs and
 * `implements:` (also of the appeal clocks), parameter values, derived variables, the size-standard table, the YAML cases and the
 * TypeScript modules of `CODE_IMPLEMENTATIONS` — grouped by work, version and article.
 * `versionOf(workId)` fills in addresses written without a version (the version in force / latest).
 */
export function lawCoverage(rb: RuleBase, cases: readonly RuleCase[], versionOf: (workId: string) => string | null): Map<string, ArticleCoverage> {
  const out = new Map<string, ArticleCoverage>();
  const add = (address: string, impl: Omit<Implementation, 'address'>) => {
    const parsed = parseLegalAddress(address);
    if (!parsed.ok) return;
    const a = parsed.value;
    const version = a.version ?? versionOf(a.workId);
    if (!version) return;
    const eid = articleOf(a.eid);
    const key = `${a.workId}@${version}#${eid}`;
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { workId: a.workId, version, eid, implementations: [] }));
    if (!entry.implementations.some((i) => i.kind === impl.kind && i.name === impl.name && i.address === address)) entry.implementations.push({ ...impl, address });
  };
  const bi = (zh: string, en: string): BilingualText => ({ zh, en });

  for (const p of rb.policies.values()) {
    for (const a of p.implements) add(a, { kind: 'RULE', name: p.id, label: p.title, file: p.file });
    for (const v of p.versions) {
      for (const c of [...v.conditions, ...(v.amount ? [v.amount] : []), ...v.outputs]) {
        add(c.cite, { kind: 'RULE', name: `${p.id}.${c.id}`, label: bi(`${p.title.zh}：${c.label.zh}`, `${p.title.en}: ${c.label.en}`), file: p.file });
      }
    }
  }
  for (const path of rb.params.paths()) {
    const d = rb.params.def(path)!;
    for (const list of d.values.values()) for (const v of list) add(v.reference, { kind: 'PARAMETER', name: path, label: bi(d.description, d.descriptionEn), file: d.file });
  }
  for (const d of rb.timeLimits) {
    for (const a of d.implements) add(a, { kind: 'RULE', name: `appeal-time-limits.${d.appealType}.${d.clock}`, label: bi(`诉求办理时限：${d.label.zh}`, `Appeal time limit: ${d.label.en}`), file: d.file });
  }
  for (const [name, v] of rb.variables) if (v.cite) add(v.cite, { kind: 'VARIABLE', name, label: v.label, file: 'rules/variables.yaml' });
  for (const s of rb.sizeStandard) {
    for (const a of [s.reference, s.bandRuleCite, s.individualBusinessCite]) add(a, { kind: 'SIZE_STANDARD', name: 'size-standard', label: bi('中小企业划型', 'SME size classification'), file: 'rules/size-standard/standard.yaml' });
    for (const row of s.rows.values()) add(row.cite, { kind: 'SIZE_STANDARD', name: 'size-standard', label: bi('中小企业划型', 'SME size classification'), file: 'rules/size-standard/standard.yaml' });
  }
  for (const c of cases) for (const a of c.cites) add(a, { kind: 'CASE', name: c.name, label: bi(c.name, c.name), file: `${c.file}:${c.line}` });
  for (const impl of CODE_IMPLEMENTATIONS) for (const a of impl.addresses) add(a, { kind: 'CODE', name: impl.name, label: impl.label, file: impl.file });
  return out;
}
