import { err, ok, type Result } from '@huiqi/kernel';
import type { CandidateColumns } from './candidate-columns';
import { inspectionError, type InspectionError } from './inspection-error';
import { digestHex, prefixedSha256 } from './prefixed-sha256';
import { parseSamplingRatio, sampleSize, type SamplingRatio } from './sampling-ratio';

/** One ratio for every stratum, or one per stratum. */
export type RatioSpec = { ratio: unknown } | { ratios: Readonly<Record<string, unknown>> };

export interface DrawnTarget {
  uscc: string;
  stratum: string;
  /** 1-based rank within the stratum. */
  rank: number;
  /** Lowercase hex SHA-256 of SEED + ":" + USCC. */
  digest: string;
}

export interface StratumDraw {
  stratum: string;
  candidates: number;
  ratio: string;
  /** ⌈ratio × candidates⌉ */
  drawn: number;
}

export interface DrawResult {
  strata: StratumDraw[];
  selected: DrawnTarget[];
}

/** A drawn target with its row in the columns it was drawn from. */
export interface DrawnRow extends DrawnTarget {
  row: number;
}

/** The stratum of a candidate that names none (allowed only with one ratio for all). */
export const DEFAULT_STRATUM = '全部';

/** Buckets of the first digest word per stratum for the selection (the top 12 bits). */
const BUCKET_BITS = 12;
const BUCKETS = 1 << BUCKET_BITS;

/**
 * The ratio of each stratum (by number), checked: a ratio outside [0, 1], NaN or not a number is
 * refused naming the stratum; so is a stratum without a ratio, and a bad ratio given for a stratum
 * that has no candidates.
 */
export function resolveRatios(strata: readonly string[], present: readonly boolean[], spec: RatioSpec): Result<SamplingRatio[], InspectionError[]> {
  const errors: InspectionError[] = [];
  const ratios: SamplingRatio[] = [];
  let anyPresent = false;
  strata.forEach((name, id) => {
    const given = 'ratio' in spec ? spec.ratio : Object.prototype.hasOwnProperty.call(spec.ratios, name) ? spec.ratios[name] : undefined;
    if (!present[id] && !('ratios' in spec && given !== undefined)) return;
    anyPresent ||= present[id]!;
    if (given === undefined && 'ratios' in spec) {
      errors.push(inspectionError('RATIO_MISSING', `层级「${name}」没有抽查比例`, `no sampling ratio for stratum "${name}"`, { stratum: name }));
      return;
    }
    const r = parseSamplingRatio(given, name);
    if (!r.ok) errors.push(r.error);
    else ratios[id] = r.value;
  });
  if ('ratios' in spec)
    for (const [name, value] of Object.entries(spec.ratios)) {
      // A ratio for a stratum without candidates is still checked: a typo in it must not pass silently.
      if (!strata.includes(name)) {
        const r = parseSamplingRatio(value, name);
        if (!r.ok) errors.push(r.error);
      }
    }
  if ('ratio' in spec && !anyPresent) {
    const r = parseSamplingRatio(spec.ratio, DEFAULT_STRATUM);
    if (!r.ok) errors.push(r.error);
  }
  return errors.length > 0 ? err(errors) : ok(ratios);
}

/**
 * 双随机 over columns — the documented draw (rank each stratum's candidates by the lowercase hex
 * SHA-256 of SEED + ":" + USCC, ascending; take ⌈ratio × n⌉) as two passes over typed arrays:
 *
 * 1. every key's first digest word (`firstWords`: one SHA-256 block from the seed's midstate,
 *    no string or object per candidate), counted per stratum into 4 096 buckets of its top bits;
 * 2. per stratum the bucket where its quota is reached; only candidates up to that bucket (the
 *    quota plus about n / 4 096) are collected and sorted — no sort of the whole population.
 *
 * Equal first words are ordered by the whole digest, which is the hex order. Keys must be
 * distinct (see `CandidateColumns`). Output: strata in code-unit order of their names, each by rank.
 */
