import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseExpr } from './parser';
import { MAX_DEPTH, MAX_SOURCE_LENGTH, type Expr } from './ast';

function show(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return 'n';
    case 'str':
      return `'${e.value}'`;
    case 'bool':
      return String(e.value);
    case 'ident':
      return e.name;
    case 'list':
      return `[${e.items.map(show).join(',')}]`;
    case 'call':
      return `${e.fn}(${e.args.map(show).join(',')})`;
    case 'unary':
      return `(${e.op}${show(e.arg)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'cond':
      return `(${show(e.test)} ? ${show(e.then)} : ${show(e.else)})`;
  }
}

const parsed = (s: string) => {
  const r = parseExpr(s);
  if (!r.ok) throw new Error(r.error.message.en);
  return show(r.value);
};

describe('parseExpr', () => {
  it('follows CEL precedence: || < && < relations < + < * < unary', () => {
    expect(parsed('a || b && c')).toBe('(a || (b && c))');
    expect(parsed('a + b * c >= d - 1')).toBe('((a + (b * c)) >= (d - n))');
    expect(parsed('!a && -b < c')).toBe('((!a) && ((-b) < c))');
    expect(parsed("'SPECIALIZED' in tags")).toBe("('SPECIALIZED' in tags)");
    expect(parsed("size_class() in ['small', 'micro']")).toBe("(size_class() in ['small','micro'])");
    expect(parsed('a ? b : c ? d : e')).toBe('(a ? b : (c ? d : e))');
    expect(parsed("employees >= 20 && revenue >= param('sme.size.small')")).toBe("((employees >= n) && (revenue >= param('sme.size.small')))");
  });

  it('keeps source offsets so errors and traces can point into the text', () => {
    const r = parseExpr('  rdExpense / revenue');
    expect(r.ok && r.value.start).toBe(2);
    expect(r.ok && r.value.end).toBe(21);
  });

  it('reports located errors in both languages', () => {
    const r = parseExpr('a >=\n  (b + )');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.line).toBe(2);
      expect(r.error.column).toBe(8);
      expect(r.error.message.zh).toContain('「)」');
      expect(r.error.message.en).toContain("')'");
    }
  });

  it('rejects chained comparisons, unterminated strings and stray characters', () => {
    for (const bad of ['a < b < c', "'abc", 'a = b', 'a.b', 'a;b', '1abc', 'f(,)', 'a ? b', '', '[1, 2']) {
      expect(parseExpr(bad).ok, bad).toBe(false);
    }
  });

  it('never executes anything: JavaScript-looking input is only text', () => {
    for (const js of ['process.exit(1)', 'globalThis.x = 1', '(() => 1)()', '`${x}`', 'constructor.constructor("return 1")()']) {
      expect(parseExpr(js).ok, js).toBe(false);
    }
    // A syntactically valid call is just a tree; the checker rejects unknown functions later.
    for (const src of ['eval(x)', 'require("fs")']) {
      const r = parseExpr(src);
      expect(r.ok && r.value.kind).toBe('call');
    }
  });

  it('caps nesting depth and input length with a located error instead of a stack overflow', () => {
    const deep = '('.repeat(10_000) + 'a' + ')'.repeat(10_000);
    const r = parseExpr(deep);
    expect(r.ok).toBe(false);
    const nested = `${'!'.repeat(MAX_DEPTH + 5)}a`;
    expect(parseExpr(nested).ok).toBe(false);
    expect(parseExpr('a + '.repeat(MAX_SOURCE_LENGTH)).ok).toBe(false);
    expect(parseExpr(`${'('.repeat(MAX_DEPTH - 2)}a${')'.repeat(MAX_DEPTH - 2)}`).ok).toBe(true);
  });

  it('fuzz: random text never throws, always answers, and errors point inside the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseExpr(s);
        if (!r.ok) {
          expect(r.error.offset).toBeGreaterThanOrEqual(0);
          expect(r.error.offset).toBeLessThanOrEqual(s.length);
          expect(r.error.message.zh.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('fuzz: token soup from the language alphabet never throws and stays fast', () => {
    const token = fc.constantFrom('a', 'b1', '1', '2.5', "'x'", '(', ')', '[', ']', ',', '&&', '||', '!', '-', '+', '*', '/', '<', '<=', '==', '!=', '?', ':', 'in', 'true', 'f(', ' ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 400 }), (toks) => {
        const s = toks.join(' ');
        const t0 = performance.now();
        parseExpr(s);
        expect(performance.now() - t0).toBeLessThan(200);
      }),
      { numRuns: 2000 },
    );
  });
});
