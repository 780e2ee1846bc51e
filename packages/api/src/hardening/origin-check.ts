import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { SESSION_COOKIE } from '../auth/authenticate';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host this request was addressed to (behind a proxy: the one the browser used). */
function requestHost(request: FastifyRequest): string | undefined {
  const forwarded = request.headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() || request.headers.host;
  return host?.toLowerCase();
}

/** Whether `origin` (an Origin or Referer value) names the host this request was addressed to (default ports folded). */
function isSameHost(origin: string, request: FastifyRequest): boolean {
  const host = requestHost(request);
  if (origin === 'null' || !host) return false;
  try {
    const from = new URL(origin);
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

/**
 * Why a state-changing request that rides on the session cookie is refused as cross-site, or null.
 * Browsers send Origin on every cross-origin POST/PUT/PATCH/DELETE (also for HTML forms) and
 * Sec-Fetch-Site on all requests; a request from a page of this platform carries its own origin.
 * Clients outside browsers (tests, scripts) send neither and are judged by their credentials alone.
 * Bearer-token calls carry no ambient credential and are not checked.
 */
export function crossSiteReason(request: FastifyRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.headers.authorization !== undefined) return null;
  if (!request.cookies?.[SESSION_COOKIE]) return null;
  const origin = request.headers.origin;
  if (origin !== undefined) return isSameHost(origin, request) ? null : `origin ${origin}`;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return `sec-fetch-site ${site}`;
  const referer = request.headers.referer;
  if (referer !== undefined && !isSameHost(referer, request)) return 'referer';
  return null;
}

/** Cross-site request forgery: a signed-in user's cookie never authorises another site's request. */
export function installOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const reason = crossSiteReason(request);
    if (reason !== null) {
      request.log.warn({ reason }, 'cross-site request refused');
      throw new AppError('CROSS_SITE_REFUSED');
    }
  });
}
