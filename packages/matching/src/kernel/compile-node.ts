import { toEpochDay, type PlainDate } from '@huiqi/kernel';
import { factField, QUALIFICATION_TAGS, type CNode, type RuleBase, type Value } from '@huiqi/rules-engine';
import { FIGURE_SLOTS, FLAG_GENERAL_TAXPAYER, FLAG_INDIVIDUAL_BUSINESS, type ColumnarMeta } from '@huiqi/testing';
import { FIGURE_FACTS, tagRemap } from '../fact-columns';
import { F, T, U } from '../tri-state';
import { memo, Unsupported, type BoolVec, type Chunk, type KNode, type NumVec, type StrVec, type TagVec } from './chunk';
import type { Interner } from './interner';
import { BY_SIGN_OR_UNKNOWN } from './by-sign';
import { ratioCompare, type RatioCompiler } from './ratio-compare';
import { buildSizeTable, classifyRows, SIZE_CODES } from './size-class-vector';

/** What kernels are compiled against: rule base, date, figure year, the population's dictionaries. */
export interface KernelEnv {
  rb: RuleBase;
  date: PlainDate;
  figureYear: number;
  meta: ColumnarMeta;
  /** The rules' jurisdiction of each district of meta.dictionaries.district. */
  districtJurisdictions: readonly string[];
  chunkSize: number;
  interner: Interner;
  /** Structural cache: equal subtrees (across all policies) compile to one node, evaluated once per chunk. */
  cache: Map<string, KNode>;
}

const TWO53 = 2 ** 53;

/**
 * Numeric nodes whose float value is exactly 0 only when the exact value is 0: whole numbers,
 * constants, and products or quotients of such nodes. Lets `x * 1.2 >= y` skip the exact recheck
 * on rows where both sides are 0 (common: no figures yet), which plain closeness would flag.
 */
const zeroExact = new WeakSet<KNode>();
/** Numeric nodes whose values are known to be safe integers (figures: the file writer refuses others). */
const safeInts = new WeakSet<KNode>();

const isZeroExact = (k: KNode) => (k.kind === 'num' && k.integral) || (k.kind === 'num' && k.scalar !== undefined) || zeroExact.has(k);

/** True when a float comparison of a and b could differ from the exact one. */
function close(a: number, b: number): boolean {
  const m = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= 1e-9 * m;
}

function numOf(v: Value): { x: number; exact: boolean } {
  if (typeof v === 'number') return { x: v, exact: true };
  const r = v as unknown as { n: bigint; d: bigint };
  return { x: Number(r.n) / Number(r.d), exact: false };
}

/** A structural key of a checked subtree (two equal keys evaluate identically on every row). */
export function nodeKey(n: CNode): string {
  switch (n.k) {
    case 'const': {
      const v = n.value;
      if (typeof v === 'object' && v !== null && 'n' in v) return `c(${(v as { n: bigint }).n}/${(v as { d: bigint }).d})`;
      return `c(${typeof v}:${JSON.stringify(v)})`;
    }
    case 'fact':
      return `f(${n.name})`;
    case 'has':
      return `h(${n.name})`;
    case 'var':
      return `v(${n.name})`;
    case 'param':
      return `p(${n.path})`;
    case 'asOf':
      return 'asOf';
    case 'sizeClass':
      return 'size';
    case 'call':
      return `${n.fn}(${n.args.map(nodeKey).join(',')})`;
    case 'not':
    case 'neg':
      return `${n.k}(${nodeKey(n.arg)})`;
    case 'and':
    case 'or':
    case 'in':
      return `${n.k}(${nodeKey(n.left)},${nodeKey(n.right)})`;
    case 'cmp':
    case 'arith':
      return `${n.op}(${nodeKey(n.left)},${nodeKey(n.right)})`;
    case 'cond':
      return `?(${nodeKey(n.test)},${nodeKey(n.then)},${nodeKey(n.else)})`;
    case 'list':
      return `[${n.items.map(nodeKey).join(',')}]`;
  }
}

