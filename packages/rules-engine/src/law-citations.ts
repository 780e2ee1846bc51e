import { resolve as resolvePath } from 'node:path';
import { citationName, formatIssue, loadLawLibrary, type LawLibrary } from '@huiqi/legal-text';
import { parseLegalAddress } from '@huiqi/kernel';
import type { CitationIndex } from './citation-index';
import { defaultRulesDir } from './load-rule-base';

/** The repository's `law/` folder (sibling of `rules/`). */
export function defaultLawDir(): string {
  return resolvePath(defaultRulesDir(), '..', 'law');
}

type LawLibraryLike = Pick<LawLibrary, 'hasEid' | 'resolve' | 'versions'>;

/** Adapts a `@huiqi/legal-text` law library to the engine's small citation interface. */
export function citationIndexFromLibrary(lib: LawLibraryLike): CitationIndex {
  return {
    has(address) {
      const parsed = parseLegalAddress(address);
      if (!parsed.ok) return false;
      const a = parsed.value;
      if (a.eid === null) return lib.hasEid(a.workId, a.version, '') || lib.resolve(address) != null;
      return lib.hasEid(a.workId, a.version, a.eid);
    },
    text(address) {
      return lib.resolve(address)?.text ?? null;
    },
    name(address) {
      const found = lib.resolve(address);
      return found ? citationName(lib, found) : null;
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
