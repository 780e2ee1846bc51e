import { bi, err, isIntegral, ok, parsePlainDate, SIZE_CLASSES, type BilingualText, type Result } from '@huiqi/kernel';
import type { Unit } from '../fact-schema';
import type { Expr } from './ast';
import { type BuiltinFn, type CheckEnv, type CNode, type Type, type Typed } from './types';

export interface CheckError {
  message: BilingualText;
  start: number;
  end: number;
}

class CheckFailure extends Error {
  constructor(readonly error: CheckError) {
    super(error.message.en);
  }
}

const T = (type: Type, integral = false, unit?: Unit): Typed => (unit ? { type, integral, unit } : { type, integral });
const BOOL = T('bool');

function fail(e: Expr, zh: string, en: string): never {
  throw new CheckFailure({ message: bi(zh, en), start: e.start, end: e.end });
}

/**
 * Type-checks an expression against the fact schema, derived variables and parameters, and
 * returns the checked tree. `expected` is the type the context needs (bool for conditions).
 */
export function checkExpr(e: Expr, env: CheckEnv, expected?: Type): Result<CNode, CheckError> {
  try {
    const n = check(e, env);
    if (expected && n.ty.type !== expected) fail(e, `此处需要${typeZh(expected)}，表达式的类型是${typeZh(n.ty.type)}`, `expected ${expected} here, the expression is ${n.ty.type}`);
    return ok(n);
  } catch (x) {
    if (x instanceof CheckFailure) return err(x.error);
    throw x;
  }
}

function typeZh(t: Type): string {
  return { number: '数值', bool: '布尔值', string: '字符串', date: '日期', 'list<string>': '字符串列表', 'list<number>': '数值列表' }[t];
}

function expect(n: CNode, src: Expr, type: Type, what: string, whatEn: string): void {
  if (n.ty.type !== type) fail(src, `${what}须为${typeZh(type)}，实为${typeZh(n.ty.type)}`, `${whatEn} must be ${type}, got ${n.ty.type}`);
}

function checkCodeLiteral(codeSide: CNode, lit: CNode, src: Expr): void {
  const allowed = codeSide.ty.values;
  if (!allowed) return;
  const literals: string[] = [];
  if (lit.k === 'const' && typeof lit.value === 'string') literals.push(lit.value);
  if (lit.k === 'list') for (const it of lit.items) if (it.k === 'const' && typeof it.value === 'string') literals.push(it.value);
  for (const v of literals) {
    if (!allowed.includes(v)) fail(src, `「${v}」不是允许的取值（${allowed.join('、')}）`, `'${v}' is not an allowed value (${allowed.join(', ')})`);
  }
}