/** Compiles a checked tree into a columnar kernel node; throws Unsupported for what it cannot vectorise. */
export function compileNode(n: CNode, env: KernelEnv): KNode {
  const key = nodeKey(n);
  const hit = env.cache.get(key);
  if (hit) return hit;
  const k = build(n, env);
  env.cache.set(key, k);
  return k;
}

function bool(env: KernelEnv, f: (c: Chunk, out: BoolVec) => void): KNode {
  const out = new Uint8Array(env.chunkSize);
  return { kind: 'bool', run: memo((c) => (f(c, out), out)) };
}
function num(env: KernelEnv, integral: boolean, f: (c: Chunk, out: NumVec) => void): KNode {
  const out = new Float64Array(env.chunkSize);
  return { kind: 'num', integral, run: memo((c) => (f(c, out), out)) };
}
function str(env: KernelEnv, f: (c: Chunk, out: StrVec) => void): KNode {
  const out = new Int32Array(env.chunkSize);
  return { kind: 'str', run: memo((c) => (f(c, out), out)) };
}
function constNum(env: KernelEnv, x: number, integral: boolean): KNode {
  const out = new Float64Array(env.chunkSize).fill(x);
  return { kind: 'num', integral, scalar: x, run: () => out };
}
function constBool(env: KernelEnv, t: number): KNode {
  const out = new Uint8Array(env.chunkSize).fill(t);
  return { kind: 'bool', run: () => out };
}
function constStr(env: KernelEnv, code: number): KNode {
  const out = new Int32Array(env.chunkSize).fill(code);
  return { kind: 'str', scalar: code, run: () => out };
}

const RATIO_HOOKS: RatioCompiler = { compile: compileNode, bool };

type NumNode = Extract<KNode, { kind: 'num' }>;
type Bool = Extract<KNode, { kind: 'bool' }>;
type Str = Extract<KNode, { kind: 'str' }>;
type Tags = Extract<KNode, { kind: 'tags' }>;
type List = Extract<KNode, { kind: 'list' }>;

function as<K extends KNode['kind']>(node: KNode, kind: K): Extract<KNode, { kind: K }> {
  if (node.kind !== kind) throw new Unsupported(`expected a ${kind} vector, got ${node.kind}`);
  return node as Extract<KNode, { kind: K }>;
}

function build(n: CNode, env: KernelEnv): KNode {
  switch (n.k) {
    case 'const':
      return constant(n.value, n.ty.type, env);
    case 'fact':
      return fact(n.name, n.ty.type, env);
    case 'has': {
      const f = compileNode({ k: 'fact', name: n.name, field: undefined as never, start: 0, end: 0, ty: factType(n.name) }, env);
      return hasKnown(f, env);
    }
    case 'var': {
      const v = env.rb.variables.get(n.name);
      if (!v) throw new Unsupported(`unknown variable ${n.name}`);
      return compileNode(v.node, env);
    }
    case 'param':
      return param(n.path, n.ty.integral, env);
    case 'asOf':
      return constNum(env, toEpochDay(env.date), true);
    case 'sizeClass':
      return sizeClass(env);
    case 'call':
      return call(n, env);
    case 'not': {
      const a = as(compileNode(n.arg, env), 'bool');
      return bool(env, (c, out) => {
        const x = a.run(c);
        for (let i = 0; i < c.len; i++) out[i] = 2 - x[i]!;
      });
    }
    case 'neg': {
      const a = as(compileNode(n.arg, env), 'num');
      if (a.scalar !== undefined) return constNum(env, a.scalar === 0 ? 0 : -a.scalar, a.integral);
      return num(env, a.integral, (c, out) => {
        const x = a.run(c);
        for (let i = 0; i < c.len; i++) out[i] = -x[i]!;
      });
    }
    case 'and':
    case 'or': {
      const a = as(compileNode(n.left, env), 'bool');
      const b = as(compileNode(n.right, env), 'bool');
      return n.k === 'and'
        ? bool(env, (c, out) => {
            const x = a.run(c);
            const y = b.run(c);
            for (let i = 0; i < c.len; i++) {
              const d = x[i]! - y[i]!;
              out[i] = y[i]! + (d & (d >> 31)); // min, branch-free
            }
          })
        : bool(env, (c, out) => {
            const x = a.run(c);
            const y = b.run(c);
            for (let i = 0; i < c.len; i++) {
              const d = x[i]! - y[i]!;
              out[i] = x[i]! - (d & (d >> 31)); // max, branch-free
            }
          });
    }
    case 'cmp':
      return ratioCompare(n, env, RATIO_HOOKS) ?? compare(n.op, compileNode(n.left, env), compileNode(n.right, env), env);
    case 'in':
      return member(compileNode(n.left, env), compileNode(n.right, env), env);
    case 'arith':
      return arith(n.op, as(compileNode(n.left, env), 'num'), as(compileNode(n.right, env), 'num'), n.ty.integral, env);
    case 'cond':
      return choose(as(compileNode(n.test, env), 'bool'), compileNode(n.then, env), compileNode(n.else, env), env);
    case 'list': {
      if (!n.items.every((i) => i.k === 'const')) throw new Unsupported('a list with computed items');
      const vals = n.items.map((i) => (i as { value: Value }).value);
      if (n.ty.type === 'list<string>') return { kind: 'list', strings: vals as string[], exactNumbers: true };
      const nums = vals.map(numOf);
      return { kind: 'list', numbers: nums.map((x) => x.x), exactNumbers: nums.every((x) => x.exact) };
    }
  }
}

