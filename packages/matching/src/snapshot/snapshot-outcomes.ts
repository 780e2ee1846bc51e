import { SIZE_CLASSES, type PlainDate } from '@huiqi/kernel';
import { createContext, type CNode, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { registryFactsAt, type RegistryColumns } from '../db-columns';
import { factsRead } from '../db-policy-outcomes';
import { evaluateRange } from '../evaluate-range';
import { FIGURE_FACTS } from '../fact-columns';
import { matchEnterprise } from '../incremental';
import type { Chunk, KNode } from '../kernel/chunk';
import { compileNode, type KernelEnv } from '../kernel/compile-node';
import { SIZE_CODES } from '../kernel/size-class-vector';
import { compileMatchPlan, type MatchPlan } from '../match-plan';
import { OUTCOME_ELIGIBLE } from '../outcome-code';
import type { PopulationColumns } from '../population-columns';
import { versionOn } from '../policy-version';
import type { RegistrySnapshot } from './registry-snapshot';
import { unreportedRows } from './unreported-rows';

/** Maps a registry district (id, Chinese name) to the rules' jurisdiction, as the single path does. */
export type JurisdictionOf = (district: string, nameZh: string) => string;

export interface SnapshotRunOptions {
  /** Rows per slice (default 16 384): between slices `between` runs. */
  sliceRows?: number;
  /**
   * Awaited between slices: where the caller yields to its event loop and checks its budgets
   * (throwing stops the run). A run over 2.6 million rows is about 160 slices of a few
   * milliseconds each, so the requests of other users wait at most one slice per running
   * computation for their turn (longer slices showed as every page's p95 while what-ifs ran).
   */
  between?: () => Promise<void>;
}

export interface SnapshotPolicyOutcomes {
  /** Outcome code per snapshot row (docs/matching.md); removed rows included (callers skip them). */
  codes: Uint8Array;
  /** With `amount`: per row the amount in fen when ELIGIBLE and computable, else NaN. Null without. */
  amountFen: Float64Array | null;
  /** Rows decided by the single-enterprise path (unreported figures, amounts too close to call). */
  singleRows: number;
  exactRechecks: number;
}

/** Size class per row: 0 large, 1 medium, 2 small, 3 micro; −1 not classified (facts missing, outside the standard). */
export type SizeCodes = Int8Array;

const SLICE = 16_384;
const MAX_EXACT = 2 ** 53;
/** Chunk stamps of these runs: below −1 (a memoised node starts at −1; evaluateRange counts up from 1). */
let stamps = -1;

/**
 * One policy over the whole snapshot: the batch kernels for every row, the single-enterprise path
 * for the rows whose figures read by the version (conditions and amount) are unreported (as
 * `policyOutcomesOfRegistry` does), and — with `amount` — the amount formula as a number kernel
 * for the ELIGIBLE rows, each rounding too close to call, or value not exactly representable,
 * decided by the rules engine's own evaluation. Status and amount equal the single path's.
 */
export async function snapshotPolicyOutcomes(
  snap: RegistrySnapshot,
  rb: RuleBase,
  policy: PolicyDef,
  date: PlainDate,
  jurisdictionOf: JurisdictionOf,
  opts: SnapshotRunOptions & { amount: boolean },
): Promise<SnapshotPolicyOutcomes> {
  const n = snap.rowCount;
  const codes = new Uint8Array(n);
  const version = versionOn(policy, date);
  const amountNode = opts.amount && version?.amount ? version.amount.node : null;
  const amountFen = opts.amount ? new Float64Array(n).fill(NaN) : null;
  const { plan, jurisdictions } = planFor(snap, rb, [policy], date, jurisdictionOf);
  let amountKernel: Extract<KNode, { kind: 'num' }> | null = null;
  let amountRowWise = false;
  if (amountNode) {
    try {
      const k = compileNode(amountNode, plan.env);
      if (k.kind === 'num') amountKernel = k;
      else amountRowWise = true;
    } catch {
      amountRowWise = true; // a formula the kernels cannot compile: the rules engine decides each ELIGIBLE row
    }
  }
  let exactRechecks = 0;
  let singleRows = 0;
  const reg = snap.registryColumns();
  const single = singlePath(rb, policy, date, reg, jurisdictions);
  const slice = opts.sliceRows ?? SLICE;
  for (let from = 0; from < n; from += slice) {
    const to = Math.min(n, from + slice);
    const cols = withMeta(snap.columns(from, to), plan);
    exactRechecks += evaluateRange(plan, cols, codes.subarray(from, to), { counts: false }).exactRechecks;
    if (amountKernel && amountFen) {
      runKernel(amountKernel, cols, plan.env.chunkSize, (start, values, suspects) => {
        const suspect = new Set(suspects);
        for (let i = 0; i < values.length; i++) {
          const row = from + start + i;
          if (codes[row] !== OUTCOME_ELIGIBLE) continue;
          const v = values[i]!;
          if (suspect.has(i) || (v === v && (!Number.isInteger(v) || Math.abs(v) >= MAX_EXACT))) {
            singleRows++;
            amountFen[row] = single.at(row).amountFen;
          } else amountFen[row] = v;
        }
      });
    }
    await opts.between?.();
  }
  if (amountRowWise && amountFen) {
    for (let i = 0; i < n; i++) {
      if (codes[i] !== OUTCOME_ELIGIBLE) continue;
      singleRows++;
      amountFen[i] = single.at(i).amountFen;
      if ((i & 0x3fff) === 0) await opts.between?.();
    }
  }
  // Rows with an unreported figure the version reads: the single path decides them (see policyOutcomesOfRegistry).
  if (version) {
    const probe = { ...version, conditions: amountNode ? [...version.conditions, version.amount!] : version.conditions };
    const read = factsRead(rb, probe);
    const odd = unreportedRows(snap, reg, Object.entries(FIGURE_FACTS).filter(([name]) => read.everything || read.names.has(name)).map(([, f]) => f));
    const names = [...read.names].sort();
    const memo = new Map<string, { code: number; amountFen: number }>();
    for (let k = 0; k < odd.length; k++) {
      const i = odd[k]!;
      const facts = registryFactsAt(reg, i);
      const key = read.everything ? null : JSON.stringify([jurisdictions[reg.columns.district[i]!], ...names.map((f) => facts[f] ?? null)]);
      let hit = key === null ? undefined : memo.get(key);
      if (!hit) {
        singleRows++;
        hit = single.at(i);
        if (key !== null) memo.set(key, hit);
      }
      codes[i] = hit.code;
      if (amountFen) amountFen[i] = hit.code === OUTCOME_ELIGIBLE ? hit.amountFen : NaN;
      if ((k & 0x3fff) === 0x3fff) await opts.between?.();
    }
  }
  return { codes, amountFen, singleRows, exactRechecks };
}

/**
 * Each row's size class on `date` by the columnar form of the size standard (the classification
 * `size_class()` and the single path's `sizeOutcome` make); row by row through the rules engine
 * when the standard cannot be tabulated on that date.
 */
export async function snapshotSizeClasses(snap: RegistrySnapshot, rb: RuleBase, date: PlainDate, jurisdictionOf: JurisdictionOf, opts: SnapshotRunOptions = {}): Promise<SizeCodes> {
  const n = snap.rowCount;
  const out = new Int8Array(n);
  const { plan, jurisdictions } = planFor(snap, rb, [], date, jurisdictionOf);
  let kernel: KNode | null = null;
  try {
    kernel = compileNode({ k: 'sizeClass', start: 0, end: 0, ty: { type: 'string', integral: false, values: [...SIZE_CODES] } } as unknown as CNode, plan.env);
  } catch {
    kernel = null;
  }
  const slice = opts.sliceRows ?? SLICE;
  if (kernel && kernel.kind === 'str') {
    const codeOf = new Map(SIZE_CODES.map((s, k) => [plan.env.interner.code(s), k < 4 ? k : -1]));
    for (let from = 0; from < n; from += slice) {
      const to = Math.min(n, from + slice);
      runKernel(kernel, withMeta(snap.columns(from, to), plan), plan.env.chunkSize, (start, values) => {
        for (let i = 0; i < values.length; i++) out[from + start + i] = codeOf.get(values[i]!) ?? -1;
      });
      await opts.between?.();
    }
    return out;
  }
  const reg = snap.registryColumns();
  for (let i = 0; i < n; i++) {
    const o = createContext(rb, registryFactsAt(reg, i), date, jurisdictions[reg.columns.district[i]!]!).sizeOutcome();
    out[i] = o?.status === 'CLASSIFIED' ? SIZE_CLASSES.indexOf(o.size) : -1; // the size code: kernel order
    if ((i & 0x3fff) === 0x3fff) await opts.between?.();
  }
  return out;
}

/** The plan over the snapshot's dictionaries, its districts mapped to the rules' jurisdictions. */
function planFor(snap: RegistrySnapshot, rb: RuleBase, policies: PolicyDef[], date: PlainDate, jurisdictionOf: JurisdictionOf): { plan: MatchPlan; jurisdictions: string[] } {
  const meta0 = snap.columns(0, 0).meta;
  const dict = meta0.dictionaries.district;
  const jurisdictions = dict.map((d) => jurisdictionOf(d.slug, d.name));
  const meta = { ...meta0, dictionaries: { ...meta0.dictionaries, district: dict.map((d, k) => ({ slug: jurisdictions[k]!, name: d.name })) } };
  return { plan: compileMatchPlan(rb, policies, meta, { date, figureYear: snap.figureYear }), jurisdictions };
}

function withMeta(cols: PopulationColumns, plan: MatchPlan): PopulationColumns {
  return { ...cols, meta: { ...plan.meta, rowCount: cols.rowCount } };
}

/** Runs one kernel node over the rows chunk by chunk; `use` gets each chunk's values (and its suspect offsets). */
function runKernel<K extends Extract<KNode, { kind: 'num' | 'str' }>>(
  k: K,
  cols: PopulationColumns,
  chunkSize: number,
  use: (start: number, values: ReturnType<K['run']>, suspects: readonly number[]) => void,
): void {
  const chunk: Chunk = { cols, start: 0, len: 0, stamp: 0, suspects: [] };
  for (let start = 0; start < cols.rowCount; start += chunkSize) {
    chunk.start = start;
    chunk.len = Math.min(chunkSize, cols.rowCount - start);
    chunk.stamp = --stamps;
    chunk.suspects.length = 0;
    const v = k.run(chunk) as ReturnType<K['run']>;
    use(start, v.subarray(0, chunk.len) as ReturnType<K['run']>, chunk.suspects);
  }
}

/** The rules engine's own evaluation of one row (status code and amount), as 我的政策 evaluates it. */
function singlePath(rb: RuleBase, policy: PolicyDef, date: PlainDate, reg: RegistryColumns, jurisdictions: readonly string[]) {
  return {
    at(i: number): { code: number; amountFen: number } {
      const m = matchEnterprise(rb, registryFactsAt(reg, i), { date, jurisdiction: jurisdictions[reg.columns.district[i]!]! }, [policy]);
      const a = m.evaluations[0]!.amountFen;
      return { code: m.codes[0]!, amountFen: m.codes[0] === OUTCOME_ELIGIBLE && a !== undefined ? a : NaN };
    },
  };
}
