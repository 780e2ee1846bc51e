import type { PlainDate } from '@huiqi/kernel';
import type { CNode, PolicyDef, PolicyVersion, RuleBase } from '@huiqi/rules-engine';
import { registryFactsAt, type RegistryColumns } from './db-columns';
import { gatherRows } from './gather-columns';
import { evaluateRange } from './evaluate-range';
import { FIGURE_FACTS } from './fact-columns';
import { matchEnterprise } from './incremental';
import { compileMatchPlan } from './match-plan';
import { OUTCOME_UNKNOWN } from './outcome-code';
import { versionOn } from './policy-version';

export interface RegistryPolicyOutcomes {
  /** Outcome code per row (docs/matching.md). */
  codes: Uint8Array;
  /** For each UNKNOWN row: the facts the rules engine needs to decide, as the single path names them. */
  missing: Map<number, string[]>;
  /** Rows evaluated by the batch kernels. */
  batchRows: number;
  /** Rows evaluated through the single-enterprise path: UNKNOWN rows (for their missing facts) and rows with an unreported figure the policy reads. */
  singleRows: number;
  exactRechecks: number;
}

/**
 * One newly published policy over a range of the registry. The batch kernels decide every row
 * whose figures the policy reads are all reported; the single-enterprise path of the rules engine
 * decides the others, and names the missing facts of every UNKNOWN row (its status is the one
 * kept). `jurisdictionOf` maps a registry district (id, Chinese name) to the rules' jurisdiction,
 * the mapping the single path uses.
 *
 * Why the split: the kernels read an unreported figure as NaN, which is UNKNOWN, but the row-wise
 * parts of a batch run (exact rechecks of close float comparisons, policies the kernels cannot
 * compile) read the columns as plain facts, where NaN would be a number.
 */
export function policyOutcomesOfRegistry(
  rb: RuleBase,
  policy: PolicyDef,
  reg: RegistryColumns,
  date: PlainDate,
  jurisdictionOf: (district: string, nameZh: string) => string,
): RegistryPolicyOutcomes {
  const cols = reg.columns;
  const n = cols.rowCount;
  const dict = cols.meta.dictionaries.district;
  const jurisdictions = dict.map((d) => jurisdictionOf(d.slug, d.name));
  // The plan finds a rules jurisdiction by its id: give it the mapped ids (names kept for reports).
  const meta = { ...cols.meta, dictionaries: { ...cols.meta.dictionaries, district: dict.map((d, k) => ({ slug: jurisdictions[k]!, name: d.name })) } };
  const version = versionOn(policy, date);
  const read = version ? factsRead(rb, version) : { names: new Set<string>(), everything: false };
  const odd = rowsWithUnreported(reg, Object.entries(FIGURE_FACTS).filter(([name]) => read.everything || read.names.has(name)).map(([, f]) => f));
  const codes = new Uint8Array(n);
  const plan = compileMatchPlan(rb, [policy], meta, { date, figureYear: reg.figureYear });
  let exactRechecks = 0;
  if (odd.length === 0) {
    const r = evaluateRange(plan, { ...cols, meta }, codes, { counts: false });
    exactRechecks = r.exactRechecks;
  } else if (odd.length < n) {
    const regular = new Int32Array(n - odd.length);
    for (let i = 0, o = 0, k = 0; i < n; i++) {
      if (o < odd.length && odd[o] === i) o++;
      else regular[k++] = i;
    }
    const r = evaluateRange(plan, { ...gatherRows(cols, regular), meta }, undefined, { counts: false });
    exactRechecks = r.exactRechecks;
    for (let k = 0; k < regular.length; k++) codes[regular[k]!] = r.codes[k]!;
  }
  const missing = new Map<number, string[]>();
  let singleRows = 0;
  // The single path is a function of the facts the version reads (and the jurisdiction): rows that
  // agree on those share one evaluation (enterprises without figures, say). Unknown node kinds: no sharing.
  const memo = new Map<string, { code: number; missing: string[] }>();
  const names = [...read.names].sort();
  const single = (i: number) => {
    singleRows++;
    const facts = registryFactsAt(reg, i);
    const jurisdiction = jurisdictions[cols.district[i]!]!;
    const key = read.everything ? null : JSON.stringify([jurisdiction, ...names.map((f) => facts[f] ?? null)]);
    let hit = key === null ? undefined : memo.get(key);
    if (!hit) {
      const m = matchEnterprise(rb, facts, { date, jurisdiction }, [policy]);
      hit = { code: m.codes[0]!, missing: m.codes[0] === OUTCOME_UNKNOWN ? [...m.evaluations[0]!.missing] : [] };
      if (key !== null) memo.set(key, hit);
    }
    codes[i] = hit.code;
    if (hit.code === OUTCOME_UNKNOWN) missing.set(i, [...hit.missing]);
  };
  for (const i of odd) single(i);
  for (let i = 0; i < n; i++) if (codes[i] === OUTCOME_UNKNOWN && !missing.has(i)) single(i);
  return { codes, missing, batchRows: n - odd.length, singleRows, exactRechecks };
}

