import { bi, err, ok, type Result } from '@huiqi/kernel';
import { MAX_DEPTH, MAX_SOURCE_LENGTH, type BinaryOp, type Expr } from './ast';
import { lex, type Token } from './lexer';
import { ExprSyntaxError, locate, type ExprError } from './parse-error';

/**
 * Recursive-descent parser for the CEL-like condition language. Precedence, lowest first:
 * `?:`, `||`, `&&`, relations (`== != < <= > >= in`), `+ -`, `* /`, unary `! -`, primary
 * (literal, identifier, call `f(...)`, list `[...]`, parentheses).
 * Never throws: every failure is a located `ExprError`; input length and nesting depth are capped.
 */
export function parseExpr(source: string): Result<Expr, ExprError> {
  if (source.length > MAX_SOURCE_LENGTH) {
    return err(locate(source, MAX_SOURCE_LENGTH, bi(`表达式过长（上限 ${MAX_SOURCE_LENGTH} 字符）`, `expression too long (limit ${MAX_SOURCE_LENGTH} characters)`)));
  }
  try {
    const p = new Parser(lex(source));
    const e = p.expression();
    p.expectEnd();
    return ok(e);
  } catch (e) {
    if (e instanceof ExprSyntaxError) return err(locate(source, e.offset, e.bilingual));
    if (e instanceof RangeError) return err(locate(source, 0, bi('表达式嵌套过深', 'expression nested too deeply')));
    throw e;
  }
}

const RELATIONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.pos]!;
  }
  private next(): Token {
    return this.toks[this.pos++]!;
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.value === v;
  }
  private expectOp(v: string): Token {
    const t = this.peek();
    if (t.t === 'op' && t.value === v) return this.next();
    throw new ExprSyntaxError(t.start, bi(`此处应为「${v}」，实为${describe(t)}`, `expected '${v}' but found ${describeEn(t)}`));
  }
  expectEnd(): void {
    const t = this.peek();
    if (t.t !== 'eof') throw new ExprSyntaxError(t.start, bi(`多余的内容：${describe(t)}`, `unexpected ${describeEn(t)} after the expression`));
  }
  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) throw new ExprSyntaxError(at, bi(`表达式嵌套过深（上限 ${MAX_DEPTH} 层）`, `expression nested too deeply (limit ${MAX_DEPTH})`));
  }

  expression(): Expr {
    this.enter(this.peek().start);
    const test = this.or();
    let result = test;
    if (this.isOp('?')) {
      this.next();
      const then = this.expression();
      this.expectOp(':');
      const otherwise = this.expression();
      result = { kind: 'cond', test, then, else: otherwise, start: test.start, end: otherwise.end };
    }
    this.depth--;
    return result;
  }

  private binaryLevel(ops: readonly string[], sub: () => Expr, chain = true): Expr {
    let left = sub();
    while (this.peek().t === 'op' && ops.includes(this.peek().value as string)) {
      const op = this.next().value as BinaryOp;
      const right = sub();
      left = { kind: 'binary', op, left, right, start: left.start, end: right.end };
      if (!chain && this.peek().t === 'op' && ops.includes(this.peek().value as string)) {
        const t = this.peek();
        throw new ExprSyntaxError(t.start, bi('比较运算不能连写，请用 && 连接', 'comparisons cannot be chained; join them with &&'));
      }
    }
    return left;
  }

  private or(): Expr {
    return this.binaryLevel(['||'], () => this.and());
  }
  private and(): Expr {
    return this.binaryLevel(['&&'], () => this.relation());
  }
  private relation(): Expr {
    let left = this.additive();
    const t = this.peek();
    const isIn = t.t === 'ident' && t.value === 'in';
    if ((t.t === 'op' && RELATIONS.has(t.value)) || isIn) {
      this.next();
      const right = this.additive();
      left = { kind: 'binary', op: (isIn ? 'in' : t.value) as BinaryOp, left, right, start: left.start, end: right.end };
      const n = this.peek();
      if ((n.t === 'op' && RELATIONS.has(n.value)) || (n.t === 'ident' && n.value === 'in')) {
        throw new ExprSyntaxError(n.start, bi('比较运算不能连写，请用 && 连接', 'comparisons cannot be chained; join them with &&'));
      }
    }
    return left;
  }
  private additive(): Expr {
    return this.binaryLevel(['+', '-'], () => this.multiplicative());
  }
  private multiplicative(): Expr {
    return this.binaryLevel(['*', '/'], () => this.unary());
  }
  private unary(): Expr {
    const t = this.peek();
    if (t.t === 'op' && (t.value === '!' || t.value === '-')) {
      this.next();
      this.enter(t.start);
      const arg = this.unary();
      this.depth--;
      return { kind: 'unary', op: t.value, arg, start: t.start, end: arg.end };
    }
    return this.primary();
  }
  private primary(): Expr {
    const t = this.next();
    switch (t.t) {
      case 'num':
        return { kind: 'num', value: t.value, start: t.start, end: t.end };
      case 'str':
        return { kind: 'str', value: t.value, start: t.start, end: t.end };
      case 'ident': {
        if (t.value === 'true' || t.value === 'false') return { kind: 'bool', value: t.value === 'true', start: t.start, end: t.end };
        if (t.value === 'in') throw new ExprSyntaxError(t.start, bi('「in」前缺少左侧表达式', "'in' needs a left-hand side"));
        if (this.isOp('(')) {
          this.next();
          const args = this.items(')');
          const close = this.expectOp(')');
          return { kind: 'call', fn: t.value, args, start: t.start, end: close.end };
        }
        return { kind: 'ident', name: t.value, start: t.start, end: t.end };
      }
      case 'op':
        if (t.value === '(') {
          const inner = this.expression();
          const close = this.expectOp(')');
          return { ...inner, start: t.start, end: close.end };
        }
        if (t.value === '[') {
          const items = this.items(']');
          const close = this.expectOp(']');
          return { kind: 'list', items, start: t.start, end: close.end };
        }
        throw new ExprSyntaxError(t.start, bi(`此处不能出现「${t.value}」`, `unexpected '${t.value}'`));
      case 'eof':
        throw new ExprSyntaxError(t.start, bi('表达式不完整', 'unexpected end of expression'));
    }
  }
  private items(close: string): Expr[] {
    const items: Expr[] = [];
    if (this.isOp(close)) return items;
    for (;;) {
      items.push(this.expression());
      if (!this.isOp(',')) return items;
      this.next();
    }
  }
}

function describe(t: Token): string {
  return t.t === 'eof' ? '表达式结尾' : `「${t.t === 'num' ? '数字' : t.t === 'str' ? `'${t.value}'` : String(t.value)}」`;
}
function describeEn(t: Token): string {
  return t.t === 'eof' ? 'the end of the expression' : t.t === 'num' ? 'a number' : `'${String(t.value)}'`;
}
