import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '@huiqi/db';
import { planMigrations } from '../ops/migration-plan';
import { HttpMetrics } from './http-metrics';
import { renderPlatformMetrics } from './platform-metrics';
import { RuntimeMetrics } from './runtime-metrics';

export const REQUEST_ID_HEADER = 'x-request-id';
/** The header that carries HUIQI_METRICS_TOKEN (Prometheus: scrape_config http_headers). */
export const METRICS_TOKEN_HEADER = 'x-metrics-token';
/** An incoming id (from the reverse proxy) is kept when it looks like one; anything else is replaced. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{8,64}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** 请求编号: returned in X-Request-Id, on every log line of the request, quotable by users. */
    requestId: string;
  }
}

export interface ObservabilityState {
  /** Set when the process is stopping: readiness fails so the load balancer drains it. */
  stopping: boolean;
}

export interface ObservabilityOptions {
  db: Database;
  /** Token of /api/metrics (header X-Metrics-Token); undefined → the endpoint answers 404. */
  metricsToken: string | undefined;
  state: ObservabilityState;
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Request ids, a structured access log (route pattern, status, duration — never the URL, query,
 * body, cookies or client address, which can carry personal data), latency histograms, and the
 * operator endpoints /api/metrics (Prometheus, own token) and /api/ready (readiness).
 */
export function installObservability(app: FastifyInstance, options: ObservabilityOptions): HttpMetrics {
  const metrics = new HttpMetrics();
  const runtime = new RuntimeMetrics();
  app.addHook('onClose', async () => runtime.stop());
  app.decorateRequest('requestId', '');
  app.addHook('onRequest', async (request, reply) => {
    const incoming = request.headers[REQUEST_ID_HEADER];
    request.requestId = typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    request.log = request.log.child({ requestId: request.requestId });
    void reply.header(REQUEST_ID_HEADER, request.requestId);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const ms = reply.elapsedTime;
    metrics.observe(request.method, route, reply.statusCode, ms / 1000);
    request.log.info({ method: request.method, route, status: reply.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  });

  /** Null when the scrape may go on; otherwise the refusal already sent. */
  const refuse = (request: FastifyRequest, reply: FastifyReply) => {
    if (!options.metricsToken) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: { zh: '未开启指标接口（HUIQI_METRICS_TOKEN）', en: 'metrics are off (HUIQI_METRICS_TOKEN)' } } });
    // Its own header: Authorization belongs to the API's user tokens (an unknown bearer is a 401 there).
    const given = request.headers[METRICS_TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, options.metricsToken)) {
      return reply.code(401).send({ error: { code: 'UNAUTHENTICATED', message: { zh: '需要指标令牌', en: 'the metrics token is required' } } });
    }
    return null;
  };
  app.get('/api/metrics', { schema: { hide: true } }, async (request, reply) => {
    const refused = refuse(request, reply);
    if (refused) return refused;
    const lines = [...metrics.render(), ...runtime.render(), ...(await renderPlatformMetrics(options.db)), ...processMetrics()];
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(`${lines.join('\n')}\n`);
  });
  // The event-loop and GC figures start afresh: a benchmark measures its load window only.
  app.post('/api/metrics/runtime/reset', { schema: { hide: true } }, async (request, reply) => {
    const refused = refuse(request, reply);
    if (refused) return refused;
    runtime.reset();
    return reply.code(204).send();
  });

  app.get('/api/ready', { schema: { hide: true } }, async (_request, reply) => {
    const fail = (zh: string, en: string, reason: string) => reply.code(503).send({ status: 'unavailable', reason, message: { zh, en } });
    if (options.state.stopping) return fail('正在停止', 'shutting down', 'STOPPING');
    try {
      const plan = await withTimeout(planMigrations(options.db), 2000);
      if (plan.pending.length > 0) return fail('数据库迁移尚未完成', 'database migrations are pending or running', 'MIGRATING');
      if (plan.unknown.length > 0) return fail('数据库比本程序新，请升级本进程', 'the database is newer than this process: upgrade it', 'SCHEMA_NEWER');
    } catch {
      return fail('数据库无法访问', 'the database is unreachable', 'DATABASE_UNREACHABLE');
    }
    return { status: 'ready' };
  });
  return metrics;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]).finally(() => clearTimeout(timer));
}

function processMetrics(): string[] {
  const mem = process.memoryUsage();
  return [
    '# HELP huiqi_process_resident_memory_bytes resident memory of this process', '# TYPE huiqi_process_resident_memory_bytes gauge', `huiqi_process_resident_memory_bytes ${mem.rss}`,
    '# HELP huiqi_process_uptime_seconds seconds since this process started', '# TYPE huiqi_process_uptime_seconds gauge', `huiqi_process_uptime_seconds ${Math.round(process.uptime())}`,
  ];
}
