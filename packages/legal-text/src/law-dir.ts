import { fileURLToPath } from 'node:url';

/** The repository's `law/` folder, found from this file's location (never a machine path). */
export function lawDir(): string {
  return fileURLToPath(new URL('../../../law/', import.meta.url)).replace(/\/$/, '');
}
