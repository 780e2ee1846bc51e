import type { PlainDate } from '@huiqi/kernel';

/** Which policies a run evaluates: the rule base as loaded from `rules/`, plus generated ones (benchmarks). */
export type PolicySource =
  | { kind: 'RULES'; rulesDir?: string }
  | { kind: 'SYNTHETIC'; count: number; seed: number; withRules: boolean };

/**
 * One partition of a matching run, serialisable as JSON so a queue (pg-boss on PostgreSQL) can
 * hand it to a worker on any machine: rows [from, to) of the population file, evaluated against
 * the listed policy versions on `date`. Running a job twice gives the same outcomes (idempotent).
 */
export interface MatchJob {
  runId: string;
  /** Path of the columnar population file as the worker sees it. */
  file: string;
  from: number;
  to: number;
  /** Policy id and the `from` date of the version in force (null: none in force): the run is pinned to these versions. */
  policyVersions: { id: string; from: PlainDate | null }[];
  date: PlainDate;
  policySource: PolicySource;
  chunkSize?: number;
}

/** Splits rows [0, rowCount) into partitions of at most `size` rows. */
export function partitionRange(rowCount: number, size: number): { from: number; to: number }[] {
  if (!Number.isSafeInteger(rowCount) || rowCount < 0) throw new RangeError(`行数须为非负整数 / row count must be a non-negative integer, got ${rowCount}`);
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`分区大小须为正整数 / partition size must be a positive integer, got ${size}`);
  const out: { from: number; to: number }[] = [];
  for (let from = 0; from < rowCount; from += size) out.push({ from, to: Math.min(rowCount, from + size) });
  return out;
}