/** The checked type of a fact, from the fact schema (as the checker gives it). */
function factType(name: string): CNode['ty'] {
  const f = factField(name);
  if (!f) throw new Unsupported(`unknown fact ${name}`);
  return { type: f.type === 'list' ? 'list<string>' : f.type, integral: f.unit === 'fen' || f.unit === 'people' || f.unit === 'count' };
}

function constant(v: Value, type: CNode['ty']['type'], env: KernelEnv): KNode {
  switch (type) {
    case 'bool':
      return constBool(env, v === true ? T : F);
    case 'string':
      return constStr(env, env.interner.code(v as string));
    case 'date':
      return constNum(env, toEpochDay(v as PlainDate), true);
    case 'number': {
      const { x, exact } = numOf(v);
      return constNum(env, x, exact);
    }
    default:
      throw new Unsupported(`constant of type ${type}`);
  }
}

function fact(name: string, type: CNode['ty']['type'], env: KernelEnv): KNode {
  const fig = FIGURE_FACTS[name];
  if (fig) {
    const key = fig.key;
    const yearsBack = fig.yearsBack;
    const slots = slotsOf(env, yearsBack);
    const latest = latestOf(env);
    const out = new Float64Array(env.chunkSize);
    const run = memo((c: Chunk): NumVec => {
      const { figures } = c.cols;
      const s0 = c.start;
      const m = latest(c);
      const col = figures[yearsBack]![key];
      // Every row of the chunk has this year in the same slot (the usual case): the column itself.
      if (m > yearsBack) {
        if (col instanceof Float64Array) return col.subarray(s0, s0 + c.len);
        out.set(col.subarray(s0, s0 + c.len));
        return out;
      }
      // Every row's latest figures are of the figure year: slot `yearsBack` where the row has that many years.
      if (m >= 0) {
        const count = c.cols.figureCount;
        for (let i = 0; i < c.len; i++) out[i] = col[s0 + i]! + NAN_IF[Number(count[s0 + i]! <= yearsBack)]!; // NaN where the row lacks that year
        return out;
      }
      const slot = slots(c);
      const a = figures[0]![key];
      const b = figures[1]![key];
      const d = figures[2]![key];
      for (let i = 0; i < c.len; i++) {
        const s = slot[i]!;
        out[i] = s === 0 ? a[s0 + i]! : s < 0 ? NaN : s === 1 ? b[s0 + i]! : d[s0 + i]!;
      }
      return out;
    });
    const node: KNode = { kind: 'num', integral: true, run };
    safeInts.add(node);
    return node;
  }
  switch (name) {
    case 'registrationDate': {
      const node = num(env, true, (c, out) => {
        const col = c.cols.registrationDay;
        for (let i = 0; i < c.len; i++) out[i] = col[c.start + i]!;
      });
      safeInts.add(node); // i32 days
      return node;
    }
    case 'isIndividualBusiness':
      return bool(env, (c, out) => {
        const col = c.cols.flags;
        for (let i = 0; i < c.len; i++) out[i] = Number((col[c.start + i]! & FLAG_INDIVIDUAL_BUSINESS) !== 0) * T;
      });
    case 'taxpayerType': {
      const general = env.interner.code('GENERAL');
      const small = env.interner.code('SMALL_SCALE');
      return str(env, (c, out) => {
        const col = c.cols.flags;
        for (let i = 0; i < c.len; i++) out[i] = small + (general - small) * Number((col[c.start + i]! & FLAG_GENERAL_TAXPAYER) !== 0);
      });
    }
    case 'industryCode': {
      const lut = Int32Array.from(env.meta.dictionaries.industryCode, (s) => env.interner.code(s));
      return str(env, (c, out) => {
        const col = c.cols.industry;
        for (let i = 0; i < c.len; i++) out[i] = lut[col[c.start + i]!]!;
      });
    }
    case 'tags': {
      const remap = tagRemap(env.meta);
      const identity = remap.every((m, k) => m === 1 << k);
      const out = new Uint32Array(env.chunkSize);
      const run = memo((c: Chunk): TagVec => {
        const col = c.cols.tags;
        if (identity) out.set(col.subarray(c.start, c.start + c.len));
        else
          for (let i = 0; i < c.len; i++) {
            let m = col[c.start + i]!;
            let o = 0;
            for (let k = 0; m !== 0; k++, m >>>= 1) if (m & 1) o |= remap[k]!;
            out[i] = o;
          }
        return out;
      });
      return { kind: 'tags', run };
    }
  }
  // A fact the population has no column for: UNKNOWN on every row (never false).
  switch (type) {
    case 'bool':
      return constBool(env, U);
    case 'string':
      return constStr(env, -1);
    case 'number':
    case 'date':
      return constNum(env, NaN, true);
    default:
      throw new Unsupported(`fact ${name} of type ${type} without a column`);
  }
}

