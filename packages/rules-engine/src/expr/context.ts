import type { PlainDate } from '@huiqi/kernel';
import type { ResolvedParam } from '../params/param-store';
import type { Value } from './types';

/** A fact value as the engine holds it: numbers exact, money in fen, dates as PlainDate. */
export type Facts = Readonly<Record<string, Value | undefined>>;

/**
 * Everything an evaluation reads. The driver builds one per (enterprise, date, jurisdiction);
 * `missing` collects names of facts that were needed but absent.
 */
export interface EvalContext {
  readonly facts: Facts;
  readonly asOf: PlainDate;
  param(path: string): ResolvedParam | null;
  variable(name: string): Value;
  sizeClass(): Value;
  readonly missing: string[];
}
