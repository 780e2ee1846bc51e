import { add, cmp, daysBetween, div, mul, neg, roundTo, sub, type Num, type PlainDate } from '@huiqi/kernel';
import { UNKNOWN, type Value } from './types';

/**
 * The semantics of every operator, shared by the fast plan and the tracing evaluator so the two
 * can never disagree. Anything touching UNKNOWN is UNKNOWN, except Kleene `&&`/`||`.
 */
export function and3(a: Value, b: () => Value): Value {
  if (a === false) return false;
  const r = b();
  if (r === false) return false;
  return a === UNKNOWN || r === UNKNOWN ? UNKNOWN : true;
}

export function or3(a: Value, b: () => Value): Value {
  if (a === true) return true;
  const r = b();
  if (r === true) return true;
  return a === UNKNOWN || r === UNKNOWN ? UNKNOWN : false;
}

export function not3(a: Value): Value {
  return a === UNKNOWN ? UNKNOWN : !a;
}

function order(a: Value, b: Value): number {
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return cmp(a as Num, b as Num);
}

export function compare(op: '==' | '!=' | '<' | '<=' | '>' | '>=', a: Value, b: Value): Value {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (typeof a === 'boolean') return op === '==' ? a === b : a !== b;
  const c = order(a, b);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

export function member(a: Value, list: Value): Value {
  if (a === UNKNOWN || list === UNKNOWN) return UNKNOWN;
  const items = list as readonly (string | Num)[];
  if (typeof a === 'string') return items.includes(a);
  return items.some((x) => cmp(x as Num, a as Num) === 0);
}

export function arith(op: '+' | '-' | '*' | '/', a: Value, b: Value): Value {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  const x = a as Num;
  const y = b as Num;
  switch (op) {
    case '+':
      return add(x, y);
    case '-':
      return sub(x, y);
    case '*':
      return mul(x, y);
    case '/':
      return div(x, y) ?? UNKNOWN;
  }
}

export function negate(a: Value): Value {
  return a === UNKNOWN ? UNKNOWN : neg(a as Num);
}

export function choose(test: Value, then: () => Value, otherwise: () => Value): Value {
  if (test === true) return then();
  if (test === false) return otherwise();
  const a = then();
  const b = otherwise();
  return compare('==', a, b) === true ? a : UNKNOWN;
}

export function callBuiltin(fn: string, args: Value[]): Value {
  switch (fn) {
    case 'min':
    case 'max': {
      // min(known…) is decided by a known value that is already ≤ every candidate only when all are known.
      if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
      let best = args[0] as Num;
      for (let i = 1; i < args.length; i++) {
        const c = cmp(args[i] as Num, best);
        if (fn === 'min' ? c < 0 : c > 0) best = args[i] as Num;
      }
      return best;
    }
    case 'round':
      return args[0] === UNKNOWN ? UNKNOWN : roundTo(args[0] as Num, 'HALF_UP');
    case 'floor':
      return args[0] === UNKNOWN ? UNKNOWN : roundTo(args[0] as Num, 'FLOOR');
    case 'ceil':
      return args[0] === UNKNOWN ? UNKNOWN : roundTo(args[0] as Num, 'CEIL');
    case 'days_between':
      return args[0] === UNKNOWN || args[1] === UNKNOWN ? UNKNOWN : daysBetween(args[0] as PlainDate, args[1] as PlainDate);
    case 'yuan':
      return args[0] === UNKNOWN ? UNKNOWN : mul(args[0] as Num, 100);
    case 'wan_yuan':
      return args[0] === UNKNOWN ? UNKNOWN : mul(args[0] as Num, 1_000_000);
    case 'size':
      return args[0] === UNKNOWN ? UNKNOWN : (args[0] as readonly unknown[]).length;
    default:
      throw new Error(`unknown builtin ${fn}`);
  }
}
