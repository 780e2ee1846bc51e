import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lawDir } from './law-dir';

/** Seed texts as shipped under law/ (repository-relative, found from this file). */
export const SEED_FILES = {
  shenzhenDraft: 'cn-gd-sz/regulation/sme-promotion/versions/2025-01-23.zh.txt',
  hunanComparison: 'cn-hn/regulation/sme-promotion-implementation/versions/2020-09-16.comparison.zh.txt',
  shanghai: 'cn-sh/regulation/sme-promotion/versions/2020-06-18.zh.txt',
  qingdaoDraft: 'cn-sd-qd/regulation/sme-promotion/versions/2023.zh.txt',
  shenzhenMeasures: 'cn-gd-sz/measures/sme-relief-2023/versions/2023.zh.txt',
} as const;

export function readSeed(name: keyof typeof SEED_FILES): string {
  return readFileSync(join(lawDir(), SEED_FILES[name]), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}