/** x + NAN_IF[1] is NaN, x + NAN_IF[0] is x: a branch-free select of UNKNOWN. */
const NAN_IF = Float64Array.of(0, NaN);

const latestCache = new WeakMap<KernelEnv, (c: Chunk) => number>();

/**
 * Per chunk: when every row's latest figures (slot 0) are of the figure year, the fewest years any
 * row has (year k back is then slot k in every row that has it, in all rows when k is below the
 * minimum); −1 when some row's latest figures are of another year.
 */
function latestOf(env: KernelEnv): (c: Chunk) => number {
  let f = latestCache.get(env);
  if (!f) {
    f = memo((c: Chunk) => {
      const { figures, figureCount } = c.cols;
      const y0 = figures[0]!.year;
      let min = FIGURE_SLOTS;
      for (let i = 0; i < c.len; i++) {
        const r = c.start + i;
        if (y0[r] !== env.figureYear) return -1;
        const n = figureCount[r]!;
        if (n < min) min = n;
      }
      return min;
    });
    latestCache.set(env, f);
  }
  return f;
}

const slotCache = new WeakMap<KernelEnv, Map<number, (c: Chunk) => Int8Array>>();

/** Per row, the figure slot holding year (figure year − yearsBack), −1 when the row has none: shared by all yearly facts. */
function slotsOf(env: KernelEnv, yearsBack: number): (c: Chunk) => Int8Array {
  let m = slotCache.get(env);
  if (!m) slotCache.set(env, (m = new Map()));
  let f = m.get(yearsBack);
  if (!f) {
    const target = env.figureYear - yearsBack;
    const out = new Int8Array(env.chunkSize);
    f = memo((c: Chunk) => {
      const { figures, figureCount } = c.cols;
      const y0 = figures[0]!.year;
      for (let i = 0; i < c.len; i++) {
        const r = c.start + i;
        const s = y0[r]! - target;
        out[i] = s < 0 || s >= figureCount[r]! ? -1 : s;
      }
      return out;
    });
    m.set(yearsBack, f);
  }
  return f;
}

