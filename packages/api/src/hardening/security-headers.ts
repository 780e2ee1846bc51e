import type { FastifyInstance } from 'fastify';

/**
 * Content-Security-Policy of the web UI: scripts only from this origin (the build has no inline
 * script), styles also inline (Ant Design writes its CSS-in-JS into style elements), images also
 * as data:/blob: URLs (charts, QR codes, previews), no plugins, no framing by other sites.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The interactive API docs bring their own inline script and style; they get no CSP of ours. */
const DOCS_PREFIX = '/api/docs';

/**
 * Security headers on every response. API answers are personal data unless a route says
 * otherwise: `Cache-Control: no-store` unless the route set its own caching. HSTS only when the
 * platform is served over HTTPS (production, secure cookies).
 */
export function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0] ?? '';
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
    // A route may set a stricter policy of its own (e.g. a generated document: default-src 'none').
    if (!path.startsWith(DOCS_PREFIX) && !reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    if (path.startsWith('/api/') && !reply.hasHeader('Cache-Control')) reply.header('Cache-Control', 'no-store');
    if (options.https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
