import { createHash } from 'node:crypto';

/**
 * The documented draw written the obvious way, as a verifier would, with `node:crypto`: no fast
 * paths, no validation. Tests hold `drawSample`, the CLI and the API to it.
 * `ratios` are exact decimals as text ("0.3"); ⌈ratio × n⌉ is computed in integers.
 */
export function referenceDraw(seed: string, candidates: readonly { uscc: string; stratum: string }[], ratios: Record<string, string>): string[] {
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const strata = [...new Set(candidates.map((c) => c.stratum))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const stratum of strata) {
    const members = candidates.filter((c) => c.stratum === stratum).map((c) => ({ uscc: c.uscc, digest: sha(`${seed}:${c.uscc}`) }));
    members.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
    out.push(...members.slice(0, ceilRatioTimes(ratios[stratum]!, members.length)).map((m) => m.uscc));
  }
  return out;
}

/** Reference inspector ranking: SHA-256 of SEED + ":" + USCC + ":" + inspector id, ascending, skipping recused ones. */
export function referenceInspectors(seed: string, uscc: string, roster: readonly string[], recused: readonly string[], count: number): string[] {
  const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  return roster
    .filter((id) => !recused.includes(id))
    .map((id) => ({ id, digest: sha(`${seed}:${uscc}:${id}`) }))
    .sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0))
    .slice(0, count)
    .map((x) => x.id);
}

function ceilRatioTimes(ratio: string, n: number): number {
  const [whole, fraction = ''] = ratio.split('.');
  const numerator = BigInt(whole! + fraction) * BigInt(n);
  const denominator = 10n ** BigInt(fraction.length);
  return Number((numerator + denominator - 1n) / denominator);
}
