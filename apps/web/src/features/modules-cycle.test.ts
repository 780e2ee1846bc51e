/// <reference types="vite/client" />
import { describe, expect, it, vi } from 'vitest';

/**
 * A feature module must not reach the module list (features/modules.ts) through a static import —
 * e.g. through the app's frame, whose menu reads that list. Then, whenever a test or a page imported
 * a module before the list, the list held `undefined` for it (a CI run failed that way).
 */
const MODULE_FILES = import.meta.glob('./*/*-module.tsx');

describe('the feature module list', () => {
  it('is whole whichever feature module is imported first', async () => {
    const broken: string[] = [];
    for (const [path, load] of Object.entries(MODULE_FILES)) {
      vi.resetModules();
      await load();
      const { FEATURE_MODULES } = await import('./modules');
      if (FEATURE_MODULES.some((m) => m === undefined)) broken.push(path);
    }
    vi.resetModules();
    expect(Object.keys(MODULE_FILES).length).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
