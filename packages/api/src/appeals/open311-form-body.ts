import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';

/**
 * Open311 clients POST `application/x-www-form-urlencoded` (GeoReport v2); attributes arrive as
 * `attribute[code]=value`. Parsed into the same shape as the JSON body. Scoped to the Open311 routes.
 */
export function parseOpen311Form(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attribute: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    const m = /^attribute\[([A-Za-z0-9_]{1,64})\](\[\])?$/.exec(k);
    if (m) {
      const prev = attribute[m[1]!];
      attribute[m[1]!] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    } else out[k] = v;
  }
  if (Object.keys(attribute).length > 0) out.attribute = attribute;
  return out;
}

export function installOpen311FormParser(scope: FastifyInstance): void {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_request, body, done) => {
    try {
      done(null, parseOpen311Form(typeof body === 'string' ? body : body.toString('utf8')));
    } catch {
      done(new AppError('MALFORMED_REQUEST'), undefined);
    }
  });
}
