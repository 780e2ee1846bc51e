import type { Num, PlainDate } from '@huiqi/kernel';
import type { FactField, Unit } from '../fact-schema';

export type Type = 'number' | 'bool' | 'string' | 'date' | 'list<string>' | 'list<number>';

/** Static information the checker attaches to every node. */
export interface Typed {
  type: Type;
  /** Physical unit where known (fen, ratio, people …); used for formatting and unit sanity. */
  unit?: Unit;
  /** True when the value is always an integer (required for amounts in fen). */
  integral: boolean;
  /** Allowed codes for string values (enumerations from the fact schema). */
  values?: readonly string[];
}

/** A runtime value. `UNKNOWN` is the third truth value and the value of anything depending on a missing fact. */
export const UNKNOWN: unique symbol = Symbol('UNKNOWN');
export type Unknown = typeof UNKNOWN;
export type Value = Num | boolean | string | PlainDate | readonly string[] | readonly Num[] | Unknown;

export type BuiltinFn = 'min' | 'max' | 'round' | 'floor' | 'ceil' | 'days_between' | 'size' | 'yuan' | 'wan_yuan';

interface Base {
  start: number;
  end: number;
  ty: Typed;
}

/** The checked syntax tree: names resolved, types known. Plans and traces are built from this only. */
export type CNode =
  | (Base & { k: 'const'; value: Value })
  | (Base & { k: 'fact'; name: string; field: FactField })
  | (Base & { k: 'has'; name: string })
  | (Base & { k: 'var'; name: string })
  | (Base & { k: 'param'; path: string })
  | (Base & { k: 'asOf' })
  | (Base & { k: 'sizeClass' })
  | (Base & { k: 'call'; fn: BuiltinFn; args: CNode[] })
  | (Base & { k: 'not'; arg: CNode })
  | (Base & { k: 'neg'; arg: CNode })
  | (Base & { k: 'and' | 'or'; left: CNode; right: CNode })
  | (Base & { k: 'cmp'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: CNode; right: CNode })
  | (Base & { k: 'in'; left: CNode; right: CNode })
  | (Base & { k: 'arith'; op: '+' | '-' | '*' | '/'; left: CNode; right: CNode })
  | (Base & { k: 'cond'; test: CNode; then: CNode; else: CNode })
  | (Base & { k: 'list'; items: CNode[] });

/** What the checker can resolve names against. */
export interface CheckEnv {
  fact(name: string): FactField | undefined;
  variable(name: string): Typed | undefined;
  param(path: string): Typed | undefined;
}