function hasKnown(f: KNode, env: KernelEnv): KNode {
  switch (f.kind) {
    case 'num':
      return bool(env, (c, out) => {
        const x = f.run(c);
        for (let i = 0; i < c.len; i++) out[i] = Number(x[i]! === x[i]!) * T;
      });
    case 'str':
      return bool(env, (c, out) => {
        const x = f.run(c);
        for (let i = 0; i < c.len; i++) out[i] = Number(x[i]! >= 0) * T;
      });
    case 'bool':
      return bool(env, (c, out) => {
        const x = f.run(c);
        for (let i = 0; i < c.len; i++) out[i] = Number(x[i]! !== U) * T;
      });
    case 'tags':
      return constBool(env, T);
    default:
      throw new Unsupported('has() of a list');
  }
}

function param(path: string, integral: boolean, env: KernelEnv): KNode {
  const lut = new Float64Array(env.districtJurisdictions.length);
  let exact = integral;
  env.districtJurisdictions.forEach((j, d) => {
    const p = env.rb.params.resolve(path, j, env.date);
    if (p === null) lut[d] = NaN;
    else {
      const { x, exact: e } = numOf(p.value);
      lut[d] = x;
      exact &&= e;
    }
  });
  const first = lut[0] ?? NaN;
  if (lut.every((x) => Object.is(x, first))) return constNum(env, first, exact);
  // Per-district overrides: a per-row parameter column.
  return num(env, exact, (c, out) => {
    const col = c.cols.district;
    for (let i = 0; i < c.len; i++) out[i] = lut[col[c.start + i]!]!;
  });
}

function sizeClass(env: KernelEnv): KNode {
  const codes = Int32Array.from(SIZE_CODES, (s) => env.interner.code(s));
  const table = buildSizeTable(env.rb, env.meta, env.date);
  if (!table) throw new Unsupported('size standard cannot be tabulated on this date');
  const e = as(compileNode({ k: 'fact', name: 'employees', field: undefined as never, start: 0, end: 0, ty: factType('employees') }, env), 'num');
  const r = as(compileNode({ k: 'fact', name: 'revenue', field: undefined as never, start: 0, end: 0, ty: factType('revenue') }, env), 'num');
  const a = as(compileNode({ k: 'fact', name: 'totalAssets', field: undefined as never, start: 0, end: 0, ty: factType('totalAssets') }, env), 'num');
  return str(env, (c, out) => {
    classifyRows(table, c.cols.industry, c.start, c.len, e.run(c), r.run(c), a.run(c), out);
    for (let i = 0; i < c.len; i++) {
      const s = out[i]!;
      out[i] = s < 0 ? -1 : codes[s]!;
    }
  });
}

