import type { CNode } from '@huiqi/rules-engine';
import { BY_SIGN_OR_UNKNOWN } from './by-sign';
import type { KNode } from './chunk';
import type { KernelEnv } from './compile-node';

type NumNode = Extract<KNode, { kind: 'num' }>;

const TWO53 = 2 ** 53;

/**
 * A numeric subtree as `(p / q) · n / d`: p, q safe integers (q > 0), n and d whole-number vectors
 * or absent (1). Ratios of figures (`rdExpense / revenue`), growth factors (`x * 1.2`) and divided
 * amounts (`revenue / 12`) have this form.
 */
interface RatioForm {
  p: number;
  q: number;
  n: NumNode | null;
  d: NumNode | null;
}

/** Hooks into the kernel compiler (passed in, so this file does not import it back). */
export interface RatioCompiler {
  compile(n: CNode, env: KernelEnv): KNode;
  bool(env: KernelEnv, f: (c: Parameters<NumNode['run']>[0], out: Uint8Array) => void): KNode;
}

const safe = (x: number) => Number.isSafeInteger(x);

function exactParts(v: unknown): [number, number] | null {
  if (typeof v === 'number') return safe(v) ? [v, 1] : null;
  if (v && typeof v === 'object' && 'n' in v && 'd' in v) {
    const n = Number((v as { n: bigint }).n), d = Number((v as { d: bigint }).d);
    return safe(n) && safe(d) && d > 0 ? [n, d] : null;
  }
  return null;
}

/** One vector of a product: at most one per numerator and one per denominator, or the form is not used. */
function one(a: NumNode | null, b: NumNode | null): NumNode | null | undefined {
  if (a && b) return undefined;
  return a ?? b;
}

function formOf(n: CNode, env: KernelEnv, cc: RatioCompiler): RatioForm | null {
  switch (n.k) {
    case 'var': {
      const v = env.rb.variables.get(n.name);
      return v ? formOf(v.node, env, cc) : null;
    }
    case 'const': {
      const e = exactParts(n.value);
      return e ? { p: e[0], q: e[1], n: null, d: null } : null;
    }
    case 'param': {
      // One exact value in every district of the population: a scalar; else a whole-number column or nothing.
      let shared: [number, number] | null | undefined;
      for (const j of env.districtJurisdictions) {
        const p = env.rb.params.resolve(n.path, j, env.date);
        const e = p === null ? null : exactParts(p.value);
        if (!e || (shared && (shared[0] !== e[0] || shared[1] !== e[1]))) {
          shared = null;
          break;
        }
        shared = e;
      }
      if (shared) return { p: shared[0], q: shared[1], n: null, d: null };
      return leaf(n, env, cc);
    }
    case 'arith': {
      if (n.op !== '*' && n.op !== '/') return leaf(n, env, cc);
      const a = formOf(n.left, env, cc);
      const b = formOf(n.right, env, cc);
      if (!a || !b) return null;
      let p: number, q: number, num: NumNode | null | undefined, den: NumNode | null | undefined;
      if (n.op === '*') {
        [p, q, num, den] = [a.p * b.p, a.q * b.q, one(a.n, b.n), one(a.d, b.d)];
      } else {
        if (b.p === 0) return null;
        [p, q, num, den] = [a.p * b.q, a.q * b.p, one(a.n, b.d), one(a.d, b.n)];
        if (q < 0) [p, q] = [-p, -q];
      }
      if (num === undefined || den === undefined || !safe(p) || !safe(q)) return null;
      return { p, q, n: num, d: den };
    }
    default:
      return leaf(n, env, cc);
  }
}

function leaf(n: CNode, env: KernelEnv, cc: RatioCompiler): RatioForm | null {
  const k = cc.compile(n, env);
  if (k.kind !== 'num' || !k.integral) return null;
  if (k.scalar !== undefined) return safe(k.scalar) ? { p: k.scalar, q: 1, n: null, d: null } : null;
  return { p: 1, q: 1, n: k, d: null };
}

/**
 * `l op r` where both sides are ratio forms and one has a fraction or a divisor: decided exactly
 * by cross-multiplying whole numbers, `pₗ·q_r · nₗ · d_r  op  p_r·qₗ · n_r · dₗ` (sides swapped when
 * dₗ·d_r < 0), instead of comparing rounded quotients. A zero divisor is UNKNOWN, as in the rules
 * engine; a product at or above 2^53 marks the row for the exact row-wise recheck. Returns null
 * for any other comparison.
 */
export function ratioCompare(n: Extract<CNode, { k: 'cmp' }>, env: KernelEnv, cc: RatioCompiler): KNode | null {
  if (n.left.ty.type !== 'number' || n.right.ty.type !== 'number') return null;
  const l = formOf(n.left, env, cc);
  const r = formOf(n.right, env, cc);
  if (!l || !r) return null;
  // Whole numbers on both sides compare exactly already (the plain comparison kernels).
  if (l.q === 1 && r.q === 1 && !l.d && !r.d) return null;
  if (!l.n && !l.d && !r.n && !r.d) return null;
  const cl = l.p * r.q, cr = r.p * l.q;
  if (!safe(cl) || !safe(cr)) return null;
  const ones = new Float64Array(env.chunkSize).fill(1);
  const table = BY_SIGN_OR_UNKNOWN[n.op];
  const [nl, dl, nr, dr] = [l.n, l.d, r.n, r.d];
  if (!dl && !dr) {
    // No divisor (growth factors, divided amounts): cₗ·nₗ op c_r·n_r.
    return cc.bool(env, (c, out) => {
      const xl = nl ? nl.run(c) : ones, xr = nr ? nr.run(c) : ones;
      for (let i = 0; i < c.len; i++) {
        const x = cl * xl[i]!, y = cr * xr[i]!;
        out[i] = table[1 + Number(x > y) - Number(x < y) + 3 * (Number(x !== x) | Number(y !== y))]!;
        if (x >= TWO53 || x <= -TWO53 || y >= TWO53 || y <= -TWO53) c.suspects.push(i);
      }
    });
  }
  return cc.bool(env, (c, out) => {
    const xl = nl ? nl.run(c) : ones, yl = dl ? dl.run(c) : ones;
    const xr = nr ? nr.run(c) : ones, yr = dr ? dr.run(c) : ones;
    for (let i = 0; i < c.len; i++) {
      const a0 = xl[i]!, b0 = yl[i]!, a1 = xr[i]!, b1 = yr[i]!;
      const x = cl * a0 * b1, y = cr * a1 * b0;
      // A zero divisor or NaN (unknown) anywhere: UNKNOWN. A negative divisor product flips the sign.
      const unknown = Number(b0 === 0) | Number(b1 === 0) | Number(x !== x) | Number(y !== y);
      const flip = Number(b0 < 0) ^ Number(b1 < 0);
      const sign = Number(x > y) - Number(x < y);
      out[i] = table[1 + sign - 2 * flip * sign + 3 * unknown]!;
      if (x >= TWO53 || x <= -TWO53 || y >= TWO53 || y <= -TWO53) c.suspects.push(i);
    }
  });
}
