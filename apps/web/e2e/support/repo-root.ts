import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place (apps/web/e2e/support/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
