import { lawDir, loadLawLibrary, type LawLibrary, type VersionDiff } from '@huiqi/legal-text';

let cached: LawLibrary | null = null;
const diffs = new Map<string, VersionDiff | null>();

/**
 * The repository's `law/` folder, parsed once per process on first use and then shared by every
 * request (the texts are files in the repository; a new text needs a new deployment).
 */
export function lawLibrary(): LawLibrary {
  cached ??= loadLawLibrary(lawDir());
  return cached;
}

/**
 * The 修改对照 of two versions, computed once per pair and kept (the texts never change while the
 * process runs; aligning the two Hunan drafts takes over a second of CPU). Only pairs of existing
 * versions reach the cache, so it is bounded by the versions in `law/`.
 */
export function lawDiff(workId: string, oldVersion: string, newVersion: string): VersionDiff | null {
  const key = `${workId}|${oldVersion}|${newVersion}`;
  if (!diffs.has(key)) diffs.set(key, lawLibrary().diff(workId, oldVersion, newVersion));
  return diffs.get(key) ?? null;
}
