/**
 * A cache of migrated, empty PGlite databases (gzipped data folders) under
 * `node_modules/.cache/huiqi/`, keyed by the migration files and the PGlite version. Starting a new
 * data folder from it skips initdb and the migrations (several seconds each on a busy machine).
 * The cache is an optimisation only: any failure to read or write it falls back to initdb.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFingerprint } from './migrations';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const TEMPLATE_CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'huiqi');

function pgliteVersion(): string {
  try {
    // The package's exports hide package.json: find it above the resolved entry point.
    let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
      }
    }
    return 'unknown';
  } catch {
    return 'unknown';
  }
}

export function templatePath(): string {
  return join(TEMPLATE_CACHE_DIR, `pglite-${pgliteVersion()}-migrated-${migrationsFingerprint()}.tgz`);
}

export function readTemplate(): Uint8Array | null {
  try {
    const file = templatePath();
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename), so concurrent writers never expose half a file. */
export function writeTemplate(bytes: Uint8Array): boolean {
  try {
    const file = templatePath();
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}
