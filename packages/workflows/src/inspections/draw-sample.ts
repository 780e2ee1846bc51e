import { err, ok, type Result } from '@huiqi/kernel';
import { columnsOfCandidates } from './candidate-columns';
import { drawColumns, type DrawResult, type RatioSpec } from './draw-columns';
import { inspectionError, type InspectionError } from './inspection-error';

export { compareStrings, DEFAULT_STRATUM, type DrawnTarget, type DrawResult, type RatioSpec, type StratumDraw } from './draw-columns';

/**
 * 双随机 — the verifiable draw of inspection targets (issue 15). The algorithm is fixed and public:
 *
 *   for each stratum, rank its candidates by the lowercase hex SHA-256 of SEED + ":" + USCC
 *   (UTF-8), ascending, and take the first ⌈ratio × candidates⌉.
 *
 * Anyone holding the published seed and the candidate list can recompute the draw with any
 * SHA-256 tool (`testing/reference-draw.ts` is that recomputation, written the obvious way; the
 * property test holds this path to it). The seed's digest is published before the draw, so the
 * department cannot choose a seed after seeing who it selects.
 *
 * This is the entry for a list (the CLI, the API's frozen candidate list): it checks the list and
 * turns it into columns for `drawColumns`, the pass a registry-sized draw runs.
 * Output order: strata in UTF-16 code-unit order of their names, each stratum's targets by rank.
 * Refused: an empty seed, a ratio outside [0, 1] or missing for a stratum (the stratum is named),
 * an empty USCC or stratum, and a USCC listed twice (an enterprise belongs to one stratum).
 */
export interface DrawCandidate {
  uscc: string;
  stratum: string;
}

export function drawSample(seed: string, candidates: readonly DrawCandidate[], spec: RatioSpec): Result<DrawResult, InspectionError[]> {
  if (typeof seed !== 'string' || seed.length === 0) return err([inspectionError('SEED_INVALID', '随机种子不能为空', 'the random seed must not be empty')]);
  const cols = columnsOfCandidates(candidates);
  if (!cols.ok) return cols;
  const drawn = drawColumns(seed, cols.value, spec);
  if (!drawn.ok) return drawn;
  return ok({ strata: drawn.value.strata, selected: drawn.value.selected.map(({ uscc, stratum, rank, digest }) => ({ uscc, stratum, rank, digest })) });
}