function check(e: Expr, env: CheckEnv): CNode {
  const at = { start: e.start, end: e.end };
  switch (e.kind) {
    case 'num':
      return { k: 'const', value: e.value, ...at, ty: T('number', isIntegral(e.value)) };
    case 'str':
      return { k: 'const', value: e.value, ...at, ty: T('string') };
    case 'bool':
      return { k: 'const', value: e.value, ...at, ty: BOOL };
    case 'list': {
      const items = e.items.map((i) => check(i, env));
      const first = items[0];
      if (!first) fail(e, '列表不能为空', 'a list cannot be empty');
      if (first.ty.type !== 'string' && first.ty.type !== 'number') fail(e, '列表元素须为字符串或数值', 'list items must be strings or numbers');
      items.forEach((it, i) => {
        if (it.ty.type !== first.ty.type) fail(e.items[i]!, '列表元素类型须一致', 'list items must all have the same type');
      });
      return { k: 'list', items, ...at, ty: T(first.ty.type === 'string' ? 'list<string>' : 'list<number>') };
    }
    case 'ident': {
      if (e.name === 'asOf') return { k: 'asOf', ...at, ty: T('date') };
      const field = env.fact(e.name);
      if (field) {
        const type: Type = field.type === 'list' ? 'list<string>' : field.type;
        const ty: Typed = { type, integral: field.unit === 'fen' || field.unit === 'people' || field.unit === 'count' };
        if (field.unit) ty.unit = field.unit;
        if (field.values) ty.values = field.values;
        return { k: 'fact', name: e.name, field, ...at, ty };
      }
      const v = env.variable(e.name);
      if (v) return { k: 'var', name: e.name, ...at, ty: v };
      return fail(e, `未知的名称「${e.name}」：不是企业事实、派生变量或内置名称`, `unknown name '${e.name}': not an enterprise fact, derived variable or built-in`);
    }
    case 'call':
      return checkCall(e, env);
    case 'unary': {
      const arg = check(e.arg, env);
      if (e.op === '!') {
        expect(arg, e.arg, 'bool', '「!」的操作数', "operand of '!'");
        return { k: 'not', arg, ...at, ty: BOOL };
      }
      expect(arg, e.arg, 'number', '负号的操作数', "operand of unary '-'");
      return { k: 'neg', arg, ...at, ty: { ...arg.ty } };
    }
    case 'binary': {
      const left = check(e.left, env);
      const right = check(e.right, env);
      switch (e.op) {
        case '&&':
        case '||':
          expect(left, e.left, 'bool', `「${e.op}」的左侧`, `left side of '${e.op}'`);
          expect(right, e.right, 'bool', `「${e.op}」的右侧`, `right side of '${e.op}'`);
          return { k: e.op === '&&' ? 'and' : 'or', left, right, ...at, ty: BOOL };
        case '==':
        case '!=':
          if (left.ty.type !== right.ty.type || left.ty.type.startsWith('list')) {
            fail(e, `不能比较${typeZh(left.ty.type)}与${typeZh(right.ty.type)}`, `cannot compare ${left.ty.type} with ${right.ty.type}`);
          }
          checkCodeLiteral(left, right, e.right);
          checkCodeLiteral(right, left, e.left);
          return { k: 'cmp', op: e.op, left, right, ...at, ty: BOOL };
        case '<':
        case '<=':
        case '>':
        case '>=':
          if (left.ty.type !== right.ty.type || (left.ty.type !== 'number' && left.ty.type !== 'date')) {
            fail(e, `「${e.op}」只能比较两个数值或两个日期`, `'${e.op}' compares two numbers or two dates`);
          }
          unitsCompatible(left, right, e);
          return { k: 'cmp', op: e.op, left, right, ...at, ty: BOOL };
        case 'in': {
          const want = left.ty.type === 'string' ? 'list<string>' : left.ty.type === 'number' ? 'list<number>' : null;
          if (!want || right.ty.type !== want) fail(e, '「in」的右侧须为与左侧同类型的列表', "right side of 'in' must be a list of the left side's type");
          checkCodeLiteral(left, right, e.right);
          if (left.k === 'const' && right.ty.values) checkCodeLiteral(right, left, e.left);
          return { k: 'in', left, right, ...at, ty: BOOL };
        }
        default: {
          expect(left, e.left, 'number', `「${e.op}」的左侧`, `left side of '${e.op}'`);
          expect(right, e.right, 'number', `「${e.op}」的右侧`, `right side of '${e.op}'`);
          return { k: 'arith', op: e.op, left, right, ...at, ty: arithType(e.op, left.ty, right.ty, e) };
        }
      }
    }
    case 'cond': {
      const test = check(e.test, env);
      expect(test, e.test, 'bool', '条件表达式的判断部分', 'condition of ?:');
      const then = check(e.then, env);
      const otherwise = check(e.else, env);
      if (then.ty.type !== otherwise.ty.type) fail(e, '「?:」两个分支的类型须一致', 'both branches of ?: must have the same type');
      const ty: Typed = { type: then.ty.type, integral: then.ty.integral && otherwise.ty.integral };
      const unit = then.ty.unit ?? otherwise.ty.unit;
      if (unit) ty.unit = unit;
      return { k: 'cond', test, then, else: otherwise, ...at, ty };
    }
  }
}

function unitsCompatible(a: CNode, b: CNode, e: Expr): void {
  if (a.ty.unit && b.ty.unit && a.ty.unit !== b.ty.unit) {
    fail(e, `单位不一致：${a.ty.unit} 与 ${b.ty.unit}`, `unit mismatch: ${a.ty.unit} vs ${b.ty.unit}`);
  }
}

function arithType(op: '+' | '-' | '*' | '/', l: Typed, r: Typed, e: Expr): Typed {
  let unit: Unit | undefined;
  let integral = false;
  if (op === '+' || op === '-') {
    if (l.unit && r.unit && l.unit !== r.unit) fail(e, `不能把 ${l.unit} 与 ${r.unit} 相加减`, `cannot add or subtract ${l.unit} and ${r.unit}`);
    unit = l.unit ?? r.unit;
    integral = l.integral && r.integral;
  } else if (op === '*') {
    unit = l.unit === 'ratio' ? r.unit : r.unit === 'ratio' ? l.unit : (l.unit ?? r.unit);
    integral = l.integral && r.integral;
  } else {
    unit = l.unit && l.unit === r.unit ? 'ratio' : r.unit ? undefined : l.unit;
  }
  return unit ? { type: 'number', integral, unit } : { type: 'number', integral };
}

