import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What is worth compressing (text), and from what size (a small file gains nothing over its headers). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, which the
 * server sends to a browser that accepts them (apps/server/src/serve-web.ts, `preCompressed`): the
 * first page's JavaScript goes over the network at about a quarter of its size whether or not a proxy
 * in front compresses (a phone on a slow network waits on these bytes; bench/first-load.ts).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'huiqi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir); // an absolute outDir (HUIQI_WEB_DIST) stays as it is
    },
    closeBundle() {
      for (const file of textFiles(outDir)) {
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '.vite' ? [] : textFiles(path);
    return COMPRESSIBLE.test(e.name) && statSync(path).size >= MIN_BYTES ? [path] : [];
  });
}