function call(n: Extract<CNode, { k: 'call' }>, env: KernelEnv): KNode {
  const args = n.args.map((a) => compileNode(a, env));
  switch (n.fn) {
    case 'min':
    case 'max': {
      const xs = args.map((a) => as(a, 'num'));
      const integral = xs.every((x) => x.integral);
      const pick = n.fn === 'min' ? Math.min : Math.max;
      return num(env, integral, (c, out) => {
        const vs = xs.map((x) => x.run(c));
        const v0 = vs[0]!;
        out.set(v0.subarray(0, c.len));
        for (let k = 1; k < vs.length; k++) {
          const v = vs[k]!;
          for (let i = 0; i < c.len; i++) out[i] = pick(out[i]!, v[i]!);
        }
      });
    }
    case 'round':
    case 'floor':
    case 'ceil': {
      const x = as(args[0]!, 'num');
      if (x.integral) return x;
      const fn = n.fn;
      return num(env, true, (c, out) => {
        const v = x.run(c);
        for (let i = 0; i < c.len; i++) {
          const a = v[i]!;
          let r: number;
          if (fn === 'floor') r = Math.floor(a);
          else if (fn === 'ceil') r = Math.ceil(a);
          else r = a >= 0 ? Math.floor(a + 0.5) : -Math.floor(-a + 0.5);
          out[i] = r;
          // Too close to the rounding edge for a float to call: decide exactly.
          if (a === a) {
            const m = Math.abs(a);
            if (fn === 'round' ? close(m - Math.floor(m), 0.5) : close(a, Math.round(a))) c.suspects.push(i);
          }
        }
      });
    }
    case 'days_between': {
      const a = as(args[0]!, 'num');
      const b = as(args[1]!, 'num');
      return num(env, true, (c, out) => {
        const x = a.run(c);
        const y = b.run(c);
        for (let i = 0; i < c.len; i++) out[i] = y[i]! - x[i]!;
      });
    }
    case 'yuan':
    case 'wan_yuan': {
      const factor = n.fn === 'yuan' ? 100 : 1_000_000;
      const a0 = n.args[0]!;
      if (a0.k === 'const') {
        const v = a0.value as unknown;
        if (typeof v === 'number') return constNum(env, v * factor, true);
        const r = v as { n: bigint; d: bigint };
        const scaled = r.n * BigInt(factor);
        if (scaled % r.d === 0n) return constNum(env, Number(scaled / r.d), true);
        return constNum(env, Number(scaled) / Number(r.d), false);
      }
      const x = as(args[0]!, 'num');
      return num(env, x.integral, (c, out) => {
        const v = x.run(c);
        for (let i = 0; i < c.len; i++) out[i] = v[i]! * factor;
      });
    }
    case 'size': {
      const a = args[0]!;
      if (a.kind === 'list') return constNum(env, (a.strings ?? a.numbers ?? []).length, true);
      const t = as(a, 'tags');
      return num(env, true, (c, out) => {
        const v = t.run(c);
        for (let i = 0; i < c.len; i++) {
          let m = v[i]!;
          let k = 0;
          while (m) {
            m &= m - 1;
            k++;
          }
          out[i] = k;
        }
      });
    }
  }
}

function compare(op: '==' | '!=' | '<' | '<=' | '>' | '>=', l: KNode, r: KNode, env: KernelEnv): KNode {
  if (l.kind === 'num' && r.kind === 'num') return compareNum(op, l, r, env);
  if (l.kind === 'str' && r.kind === 'str') {
    if (op !== '==' && op !== '!=') throw new Unsupported(`string comparison ${op}`);
    // Codes ≥ 0, UNKNOWN −1: U when unknown, else T or F by (a === b) === eq.
    const eq = Number(op === '==');
    if (r.scalar !== undefined) {
      const s = r.scalar;
      return bool(env, (c, out) => {
        const x = l.run(c);
        for (let i = 0; i < c.len; i++) {
          const a = x[i]!;
          const unknown = Number(a < 0);
          out[i] = unknown + (1 - unknown) * T * Number(Number(a === s) === eq);
        }
      });
    }
    return bool(env, (c, out) => {
      const x = l.run(c);
      const y = r.run(c);
      for (let i = 0; i < c.len; i++) {
        const a = x[i]!;
        const b = y[i]!;
        const unknown = Number(a < 0) | Number(b < 0);
        out[i] = unknown + (1 - unknown) * T * Number(Number(a === b) === eq);
      }
    });
  }
  if (l.kind === 'bool' && r.kind === 'bool') {
    if (op !== '==' && op !== '!=') throw new Unsupported(`boolean comparison ${op}`);
    const eq = op === '==';
    return bool(env, (c, out) => {
      const x = l.run(c);
      const y = r.run(c);
      for (let i = 0; i < c.len; i++) {
        const a = x[i]!;
        const b = y[i]!;
        out[i] = a === U || b === U ? U : (a === b) === eq ? T : F;
      }
    });
  }
  throw new Unsupported(`comparison of ${l.kind} with ${r.kind}`);
}

