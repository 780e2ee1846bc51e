import { err, ok, type Result } from '@huiqi/kernel';
import { inspectionError, type InspectionError } from './inspection-error';
import { digestHex, prefixedSha256 } from './prefixed-sha256';
import { parseSamplingRatio, sampleSize, type SamplingRatio } from './sampling-ratio';

/**
 * 双随机 — the verifiable draw of inspection targets (issue 15). The algorithm is fixed and public:
 *
 *   for each stratum, rank its candidates by the lowercase hex SHA-256 of SEED + ":" + USCC
 *   (UTF-8), ascending, and take the first ⌈ratio × candidates⌉.
 *
 * Anyone holding the published seed and the candidate list can recompute the draw with any
 * SHA-256 tool (`testing/reference-draw.ts` is that recomputation, written the obvious way; the
 * property test holds this fast path to it). The seed's digest is published before the draw, so the
 * department cannot choose a seed after seeing who it selects.
 *
 * Output order: strata in UTF-16 code-unit order of their names, each stratum's targets by rank.
 * Refused: an empty seed, a ratio outside [0, 1] or missing for a stratum (the stratum is named),
 * an empty USCC or stratum, and a USCC listed twice (an enterprise belongs to one stratum).
 */
export interface DrawCandidate {
  uscc: string;
  stratum: string;
}

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

/** The stratum of a candidate that names none (allowed only with one ratio for all). */
export const DEFAULT_STRATUM = '全部';

const isLittleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function drawSample(seed: string, candidates: readonly DrawCandidate[], spec: RatioSpec): Result<DrawResult, InspectionError[]> {
  if (typeof seed !== 'string' || seed.length === 0) return err([inspectionError('SEED_INVALID', '随机种子不能为空', 'the random seed must not be empty')]);
  const n = candidates.length;

  // Strata: ids by first appearance, counts, ratios.
  const strataIds = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const stratumOf = new Int32Array(n);
  const errors: InspectionError[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (typeof c.uscc !== 'string' || c.uscc.length === 0 || typeof c.stratum !== 'string' || c.stratum.length === 0) {
      errors.push(inspectionError('CANDIDATE_INVALID', `第 ${i + 1} 个候选对象缺少统一社会信用代码或层级`, `candidate ${i + 1} lacks a USCC or a stratum`, { index: i }));
      if (errors.length >= 20) return err(errors);
      continue;
    }
    let id = strataIds.get(c.stratum);
    if (id === undefined) {
      id = names.length;
      strataIds.set(c.stratum, id);
      names.push(c.stratum);
      counts.push(0);
    }
    stratumOf[i] = id;
    counts[id]!++;
  }
  if (errors.length > 0) return err(errors);

  const ratios: SamplingRatio[] = [];
  for (const name of names) {
    const given = 'ratio' in spec ? spec.ratio : Object.prototype.hasOwnProperty.call(spec.ratios, name) ? spec.ratios[name] : undefined;
    if (given === undefined && 'ratios' in spec) {
      errors.push(inspectionError('RATIO_MISSING', `层级「${name}」没有抽查比例`, `no sampling ratio for stratum "${name}"`, { stratum: name }));
      continue;
    }
    const r = parseSamplingRatio(given, name);
    if (!r.ok) errors.push(r.error);
    else ratios.push(r.value);
  }
  if ('ratios' in spec)
    for (const [name, value] of Object.entries(spec.ratios)) {
      // A ratio for a stratum without candidates is still checked: a typo in it must not pass silently.
      if (!strataIds.has(name)) {
        const r = parseSamplingRatio(value, name);
        if (!r.ok) errors.push(r.error);
      }
    }
  if ('ratio' in spec && names.length === 0) {
    const r = parseSamplingRatio(spec.ratio, DEFAULT_STRATUM);
    if (!r.ok) errors.push(r.error);
  }
  if (errors.length > 0) return err(errors);
  const quota = names.map((_, id) => sampleSize(ratios[id]!, counts[id]!));

  // Keys: high word = the digest's first 32 bits, low word = the candidate's index; one native sort.
  const hasher = prefixedSha256(`${seed}:`);
  const scratch = new Uint32Array(8);
  const keys = new BigUint64Array(n);
  const halves = new Uint32Array(keys.buffer);
  for (let i = 0; i < n; i++) {
    hasher.digestInto(candidates[i]!.uscc, scratch, 0);
    if (isLittleEndian) {
      halves[2 * i] = i;
      halves[2 * i + 1] = scratch[0]!;
    } else keys[i] = (BigInt(scratch[0]!) << 32n) | BigInt(i);
  }
  keys.sort();

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = isLittleEndian ? halves[2 * i]! : Number(keys[i]! & 0xffffffffn);
  // Equal first words (about n²/2³³ pairs: hundreds in a city) are ordered by the whole digest.
  const firstWord = (i: number) => (isLittleEndian ? halves[2 * i + 1]! : Number(keys[i]! >> 32n));
  const duplicates: InspectionError[] = [];
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && firstWord(end) === firstWord(start)) end++;
    if (end - start > 1) {
      const run = Array.from(order.subarray(start, end));
      const digests = new Map(run.map((i) => [i, fullDigest(hasher, candidates[i]!.uscc)]));
      run.sort((a, b) => compareStrings(digests.get(a)!, digests.get(b)!) || a - b);
      for (let k = 1; k < run.length; k++) {
        const a = run[k - 1]!, b = run[k]!;
        if (candidates[a]!.uscc === candidates[b]!.uscc)
          duplicates.push(
            inspectionError('CANDIDATE_DUPLICATE', `统一社会信用代码 ${candidates[b]!.uscc} 在候选名单中出现了两次（第 ${a + 1} 和第 ${b + 1} 个）`, `USCC ${candidates[b]!.uscc} appears twice among the candidates (numbers ${a + 1} and ${b + 1})`, {
              uscc: candidates[b]!.uscc,
              indexes: [a, b],
            }),
          );
      }
      order.set(run, start);
    }
    start = end;
  }
  if (duplicates.length > 0) return err(duplicates.slice(0, 20));

  const taken = new Array<number>(names.length).fill(0);
  const perStratum: DrawnTarget[][] = names.map(() => []);
  let remaining = quota.reduce((a, b) => a + b, 0);
  for (let k = 0; k < n && remaining > 0; k++) {
    const i = order[k]!;
    const s = stratumOf[i]!;
    if (taken[s]! < quota[s]!) {
      taken[s]!++;
      remaining--;
      const uscc = candidates[i]!.uscc;
      perStratum[s]!.push({ uscc, stratum: names[s]!, rank: taken[s]!, digest: fullDigest(hasher, uscc) });
    }
  }

  const sortedIds = names.map((_, id) => id).sort((a, b) => compareStrings(names[a]!, names[b]!));
  return ok({
    strata: sortedIds.map((id) => ({ stratum: names[id]!, candidates: counts[id]!, ratio: ratios[id]!.text, drawn: quota[id]! })),
    selected: sortedIds.flatMap((id) => perStratum[id]!),
  });
}

const digestWords = new Uint32Array(8);
function fullDigest(hasher: ReturnType<typeof prefixedSha256>, uscc: string): string {
  hasher.digestInto(uscc, digestWords, 0);
  return digestHex(digestWords, 0);
}

/** UTF-16 code-unit order (for hex digests and ASCII names the same as `LC_ALL=C sort`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
