/**
 * The server (apps/server/src/main.ts) and the CLI (apps/cli) as ES-module bundles, for the processes
 * a test run starts (test servers, `huiqi …` commands).
 *
 * Started through the tsx loader, every such process spent most of its start resolving and
 * transforming ~1 500 TypeScript modules through loader hooks (4–5 CPU-seconds each time; about
 * 1.5 s from a bundle). The test run builds the bundles once with esbuild from the same sources:
 * the workspace packages (@huiqi/*) are bundled, every npm package stays an import of node_modules,
 * and each file keeps its own `import.meta.url`, so the paths the code computes from it (migrations,
 * law texts, rules, the matching worker) are those of the sources. The bundles must live inside the
 * repository for their npm imports to resolve.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const SOURCES: Plugin = {
  name: 'huiqi-sources',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@huiqi/') ? undefined : { external: true }));
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (a) => ({
      contents: (await readFile(a.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)),
      loader: 'ts',
    }));
  },
};

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
  // Some npm packages are CommonJS and call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __huiqiCreateRequire } from 'node:module'; const require = __huiqiCreateRequire(import.meta.url);" },
  plugins: [SOURCES],
};

export async function buildServerBundle(repoRoot: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'server-main.mjs');
  await build({ ...COMMON, entryPoints: [join(repoRoot, 'apps', 'server', 'src', 'main.ts')], outfile });
  return outfile;
}

/**
 * The CLI with every command of `apps/cli/src/commands/` as a chunk of its own, loaded when it runs
 * (as `huiqi` itself imports one file per command).
 */
export async function buildCliBundle(repoRoot: string, outDir: string): Promise<string> {
  const src = join(repoRoot, 'apps', 'cli', 'src');
  const names = readdirSync(join(src, 'commands')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
  const loaders = names.map((n) => `  ${JSON.stringify(n)}: () => import(${JSON.stringify(join(src, 'commands', `${n}.ts`))}),`).join('\n');
  const entry = [
    `import { main } from ${JSON.stringify(join(src, 'main.ts'))};`,
    `const loaders = {\n${loaders}\n};`,
    'const commands = { names: () => Object.keys(loaders), load: async (n) => (Object.hasOwn(loaders, n) ? (await loaders[n]()).default : null) };',
    'process.exitCode = await main(process.argv.slice(2), process, commands);',
  ].join('\n');
  await build({ ...COMMON, stdin: { contents: entry, resolveDir: src, sourcefile: 'cli-entry.mjs', loader: 'js' }, splitting: true, outdir: join(outDir, 'cli'), entryNames: 'huiqi', chunkNames: 'chunks/[name]-[hash]' });
  return join(outDir, 'cli', 'huiqi.js');
}
