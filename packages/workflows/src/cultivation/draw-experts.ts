import { drawInspectors } from '../inspections/draw-inspectors';
import type { PoolExpert } from './action';
import type { RecognitionApplication } from './recognition';
import { recognitionError, type RecognitionError } from './recognition-error';

export interface ExpertDraw {
  assigned: { id: string; rank: number; digest: string }[];
  recused: string[];
  eligibleCount: number;
}

/**
 * Assigns reviewing experts at random, verifiably: the experts whose fields include the application's
 * field are ranked by the inspection draw's ranking (lowercase hex SHA-256 of SEED:USCC:expert id,
 * ascending, `drawInspectors`), those who declared a conflict with the enterprise skipped, and the
 * first `expertsPerApplication` (at least two) assigned. Re-running with the published seed gives the
 * same experts.
 */
export function drawExperts(seed: string, c: RecognitionApplication, pool: readonly PoolExpert[]): ExpertDraw | RecognitionError {
  if (!/^[0-9a-f]{64}$/.test(seed)) return recognitionError('SEED_INVALID', '随机种子应为 64 位十六进制', 'the seed must be 64 lowercase hex characters');
  const eligible = pool.filter((e) => e.fields.includes(c.field));
  const r = drawInspectors(seed, c.uscc, eligible.map((e) => ({ id: e.id, conflicts: e.conflicts })), c.round.expertsPerApplication);
  if (!r.ok) {
    const d = r.error.details as { needed?: number; available?: number };
    return recognitionError('TOO_FEW_EXPERTS', `该领域回避后可用专家不足（需要 ${d.needed ?? c.round.expertsPerApplication} 名，只有 ${d.available ?? 0} 名）`, `too few experts in this field after recusals (need ${d.needed ?? c.round.expertsPerApplication}, have ${d.available ?? 0})`, { field: c.field, ...d });
  }
  return { assigned: r.value.inspectors.map((x) => ({ id: x.id, rank: x.rank, digest: x.digest })), recused: r.value.recused, eligibleCount: eligible.length };
}