type FigureFact = (typeof FIGURE_FACTS)[string];

/** What the size classification reads (rules-engine evaluate.ts, computeSize). */
const SIZE_FACTS = ['sizeSector', 'industryCode', 'employees', 'revenue', 'totalAssets', 'isIndividualBusiness'];

/** The facts a version's conditions read, through derived variables and the size classification; `everything` when a node kind is not known here. */
export function factsRead(rb: RuleBase, version: PolicyVersion): { names: Set<string>; everything: boolean } {
  const names = new Set<string>();
  const seenVars = new Set<string>();
  let everything = false;
  const walk = (node: CNode): void => {
    switch (node.k) {
      case 'fact':
      case 'has':
        names.add(node.name);
        return;
      case 'var': {
        if (seenVars.has(node.name)) return;
        seenVars.add(node.name);
        const v = rb.variables.get(node.name);
        if (v) walk(v.node);
        else everything = true;
        return;
      }
      case 'sizeClass':
        for (const f of SIZE_FACTS) names.add(f);
        return;
      case 'const':
      case 'param':
      case 'asOf':
        return;
      case 'call':
        node.args.forEach(walk);
        return;
      case 'not':
      case 'neg':
        walk(node.arg);
        return;
      case 'and':
      case 'or':
      case 'cmp':
      case 'in':
      case 'arith':
        walk(node.left);
        walk(node.right);
        return;
      case 'cond':
        walk(node.test);
        walk(node.then);
        walk(node.else);
        return;
      case 'list':
        node.items.forEach(walk);
        return;
      default:
        everything = true; // a node kind this walker does not know: assume it reads every figure
    }
  };
  for (const c of version.conditions) walk(c.node);
  return { names, everything };
}

/** Ascending positions of the rows where one of the given yearly facts falls on a stored slot whose value is unreported (NaN). */
export function rowsWithUnreported(reg: RegistryColumns, facts: readonly FigureFact[]): Int32Array {
  const cols = reg.columns;
  const out: number[] = [];
  if (facts.length === 0) return new Int32Array(0);
  const latest = cols.figures[0]!.year;
  for (let i = 0; i < cols.rowCount; i++) {
    const count = cols.figureCount[i]!;
    if (count === 0) continue;
    for (const f of facts) {
      const slot = latest[i]! - (reg.figureYear - f.yearsBack);
      if (slot < 0 || slot >= count) continue;
      const figures = cols.figures[slot]!;
      // A year missing between two reported ones: NaN money, and no employees either.
      if (Number.isNaN(figures.revenueFen[i]!) || Number.isNaN(figures[f.key][i]!)) {
        out.push(i);
        break;
      }
    }
  }
  return Int32Array.from(out);
}
