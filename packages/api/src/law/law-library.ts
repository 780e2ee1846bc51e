import { lawDir, loadLawLibrary, type LawLibrary } from '@huiqi/legal-text';

let cached: LawLibrary | null = null;

/**
 * The repository's `law/` folder, parsed once per process on first use and then shared by every
 * request (the texts are files in the repository; a new text needs a new deployment).
 */
export function lawLibrary(): LawLibrary {
  cached ??= loadLawLibrary(lawDir());
  return cached;
}
