import { formatLoadError, loadLawCitations, loadRuleBase, type CitationIndex, type RuleBase } from '@huiqi/rules-engine';

/** The rule base with the note from the law library (null when every citation text is available). */
export interface LoadedRules {
  rb: RuleBase;
  /** Always null: a law library with problems stops the load (kept for callers that display it). */
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
    // The law library must load cleanly and every citation (YAML and TypeScript) must resolve in it.
    if (law.note) throw new Error(`law/ did not load cleanly, refusing to serve answers:\n${law.note}`);
    const loaded = loadRuleBase(undefined, { citations: memoisedCitations(law.index) });
    if (!loaded.ok) throw new Error(`rules/ did not load:\n${loaded.error.map(formatLoadError).join('\n')}`);
    return { rb: loaded.value, lawNote: law.note };
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * Article texts never change for a given address (work@version#eId), and every answer cites the same
 * few dozen: remember each lookup instead of resolving it through the law library per request.
 */
export function memoisedCitations(index: CitationIndex): CitationIndex {
  const has = new Map<string, boolean>();
  const text = new Map<string, string | null>();
  const name = new Map<string, string | null>();
  return {
    has(address) {
      let v = has.get(address);
      if (v === undefined) has.set(address, (v = index.has(address)));
      return v;
    },
    text(address) {
      let v = text.get(address);
      if (v === undefined) text.set(address, (v = index.text(address)));
      return v;
    },
    name(address) {
      let v = name.get(address);
      if (v === undefined) name.set(address, (v = index.name(address)));
      return v;
    },
  };
}
