import type { Num } from '@huiqi/kernel';

/** Syntax tree of the condition language. `start`/`end` are offsets into the source text. */
export type Expr =
  | { kind: 'num'; value: Num; start: number; end: number }
  | { kind: 'str'; value: string; start: number; end: number }
  | { kind: 'bool'; value: boolean; start: number; end: number }
  | { kind: 'list'; items: Expr[]; start: number; end: number }
  | { kind: 'ident'; name: string; start: number; end: number }
  | { kind: 'call'; fn: string; args: Expr[]; start: number; end: number }
  | { kind: 'unary'; op: '!' | '-'; arg: Expr; start: number; end: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; start: number; end: number }
  | { kind: 'cond'; test: Expr; then: Expr; else: Expr; start: number; end: number };

export type BinaryOp = '&&' | '||' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/';

/** Limits that keep hostile input bounded: parsing is linear and recursion is capped. */
export const MAX_SOURCE_LENGTH = 4000;
export const MAX_DEPTH = 48;
