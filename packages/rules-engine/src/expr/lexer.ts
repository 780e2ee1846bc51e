import { bi, parseExact, type Num } from '@huiqi/kernel';
import { ExprSyntaxError } from './parse-error';

export type Token =
  | { t: 'num'; value: Num; start: number; end: number }
  | { t: 'str'; value: string; start: number; end: number }
  | { t: 'ident'; value: string; start: number; end: number }
  | { t: 'op'; value: string; start: number; end: number }
  | { t: 'eof'; value: ''; start: number; end: number };

const OPS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '!', '?', ':', '(', ')', '[', ']', ','];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Hand-written lexer: one pass, no regular expressions over the whole input, no backtracking. */
export function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < src.length && isDigit(src.charCodeAt(i))) i++;
      if (src[i] === '.' && isDigit(src.charCodeAt(i + 1))) {
        i++;
        while (i < src.length && isDigit(src.charCodeAt(i))) i++;
      }
      if (i < src.length && isIdentStart(src.charCodeAt(i))) {
        throw new ExprSyntaxError(i, bi(`数字后不能紧跟字母「${src[i]}」`, `a number cannot be followed by the letter '${src[i]}'`));
      }
      const value = parseExact(src.slice(start, i));
      if (value === null) throw new ExprSyntaxError(start, bi('数字过长', 'number literal too long'));
      out.push({ t: 'num', value, start, end: i });
      continue;
    }
    if (isIdentStart(c)) {
      while (i < src.length && (isIdentStart(src.charCodeAt(i)) || isDigit(src.charCodeAt(i)))) i++;
      out.push({ t: 'ident', value: src.slice(start, i), start, end: i });
      continue;
    }
    if (c === 39 || c === 34) {
      const quote = src[i];
      i++;
      let value = '';
      for (;;) {
        if (i >= src.length) throw new ExprSyntaxError(start, bi('字符串缺少结束引号', 'unterminated string literal'));
        const ch = src[i]!;
        if (ch === quote) {
          i++;
          break;
        }
        if (ch === '\n') throw new ExprSyntaxError(i, bi('字符串不能跨行', 'string literal cannot span lines'));
        if (ch === '\\') {
          const next = src[i + 1];
          if (next === '\\' || next === "'" || next === '"') value += next;
          else if (next === 'n') value += '\n';
          else throw new ExprSyntaxError(i, bi('不支持的转义序列', `unsupported escape sequence '\\${next ?? ''}'`));
          i += 2;
          continue;
        }
        value += ch;
        i++;
      }
      out.push({ t: 'str', value, start, end: i });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) {
      throw new ExprSyntaxError(i, bi(`无法识别的字符「${src[i]}」`, `unexpected character '${src[i]}'`));
    }
    i += op.length;
    out.push({ t: 'op', value: op, start, end: i });
  }
  out.push({ t: 'eof', value: '', start: src.length, end: src.length });
  return out;
}