function compareNum(op: '==' | '!=' | '<' | '<=' | '>' | '>=', l: NumNode, r: NumNode, env: KernelEnv): KNode {
  const exact = l.integral && r.integral;
  const zeros = isZeroExact(l) && isZeroExact(r);
  if (r.scalar !== undefined && r.scalar === r.scalar && exact && Math.abs(r.scalar) < TWO53) {
    // The common shape `fact ≥ threshold` on whole numbers: one specialised loop per operator.
    const s = r.scalar;
    const table = BY_SIGN_OR_UNKNOWN[op];
    const body = safeInts.has(l) ? safeScalarLoop : scalarLoop;
    return bool(env, (c, out) => body(l.run(c), s, table, out, c));
  }
  const table = BY_SIGN_OR_UNKNOWN[op];
  return bool(env, (c, out) => {
    const x = l.run(c);
    const y = r.run(c);
    for (let i = 0; i < c.len; i++) {
      const a = x[i]!;
      const b = y[i]!;
      // U when either is NaN, else T or F (by the sign of a − b), without a data-dependent branch.
      out[i] = table[1 + Number(a > b) - Number(a < b) + 3 * (Number(a !== a) | Number(b !== b))]!;
      if (exact ? Math.abs(a) >= TWO53 || Math.abs(b) >= TWO53 : close(a, b) && !(zeros && a === 0 && b === 0)) c.suspects.push(i);
    }
  });
}

/** x ⋚ s, NaN (UNKNOWN) giving U; whole numbers below 2^53, so the float test is exact. Rows at 2^53 or beyond are flagged. */
function scalarLoop(x: NumVec, s: number, table: Uint8Array, out: BoolVec, c: Chunk): BoolVec {
  for (let i = 0; i < c.len; i++) {
    const a = x[i]!;
    out[i] = table[1 + Number(a > s) - Number(a < s) + 3 * Number(a !== a)]!;
    if (a >= TWO53 || a <= -TWO53) c.suspects.push(i);
  }
  return out;
}

/** The same for operands known to be safe integers: no magnitude check. */
function safeScalarLoop(x: NumVec, s: number, table: Uint8Array, out: BoolVec, c: Chunk): BoolVec {
  for (let i = 0; i < c.len; i++) {
    const a = x[i]!;
    out[i] = table[1 + Number(a > s) - Number(a < s) + 3 * Number(a !== a)]!;
  }
  return out;
}

function member(l: KNode, r: KNode, env: KernelEnv): KNode {
  if (r.kind === 'list' && r.strings && l.kind === 'str') {
    const codes = new Set(r.strings.map((s) => env.interner.code(s)));
    // Truth per code + 1 (index 0: UNKNOWN, −1). Every code the left side can hold is interned by now.
    const lut = new Uint8Array(env.interner.size + 1).fill(F);
    lut[0] = U;
    for (const cd of codes) lut[cd + 1] = T;
    return bool(env, (c, out) => {
      const x = l.run(c);
      for (let i = 0; i < c.len; i++) out[i] = lut[x[i]! + 1]!;
    });
  }
  if (r.kind === 'list' && r.numbers && l.kind === 'num') {
    const items = r.numbers;
    const exact = l.integral && r.exactNumbers;
    return bool(env, (c, out) => {
      const x = l.run(c);
      for (let i = 0; i < c.len; i++) {
        const a = x[i]!;
        if (a !== a) {
          out[i] = U;
          continue;
        }
        let hit = false;
        for (const b of items) {
          if (a === b) hit = true;
          if (!exact && close(a, b)) c.suspects.push(i);
        }
        out[i] = hit ? T : F;
      }
    });
  }
  if (r.kind === 'tags' && l.kind === 'str') {
    const tags = r as Tags;
    if (l.scalar !== undefined) {
      const bit = (QUALIFICATION_TAGS as readonly string[]).indexOf(env.interner.strings[l.scalar]!);
      if (bit < 0) return constBool(env, F);
      const mask = 1 << bit;
      return bool(env, (c, out) => {
        const t = tags.run(c);
        for (let i = 0; i < c.len; i++) out[i] = Number((t[i]! & mask) !== 0) * T;
      });
    }
    const left = l as Str;
    return bool(env, (c, out) => {
      const x = left.run(c);
      const t = tags.run(c);
      for (let i = 0; i < c.len; i++) {
        const a = x[i]!;
        if (a < 0) {
          out[i] = U;
          continue;
        }
        const bit = (QUALIFICATION_TAGS as readonly string[]).indexOf(env.interner.strings[a]!);
        out[i] = bit >= 0 && t[i]! & (1 << bit) ? T : F;
      }
    });
  }
  throw new Unsupported(`'in' with ${l.kind} and ${r.kind}`);
}

