import { build, type InlineConfig, type Plugin, type Rolldown } from 'vite';
import { FIRST_PAGES } from './first-pages.ts';

/**
 * Fewer and larger chunks for the first pages (bench/first-load.ts). Left to itself, the bundler makes
 * one chunk per set of pages (of all the app's lazily loaded pages) that share a module, and a first
 * page needs two or three dozen of them: over HTTP/1.1's six connections to a server, on a phone's
 * network, each round of six costs a full round trip. Here the build first runs once without writing
 * anything, to learn which of the first pages load each module (their static chunk closures); the real
 * build then puts the modules loaded by the same set of first pages into one chunk. No first page loads
 * a module it did not load before (apps/web/e2e/js-budget.test.ts), but each loads a handful of files.
 * Modules no first page loads are left to the bundler.
 */
export function firstPageChunks(appConfig: () => InlineConfig): Plugin {
  return {
    name: 'huiqi-first-page-chunks',
    apply: 'build',
    async config(config) {
      const plan = await planFirstPageChunks(appConfig());
      const output = config.build?.rolldownOptions?.output;
      const splitting = output && !Array.isArray(output) ? output.codeSplitting : undefined;
      if (!splitting || typeof splitting !== 'object') throw new Error('first-page-chunks.ts: vite.config.ts sets no codeSplitting groups');
      // Without the captured modules' dependencies: a dependency loaded by more first pages has a chunk of its own.
      splitting.groups = [...(splitting.groups ?? []), { name: (id: string) => plan.get(id) ?? null, priority: 5, includeDependenciesRecursively: false }];
    },
  };
}

/** Chunk names by module id: `fp-<pages>` for a module the first pages `<pages>` load. */
async function planFirstPageChunks(config: InlineConfig): Promise<ReadonlyMap<string, string>> {
  const result = await build({ ...config, configFile: false, logLevel: 'error', build: { ...config.build, write: false, manifest: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const closure = (files: readonly string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const f of byFile.get(file)?.imports ?? []) visit(f);
    };
    files.forEach(visit);
    return seen;
  };
  const inEntry = closure(entry ? [entry.fileName] : []);
  const roots = new Set(FIRST_PAGES.flatMap((p) => p.modules));
  const pagesOf = new Map<string, string[]>();
  for (const page of FIRST_PAGES) {
    const own = page.modules.map((m) => chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${m}`))?.fileName);
    if (own.some((f) => f === undefined)) throw new Error(`first-page-chunks.ts: no chunk built from one of ${page.modules.join(', ')}`);
    for (const file of closure(own as string[])) {
      if (inEntry.has(file)) continue;
      for (const id of byFile.get(file)!.moduleIds) pagesOf.set(id, [...(pagesOf.get(id) ?? []), page.name]);
    }
  }
  const plan = new Map<string, string>();
  for (const [id, pages] of pagesOf) {
    // A page's own module stays the chunk its dynamic import loads.
    if ([...roots].some((m) => id.replace(/\\/g, '/').endsWith(`/${m}`))) continue;
    plan.set(id, `fp-${pages.join('-')}`);
  }
  return plan;
}
