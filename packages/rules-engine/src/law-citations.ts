import { resolve as resolvePath } from 'node:path';
import { parseAddress } from './address';
import type { CitationIndex } from './citation-index';
import { defaultRulesDir } from './load-rule-base';

/** The repository's `law/` folder (sibling of `rules/`). */
export function defaultLawDir(): string {
  return resolvePath(defaultRulesDir(), '..', 'law');
}

interface LawLibraryLike {
  hasEid(workId: string, versionDate: string | null, eid: string): boolean;
  resolve?(address: string): unknown;
}

function textOf(resolved: unknown): string | null {
  // Accepts the shapes a resolver may return: a node with `text`, a Result wrapping one, or null.
  if (!resolved || typeof resolved !== 'object') return null;
  const r = resolved as Record<string, unknown>;
  if (typeof r.text === 'string') return r.text;
  for (const key of ['value', 'node']) if (r[key]) {
    const t = textOf(r[key]);
    if (t) return t;
  }
  return null;
}

/** Adapts a `@huiqi/legal-text` law library to the engine's small citation interface. */
export function citationIndexFromLibrary(lib: LawLibraryLike): CitationIndex {
  return {
    has(address) {
      const a = parseAddress(address);
      if (!a) return false;
      if (a.eid === null) return lib.hasEid(a.work, a.version, '') || (lib.resolve ? lib.resolve(address) != null : false);
      return lib.hasEid(a.work, a.version, a.eid);
    },
    text(address) {
      return lib.resolve ? textOf(lib.resolve(address)) : null;
    },
  };
}

/**
 * Loads the law library through `@huiqi/legal-text` when that package provides `loadLawLibrary`.
 * Returns null with a reason when it is not available, so callers can say so instead of failing silently.
 */
export async function loadLawCitations(lawDir: string = defaultLawDir()): Promise<{ index: CitationIndex | null; note: string | null }> {
  try {
    const mod = (await import('@huiqi/legal-text')) as Record<string, unknown>;
    const load = mod.loadLawLibrary as ((dir: string) => unknown) | undefined;
    if (typeof load !== 'function') return { index: null, note: '@huiqi/legal-text does not export loadLawLibrary yet: citations checked for syntax only' };
    let lib = await load(lawDir);
    const res = lib as { ok?: boolean; value?: unknown; error?: unknown };
    if (res && typeof res === 'object' && 'ok' in res) {
      if (!res.ok) return { index: null, note: `law library did not load: ${JSON.stringify(res.error).slice(0, 500)}` };
      lib = res.value;
    }
    if (!lib || typeof (lib as LawLibraryLike).hasEid !== 'function') return { index: null, note: 'law library has no hasEid(): citations checked for syntax only' };
    return { index: citationIndexFromLibrary(lib as LawLibraryLike), note: null };
  } catch (e) {
    return { index: null, note: `@huiqi/legal-text not loadable (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): citations checked for syntax only` };
  }
}
