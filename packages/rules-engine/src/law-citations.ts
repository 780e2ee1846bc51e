import { resolve as resolvePath } from 'node:path';
import { formatIssue, loadLawLibrary } from '@huiqi/legal-text';
import { parseLegalAddress } from '@huiqi/kernel';
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
      const parsed = parseLegalAddress(address);
      if (!parsed.ok) return false;
      const a = parsed.value;
      if (a.eid === null) return lib.hasEid(a.workId, a.version, '') || (lib.resolve ? lib.resolve(address) != null : false);
      return lib.hasEid(a.workId, a.version, a.eid);
    },
    text(address) {
      return lib.resolve ? textOf(lib.resolve(address)) : null;
    },
  };
}

/**
 * Loads the law library (`@huiqi/legal-text`, imported statically: there is no fallback to a syntax-only
 * check). `note` is null when the library loaded without a single problem; otherwise it lists the
 * problems (file:line:col), and callers that serve answers must refuse to start.
 */
export async function loadLawCitations(lawDir: string = defaultLawDir()): Promise<{ index: CitationIndex; note: string | null }> {
  const lib = loadLawLibrary(lawDir);
  const note = lib.issues.length === 0 ? null : `law library has ${lib.issues.length} problem(s):\n${lib.issues.slice(0, 20).map(formatIssue).join('\n')}`;
  return { index: citationIndexFromLibrary(lib), note };
}
