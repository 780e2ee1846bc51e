import type { FastifyInstance } from 'fastify';
import type { Database } from '@huiqi/db';
import { asParam, fittingValue, hostileValue, seededRandom, type JsonSchema } from './schema-inputs';

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface FuzzFailure {
  operation: string;
  principal: string;
  status: number;
  problem: string;
  body: string;
  input: string;
}

export interface FuzzReport {
  operations: number;
  requests: number;
  failures: FuzzFailure[];
}

/** Ending the shared sessions would turn every later request into a 401. */
const SKIPPED = new Set(['POST /api/auth/logout']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const isDocumentedError = (body: unknown): boolean => {
  const error = (body as { error?: { code?: unknown; message?: { zh?: unknown; en?: unknown } } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message?.zh === 'string' && typeof error.message.en === 'string';
};

/** Audit events other than failed logins (a refused login is recorded on purpose: it is a security event, not a change). */
async function auditLength(db: Database): Promise<number> {
  const [row] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM audit_events WHERE type <> 'LOGIN_FAILED'");
  return Number(row!.n);
}

/** Percent-encodes a path value; an unpaired surrogate goes out as the invalid UTF-8 a careless client sends. */
function encodePathValue(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s].map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

/** Calls every operation of the app's OpenAPI document as each principal (and anonymously). */
export async function runFuzz(options: { app: FastifyInstance; db: Database; cookies: Record<string, string>; samples: number; seed: number }): Promise<FuzzReport> {
  const { app, db, cookies, samples } = options;
  const random = seededRandom(options.seed);
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>> };
  const failures: FuzzFailure[] = [];
  let operations = 0;
  let requests = 0;
  const callers: [string, string | undefined][] = [['anonymous', undefined], ...Object.entries(cookies)];

  for (const [path, item] of Object.entries(doc.paths)) {
    if (path.startsWith('/api/docs')) continue;
    for (const method of METHODS) {
      const op = item[method];
      const operation = `${method.toUpperCase()} ${path}`;
      if (!op || SKIPPED.has(operation)) continue;
      operations++;
      for (const [principal, cookie] of callers) {
        for (let i = 0; i < samples; i++) {
          const hostile = i % 2 === 1;
          const value = (schema: JsonSchema | undefined) => (hostile && random() < 0.5 ? hostileValue(schema ?? {}, random) : fittingValue(schema ?? {}, random));
          let url = path;
          const query = new URLSearchParams();
          for (const p of op.parameters ?? []) {
            if (p.in === 'path') url = url.replace(`{${p.name}}`, encodePathValue(asParam(value(p.schema)) || 'x'));
            else if (p.in === 'query' && (p.required || random() < 0.6)) query.set(p.name, asParam(value(p.schema)));
          }
          const qs = query.toString();
          const content = op.requestBody?.content ?? {};
          const headers: Record<string, string> = cookie ? { cookie } : {};
          let payload: string | undefined;
          if (content['application/json']) {
            headers['content-type'] = 'application/json';
            payload = JSON.stringify(hostile ? hostileValue(content['application/json'].schema ?? {}, random) : fittingValue(content['application/json'].schema ?? {}, random));
          } else if (content['multipart/form-data']) {
            // A multipart body without its boundary, or cut off in the middle.
            headers['content-type'] = hostile ? 'multipart/form-data' : 'multipart/form-data; boundary=----x';
            payload = hostile ? 'garbage' : '------x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc';
          } else if (content['application/x-www-form-urlencoded']) {
            headers['content-type'] = 'application/x-www-form-urlencoded';
            payload = hostile ? 'a=%00&b=%E0%A4%A' : 'description=x';
          }
          const before = await auditLength(db);
          const res = await app.inject({ method: method.toUpperCase() as 'GET', url: qs ? `${url}?${qs}` : url, headers, ...(payload !== undefined ? { payload } : {}) });
          requests++;
          const input = `${url}${qs ? `?${qs}` : ''} ${payload ?? ''}`;
          const fail = (problem: string) => failures.push({ operation, principal, status: res.statusCode, problem, body: res.body, input });
          let body: unknown = null;
          try {
            body = res.body ? JSON.parse(res.body) : null;
          } catch {
            body = null;
          }
          if (res.statusCode >= 500 && !(res.statusCode === 503 && isDocumentedError(body) && (body as { error: { code: string } }).error.code !== 'INTERNAL_ERROR')) fail('server error');
          else if (res.statusCode >= 400 && !isDocumentedError(body) && !path.startsWith('/api/open311')) fail('error not in the documented shape');
          if (res.statusCode >= 400 && (await auditLength(db)) !== before) fail('a refused request wrote to the audit log');
        }
      }
    }
  }
  return { operations, requests, failures };
}
