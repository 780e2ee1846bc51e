/** What a worker returns for one partition: counts per policy × status and the outcome codes. */
export interface PartitionOutcome {
  runId: string;
  from: number;
  to: number;
  policyIds: string[];
  /** Policy-major outcome codes: policy p, row from + i at p·(to − from) + i (see outcome-code.ts). */
  codes: Uint8Array;
  /** Per policy: NOT_IN_FORCE, ELIGIBLE, UNKNOWN, INELIGIBLE counts. */
  counts: Float64Array;
  /** Rows re-decided by the exact row-wise closures because a float comparison was too close. */
  exactRechecks: number;
  timings: { loadMs: number; compileMs: number; evalMs: number };
  /** Peak resident set size of the process that evaluated the partition, in bytes. */
  maxRssBytes: number;
}

/**
 * The results sink port: the db layer implements it (a COPY into a partitioned outcome table,
 * keyed by run, policy version and enterprise). Writing the same partition of the same run twice
 * must leave one copy (upsert by runId + range), so a retried job is harmless.
 */
export interface MatchSink {
  writePartition(p: PartitionOutcome): Promise<void>;
  /** Ranges already written for a run (to resume an interrupted run). */
  writtenRanges(runId: string): Promise<{ from: number; to: number }[]>;
}

/** An in-memory sink for tests and benchmarks; `keepCodes: false` keeps only the counts. */
export class MemorySink implements MatchSink {
  readonly partitions = new Map<string, PartitionOutcome>();
  constructor(private readonly opts: { keepCodes?: boolean } = {}) {}

  async writePartition(p: PartitionOutcome): Promise<void> {
    const kept = this.opts.keepCodes === false ? { ...p, codes: new Uint8Array(0) } : p;
    this.partitions.set(`${p.runId}:${p.from}-${p.to}`, kept);
  }

  async writtenRanges(runId: string): Promise<{ from: number; to: number }[]> {
    return [...this.partitions.values()].filter((p) => p.runId === runId).map((p) => ({ from: p.from, to: p.to })).sort((a, b) => a.from - b.from);
  }

  /** Total counts per policy across the partitions of a run. */
  totals(runId: string): Map<string, { NOT_IN_FORCE: number; ELIGIBLE: number; UNKNOWN: number; INELIGIBLE: number }> {
    const out = new Map<string, { NOT_IN_FORCE: number; ELIGIBLE: number; UNKNOWN: number; INELIGIBLE: number }>();
    for (const p of this.partitions.values()) {
      if (p.runId !== runId) continue;
      p.policyIds.forEach((id, i) => {
        const t = out.get(id) ?? { NOT_IN_FORCE: 0, ELIGIBLE: 0, UNKNOWN: 0, INELIGIBLE: 0 };
        t.NOT_IN_FORCE += p.counts[i * 4]!;
        t.ELIGIBLE += p.counts[i * 4 + 1]!;
        t.UNKNOWN += p.counts[i * 4 + 2]!;
        t.INELIGIBLE += p.counts[i * 4 + 3]!;
        out.set(id, t);
      });
    }
    return out;
  }
}
