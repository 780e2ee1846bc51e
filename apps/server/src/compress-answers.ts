import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

/** Answers smaller than this go as they are: compressing them gains less than its headers cost. */
const MIN_BYTES = 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to use for a request's `Accept-Encoding`: Brotli, else gzip, else none (`q=0` refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';').map((p) => p.trim()))
      .filter(([, ...params]) => !params.some((p) => /^q=0(\.0*)?$/.test(p)))
      .map(([name]) => name!.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Compresses the API's JSON answers of 1 KB and more for a browser that accepts it (the built web
 * files are compressed at build time instead: serve-web.ts). On a phone's slow network 我的政策's
 * eligibility answer took 1.4 s to arrive as 271 KB of JSON (bench/first-load.ts). Streams (file
 * exports) and other types go as they are. Compression runs off the event loop.
 */
export function compressAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding') || !/^application\/json/.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (body.length < MIN_BYTES) return payload;
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    void reply.header('vary', 'accept-encoding');
    if (!encoding) return payload;
    void reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    // On libuv's thread pool, not the event loop: other users' requests go on while an answer is compressed.
    return encoding === 'br'
      ? brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipAsync(body, { level: 6 });
  });
}