function arith(op: '+' | '-' | '*' | '/', l: NumNode, r: NumNode, integral: boolean, env: KernelEnv): KNode {
  const k = arithNode(op, l, r, integral, env);
  if ((op === '*' || op === '/') && isZeroExact(l) && isZeroExact(r)) zeroExact.add(k);
  return k;
}

function arithNode(op: '+' | '-' | '*' | '/', l: NumNode, r: NumNode, integral: boolean, env: KernelEnv): KNode {
  const ex = l.integral && r.integral && op !== '/';
  if (l.scalar !== undefined && r.scalar !== undefined && ex) {
    const a = l.scalar;
    const b = r.scalar;
    const v = op === '+' ? a + b : op === '-' ? a - b : a * b;
    if (Math.abs(v) < TWO53) return constNum(env, v, integral);
  }
  const isInt = integral && op !== '/';
  switch (op) {
    case '+':
      return num(env, isInt, (c, out) => {
        const x = l.run(c);
        const y = r.run(c);
        for (let i = 0; i < c.len; i++) out[i] = x[i]! + y[i]!;
      });
    case '-':
      return num(env, isInt, (c, out) => {
        const x = l.run(c);
        const y = r.run(c);
        for (let i = 0; i < c.len; i++) out[i] = x[i]! - y[i]!;
      });
    case '*':
      return num(env, isInt, (c, out) => {
        const x = l.run(c);
        const y = r.run(c);
        for (let i = 0; i < c.len; i++) out[i] = x[i]! * y[i]!;
      });
    case '/':
      // Division by zero is UNKNOWN in the rules engine (div returns null), never Infinity.
      return num(env, false, (c, out) => {
        const x = l.run(c);
        const y = r.run(c);
        for (let i = 0; i < c.len; i++) {
          const b = y[i]!;
          out[i] = b === 0 ? NaN : x[i]! / b;
        }
      });
  }
}

function choose(t: Bool, a: KNode, b: KNode, env: KernelEnv): KNode {
  if (a.kind === 'num' && b.kind === 'num') {
    const integral = a.integral && b.integral;
    return num(env, integral, (c, out) => {
      const tv = t.run(c);
      const x = a.run(c);
      const y = b.run(c);
      for (let i = 0; i < c.len; i++) {
        const s = tv[i]!;
        if (s === T) out[i] = x[i]!;
        else if (s === F) out[i] = y[i]!;
        else {
          // UNKNOWN test: the value only when both branches agree.
          const p = x[i]!;
          const q = y[i]!;
          out[i] = p === q ? p : NaN;
          if (!integral && p === p && q === q && close(p, q)) c.suspects.push(i);
        }
      }
    });
  }
  if (a.kind === 'bool' && b.kind === 'bool') {
    return bool(env, (c, out) => {
      const tv = t.run(c);
      const x = a.run(c);
      const y = b.run(c);
      for (let i = 0; i < c.len; i++) {
        const s = tv[i]!;
        out[i] = s === T ? x[i]! : s === F ? y[i]! : x[i] === y[i] && x[i] !== U ? x[i]! : U;
      }
    });
  }
  if (a.kind === 'str' && b.kind === 'str') {
    return str(env, (c, out) => {
      const tv = t.run(c);
      const x = a.run(c);
      const y = b.run(c);
      for (let i = 0; i < c.len; i++) {
        const s = tv[i]!;
        out[i] = s === T ? x[i]! : s === F ? y[i]! : x[i] === y[i] ? x[i]! : -1;
      }
    });
  }
  throw new Unsupported(`?: over ${a.kind}`);
}

export type { Bool, NumNode, Str, Tags };
