import { formatLoadError, loadLawCitations, loadRuleBase, type RuleBase } from '@huiqi/rules-engine';

/** The rule base with the note from the law library (null when every citation text is available). */
export interface LoadedRules {
  rb: RuleBase;
  /** Why article texts may be missing (law library not loadable), else null. */
  lawNote: string | null;
}

let loading: Promise<LoadedRules> | null = null;

/**
 * Loads `rules/` once per process (with the law library, so every citation resolves and carries
 * its article text) and keeps it. A broken rule base is a deployment error: it throws with every
 * `file:line:col` so the server does not start serving wrong answers.
 */
export function getRules(): Promise<LoadedRules> {
  loading ??= (async () => {
    const law = await loadLawCitations();
    const loaded = loadRuleBase(undefined, { citations: law.index });
    if (!loaded.ok) throw new Error(`rules/ did not load:\n${loaded.error.map(formatLoadError).join('\n')}`);
    return { rb: loaded.value, lawNote: law.note };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