const STRING_ARG_FNS = new Set(['param', 'date']);

function checkCall(e: Extract<Expr, { kind: 'call' }>, env: CheckEnv): CNode {
  const at = { start: e.start, end: e.end };
  const arity = (n: number) => {
    if (e.args.length !== n) fail(e, `${e.fn}() 需要 ${n} 个参数，实有 ${e.args.length} 个`, `${e.fn}() takes ${n} argument(s), got ${e.args.length}`);
  };
  if (STRING_ARG_FNS.has(e.fn)) {
    arity(1);
    const a = e.args[0]!;
    if (a.kind !== 'str') fail(a, `${e.fn}() 的参数须为字符串字面量`, `${e.fn}() takes a string literal`);
    if (e.fn === 'param') {
      const ty = env.param(a.value);
      if (!ty) fail(a, `参数「${a.value}」不存在`, `parameter '${a.value}' does not exist`);
      return { k: 'param', path: a.value, ...at, ty };
    }
    const d = parsePlainDate(a.value);
    if (!d) fail(a, `「${a.value}」不是有效日期（YYYY-MM-DD）`, `'${a.value}' is not a valid date (YYYY-MM-DD)`);
    return { k: 'const', value: d, ...at, ty: T('date') };
  }
  if (e.fn === 'size_class') {
    arity(0);
    return { k: 'sizeClass', ...at, ty: { type: 'string', integral: false, values: [...SIZE_CLASSES, 'unclassified'] } };
  }
  if (e.fn === 'has') {
    arity(1);
    const a = e.args[0]!;
    if (a.kind !== 'ident' || !env.fact(a.name)) fail(a, 'has() 的参数须为企业事实名称', 'has() takes the name of an enterprise fact');
    return { k: 'has', name: a.name, ...at, ty: BOOL };
  }
  const args = e.args.map((a) => check(a, env));
  const fn = e.fn as BuiltinFn;
  switch (fn) {
    case 'min':
    case 'max': {
      if (args.length < 1) fail(e, `${fn}() 至少需要 1 个参数`, `${fn}() needs at least one argument`);
      args.forEach((a, i) => expect(a, e.args[i]!, 'number', `${fn}() 的参数`, `argument of ${fn}()`));
      for (let i = 1; i < args.length; i++) unitsCompatible(args[0]!, args[i]!, e);
      const unit = args.find((a) => a.ty.unit)?.ty.unit;
      const ty: Typed = { type: 'number', integral: args.every((a) => a.ty.integral) };
      if (unit) ty.unit = unit;
      return { k: 'call', fn, args, ...at, ty };
    }
    case 'round':
    case 'floor':
    case 'ceil': {
      arity(1);
      expect(args[0]!, e.args[0]!, 'number', `${fn}() 的参数`, `argument of ${fn}()`);
      const ty: Typed = { type: 'number', integral: true };
      if (args[0]!.ty.unit) ty.unit = args[0]!.ty.unit;
      return { k: 'call', fn, args, ...at, ty };
    }
    case 'yuan':
    case 'wan_yuan': {
      // Money literals as the text writes them: yuan(500) or wan_yuan(500) (万元), held as fen.
      arity(1);
      expect(args[0]!, e.args[0]!, 'number', `${fn}() 的参数`, `argument of ${fn}()`);
      if (args[0]!.ty.unit) fail(e.args[0]!, `${fn}() 的参数须为不带单位的数`, `${fn}() takes a plain number`);
      return { k: 'call', fn, args, ...at, ty: T('number', fn === 'wan_yuan' || args[0]!.ty.integral, 'fen') };
    }
    case 'days_between':
      arity(2);
      args.forEach((a, i) => expect(a, e.args[i]!, 'date', 'days_between() 的参数', 'argument of days_between()'));
      return { k: 'call', fn, args, ...at, ty: T('number', true, 'days') };
    case 'size':
      arity(1);
      if (!args[0]!.ty.type.startsWith('list')) fail(e.args[0]!, 'size() 的参数须为列表', 'size() takes a list');
      return { k: 'call', fn, args, ...at, ty: T('number', true, 'count') };
    default:
      return fail(e, `未知函数「${e.fn}」`, `unknown function '${e.fn}'`);
  }
}
