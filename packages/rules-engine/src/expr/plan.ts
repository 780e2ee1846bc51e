import type { Num } from '@huiqi/kernel';
import type { EvalContext } from './context';
import { and3, arith, callBuiltin, choose, compare, member, negate, not3, or3 } from './ops';
import { UNKNOWN, type CNode, type Value } from './types';

/** A compiled expression: a closure over the checked tree. No source text is ever executed. */
export type Plan = (ctx: EvalContext) => Value;

/** Compiles a checked tree into nested closures (the fast, untraced path). */
export function plan(n: CNode): Plan {
  switch (n.k) {
    case 'const': {
      const v = n.value;
      return () => v;
    }
    case 'fact': {
      const name = n.name;
      return (ctx) => {
        const v = ctx.facts[name];
        if (v === undefined || v === UNKNOWN) {
          ctx.missing.push(name);
          return UNKNOWN;
        }
        return v;
      };
    }
    case 'has': {
      const name = n.name;
      return (ctx) => ctx.facts[name] !== undefined && ctx.facts[name] !== UNKNOWN;
    }
    case 'var': {
      const name = n.name;
      return (ctx) => ctx.variable(name);
    }
    case 'param': {
      const path = n.path;
      return (ctx) => {
        const p = ctx.param(path);
        if (p === null) {
          ctx.missing.push(`param:${path}`);
          return UNKNOWN;
        }
        return p.value;
      };
    }
    case 'asOf':
      return (ctx) => ctx.asOf;
    case 'sizeClass':
      return (ctx) => ctx.sizeClass();
    case 'call': {
      const args = n.args.map(plan);
      const fn = n.fn;
      if (args.length === 1) {
        const a0 = args[0]!;
        return (ctx) => callBuiltin(fn, [a0(ctx)]);
      }
      return (ctx) => callBuiltin(fn, args.map((a) => a(ctx)));
    }
    case 'not': {
      const a = plan(n.arg);
      return (ctx) => not3(a(ctx));
    }
    case 'neg': {
      const a = plan(n.arg);
      return (ctx) => negate(a(ctx));
    }
    case 'and': {
      const l = plan(n.left);
      const r = plan(n.right);
      return (ctx) => and3(l(ctx), () => r(ctx));
    }
    case 'or': {
      const l = plan(n.left);
      const r = plan(n.right);
      return (ctx) => or3(l(ctx), () => r(ctx));
    }
    case 'cmp': {
      const l = plan(n.left);
      const r = plan(n.right);
      const op = n.op;
      return (ctx) => compare(op, l(ctx), r(ctx));
    }
    case 'in': {
      const l = plan(n.left);
      const r = plan(n.right);
      return (ctx) => member(l(ctx), r(ctx));
    }
    case 'arith': {
      const l = plan(n.left);
      const r = plan(n.right);
      const op = n.op;
      return (ctx) => arith(op, l(ctx), r(ctx));
    }
    case 'cond': {
      const t = plan(n.test);
      const a = plan(n.then);
      const b = plan(n.else);
      return (ctx) => choose(t(ctx), () => a(ctx), () => b(ctx));
    }
    case 'list': {
      if (n.items.every((i) => i.k === 'const')) {
        const vals = n.items.map((i) => (i as { value: Value }).value) as readonly (string | Num)[];
        return () => vals as Value;
      }
      const items = n.items.map(plan);
      return (ctx) => {
        const vals = items.map((i) => i(ctx));
        return vals.includes(UNKNOWN) ? UNKNOWN : (vals as Value);
      };
    }
  }
}
