import { createHash } from 'node:crypto';

/**
 * The public commitment to a draw's seed (the API makes the seed: 32 random bytes as 64 lowercase
 * hex characters). Its digest (lowercase hex SHA-256 of the seed's UTF-8 text) is published when the
 * plan is committed, the seed itself after the draw: `printf %s SEED | sha256sum` checks it.
 */
export const seedDigest = (seed: string): string => createHash('sha256').update(seed, 'utf8').digest('hex');

/**
 * Digest of a frozen candidate list: SHA-256 of the lines `USCC,stratum\n` sorted by USCC —
 * published with the seed digest, so the list cannot be changed after the commitment.
 */
export function candidateListDigest(candidates: readonly { uscc: string; stratum: string }[]): string {
  const h = createHash('sha256');
  const sorted = [...candidates].sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
  for (const c of sorted) h.update(`${c.uscc},${c.stratum}\n`, 'utf8');
  return h.digest('hex');
}