export function drawColumns(seed: string, cols: CandidateColumns, spec: RatioSpec): Result<{ strata: StratumDraw[]; selected: DrawnRow[] }, InspectionError[]> {
  if (typeof seed !== 'string' || seed.length === 0) return err([inspectionError('SEED_INVALID', '随机种子不能为空', 'the random seed must not be empty')]);
  const n = cols.count;
  const S = cols.strata.length;
  const { stratumOf, keyBytes, keyOffsets } = cols;

  const first = new Uint32Array(n);
  const hasher = prefixedSha256(`${seed}:`);
  hasher.firstWords(keyBytes, keyOffsets, n, first);

  const histogram = new Uint32Array(S * BUCKETS);
  const counts = new Array<number>(S).fill(0);
  for (let i = 0; i < n; i++) {
    const s = stratumOf[i]!;
    if (s >= S) continue;
    histogram[s * BUCKETS + (first[i]! >>> (32 - BUCKET_BITS))]!++;
    counts[s]!++;
  }
  const ratios = resolveRatios(cols.strata, counts.map((c) => c > 0), spec);
  if (!ratios.ok) return ratios;
  const quota = counts.map((c, s) => (c > 0 ? sampleSize(ratios.value[s]!, c) : 0));

  // The last bucket each stratum needs, and how many candidates lie up to it.
  const lastBucket = new Int32Array(S).fill(-1);
  const pooled = new Array<number>(S).fill(0);
  for (let s = 0; s < S; s++) {
    if (quota[s] === 0) continue;
    let sum = 0;
    let b = 0;
    for (; b < BUCKETS; b++) {
      sum += histogram[s * BUCKETS + b]!;
      if (sum >= quota[s]!) break;
    }
    lastBucket[s] = b;
    pooled[s] = sum;
  }
  const pools = pooled.map((size) => new Uint32Array(size));
  const filled = new Array<number>(S).fill(0);
  for (let i = 0; i < n; i++) {
    const s = stratumOf[i]!;
    if (s >= S || first[i]! >>> (32 - BUCKET_BITS) > lastBucket[s]!) continue;
    pools[s]![filled[s]!++] = i;
  }

  const words = new Uint32Array(8);
  const digestOf = (i: number) => {
    hasher.digestBytesInto(keyBytes, keyOffsets[i]!, keyOffsets[i + 1]!, words, 0);
    return digestHex(words, 0);
  };
  const order = cols.strata.map((_, s) => s).sort((a, b) => compareStrings(cols.strata[a]!, cols.strata[b]!));
  const strata: StratumDraw[] = [];
  const selected: DrawnRow[] = [];
  const decoder = new TextDecoder();
  for (const s of order) {
    if (counts[s] === 0) continue;
    strata.push({ stratum: cols.strata[s]!, candidates: counts[s]!, ratio: ratios.value[s]!.text, drawn: quota[s]! });
    const pool = rankPool(pools[s]!, first, digestOf);
    for (let k = 0; k < quota[s]!; k++) {
      const row = pool[k]!;
      selected.push({ row, uscc: decoder.decode(keyBytes.subarray(keyOffsets[row]!, keyOffsets[row + 1]!)), stratum: cols.strata[s]!, rank: k + 1, digest: digestOf(row) });
    }
  }
  return ok({ strata, selected });
}

/** Rows ordered by first word, runs of equal first words by the whole hex digest. */
function rankPool(pool: Uint32Array, first: Uint32Array, digestOf: (i: number) => string): Uint32Array {
  const keys = new BigUint64Array(pool.length);
  for (let k = 0; k < pool.length; k++) keys[k] = (BigInt(first[pool[k]!]!) << 32n) | BigInt(pool[k]!);
  keys.sort();
  const out = new Uint32Array(pool.length);
  for (let k = 0; k < pool.length; k++) out[k] = Number(keys[k]! & 0xffffffffn);
  for (let start = 0; start < out.length; ) {
    let end = start + 1;
    while (end < out.length && first[out[end]!] === first[out[start]!]) end++;
    if (end - start > 1) {
      const run = Array.from(out.subarray(start, end));
      const digests = new Map(run.map((i) => [i, digestOf(i)]));
      run.sort((a, b) => compareStrings(digests.get(a)!, digests.get(b)!) || a - b);
      out.set(run, start);
    }
    start = end;
  }
  return out;
}

/** UTF-16 code-unit order (for hex digests and ASCII names the same as `LC_ALL=C sort`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
