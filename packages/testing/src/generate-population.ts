import { createPopulationContext, generateEnterprise, type PopulationOptions } from './generate-enterprise';
import type { SyntheticEnterprise } from './synthetic-enterprise';

export const DEFAULT_CHUNK_SIZE = 1_024;

/** The whole population as objects (fine up to a few hundred thousand rows). */
export function generatePopulation(options: PopulationOptions): SyntheticEnterprise[] {
  checkSize(options.size);
  const ctx = createPopulationContext(options);
  const rows = new Array<SyntheticEnterprise>(options.size);
  for (let i = 0; i < options.size; i++) rows[i] = generateEnterprise(ctx, i);
  return rows;
}

/**
 * The same population streamed in chunks of `chunkSize` rows (at most one chunk of objects
 * alive at a time). Concatenating the chunks equals `generatePopulation(options)`.
 */
export interface PopulationStream {
  size: number;
  year: number;
  seed: number;
  jurisdiction: string;
  chunks(): Generator<SyntheticEnterprise[]>;
}

export function streamPopulation(options: PopulationOptions, chunkSize = DEFAULT_CHUNK_SIZE): PopulationStream {
  checkSize(options.size);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunk size must be a positive integer, got ${chunkSize}`);
  const ctx = createPopulationContext(options);
  return {
    size: options.size,
    year: ctx.year,
    seed: options.seed,
    jurisdiction: options.jurisdiction,
    *chunks() {
      for (let start = 0; start < options.size; start += chunkSize) {
        const end = Math.min(options.size, start + chunkSize);
        const chunk = new Array<SyntheticEnterprise>(end - start);
        for (let i = start; i < end; i++) chunk[i - start] = generateEnterprise(ctx, i);
        yield chunk;
      }
    },
  };
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0 || size > 5_000_000) throw new RangeError(`population size must be an integer 0–5,000,000, got ${size}`);
}
