/**
 * The server (apps/server/src/main.ts) as one ES module, for the test run's server processes.
 *
 * Started through the tsx loader, every test server spent most of its start resolving and
 * transforming ~1 500 TypeScript modules through loader hooks (4–5 CPU-seconds each time; about
 * 1.5 s from a bundle). The test run builds this bundle once with esbuild from the same sources:
 * the workspace packages (@huiqi/*) are bundled, every npm package stays an import of
 * node_modules, and each file keeps its own `import.meta.url`, so the paths the code computes
 * from it (migrations, law texts, rules, the matching worker) are those of the sources.
 * The bundle must live inside the repository for its npm imports to resolve.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function buildServerBundle(repoRoot: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'server-main.mjs');
  await build({
    entryPoints: [join(repoRoot, 'apps', 'server', 'src', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Some npm packages are CommonJS and call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __huiqiCreateRequire } from 'node:module'; const require = __huiqiCreateRequire(import.meta.url);" },
    plugins: [
      {
        name: 'huiqi-sources',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@huiqi/') ? undefined : { external: true }));
          b.onLoad({ filter: /\.[cm]?ts$/ }, async (a) => ({
            contents: (await readFile(a.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return outfile;
}
