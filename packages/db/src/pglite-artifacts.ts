/**
 * PGlite's WebAssembly programs and its file-system bundle, read and compiled once per process.
 * Left to itself PGlite reads and compiles its 9 MB `pglite.wasm` and reads `pglite.data` again for
 * every instance it starts; a process that opens many databases (a test worker opens one per test
 * file and engine) would pay that each time. The compiled modules are immutable and may be shared.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface PgliteArtifacts {
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
  fsBundle: Blob;
}

let loading: Promise<PgliteArtifacts> | undefined;

async function load(): Promise<PgliteArtifacts> {
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const [pglite, initdb, data] = await Promise.all(['pglite.wasm', 'initdb.wasm', 'pglite.data'].map((f) => readFile(join(dist, f))));
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([WebAssembly.compile(pglite!), WebAssembly.compile(initdb!)]);
  return { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([data!]) };
}

/**
 * The shared artifacts, or `undefined` when they cannot be found (a packaging that moved them):
 * PGlite then loads its own, as it would without this cache.
 */
export async function pgliteArtifacts(): Promise<PgliteArtifacts | undefined> {
  loading ??= load();
  try {
    return await loading;
  } catch {
    return undefined;
  }
}
