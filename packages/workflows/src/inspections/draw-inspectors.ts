import { err, ok, type Result } from '@huiqi/kernel';
import { compareStrings } from './draw-sample';
import { inspectionError, type InspectionError } from './inspection-error';
import { digestHex, prefixedSha256 } from './prefixed-sha256';

/**
 * 双随机 — the second random: inspectors for one drawn target, from the department's roster
 * (执法检查人员名录库). Ranked like targets, by the lowercase hex SHA-256 of
 * SEED + ":" + USCC + ":" + inspector id, ascending; an inspector who declared a conflict of
 * interest with the target is recused (skipped) before ranking; the first `count` are assigned.
 * At least two inspectors per target (行政执法 by two certified officers; facts §6.1); fewer
 * eligible inspectors than needed is refused naming the target.
 */
export interface RosterInspector {
  id: string;
  /** USCCs of enterprises this inspector declared a conflict with. */
  conflicts?: readonly string[];
}

export interface DrawnInspector {
  id: string;
  rank: number;
  digest: string;
}

export interface InspectorDraw {
  uscc: string;
  inspectors: DrawnInspector[];
  /** Ids skipped for a declared conflict with this target. */
  recused: string[];
}

export const MIN_INSPECTORS_PER_TARGET = 2;

export function drawInspectors(seed: string, uscc: string, roster: readonly RosterInspector[], count = MIN_INSPECTORS_PER_TARGET): Result<InspectorDraw, InspectionError> {
  if (seed.length === 0) return err(inspectionError('SEED_INVALID', '随机种子不能为空', 'the random seed must not be empty'));
  const seen = new Set<string>();
  for (const r of roster) {
    if (seen.has(r.id)) return err(inspectionError('INSPECTOR_DUPLICATE', `检查人员 ${r.id} 在名录中出现了两次`, `inspector ${r.id} is listed twice in the roster`, { inspector: r.id }));
    seen.add(r.id);
  }
  const needed = Math.max(count, MIN_INSPECTORS_PER_TARGET);
  const recused = roster.filter((r) => r.conflicts?.includes(uscc)).map((r) => r.id);
  const hasher = prefixedSha256(`${seed}:${uscc}:`);
  const words = new Uint32Array(8);
  const ranked = roster
    .filter((r) => !r.conflicts?.includes(uscc))
    .map((r) => {
      hasher.digestInto(r.id, words, 0);
      return { id: r.id, digest: digestHex(words, 0) };
    })
    .sort((a, b) => compareStrings(a.digest, b.digest));
  if (ranked.length < needed)
    return err(
      inspectionError(
        'TOO_FEW_INSPECTORS',
        `检查对象 ${uscc} 需要至少 ${needed} 名检查人员，回避后只剩 ${ranked.length} 名`,
        `target ${uscc} needs at least ${needed} inspectors; only ${ranked.length} remain after recusals`,
        { uscc, needed, available: ranked.length, recused },
      ),
    );
  return ok({ uscc, inspectors: ranked.slice(0, needed).map((x, i) => ({ ...x, rank: i + 1 })), recused });
}
