/**
 * The API's OpenAPI document, built in this process by the factory the server uses (`buildApi`),
 * without a network, without demo mode and without a database: registering routes must not touch
 * one, so the database handed over refuses every use and says which.
 */
import { buildApi } from '@huiqi/api';
import type { Database } from '@huiqi/db';

export interface OpenApiOperation {
  tags?: string[];
  summary?: string;
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
  [key: string]: unknown;
}
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  [key: string]: unknown;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

function refusingDatabase(): Database {
  return new Proxy({} as Database, {
    get(_target, key) {
      if (key === 'then' || typeof key === 'symbol') return undefined;
      throw new Error(`building the OpenAPI document must not use the database (db.${key})`);
    },
  });
}

export async function buildOpenApiDocument(): Promise<OpenApiDocument> {
  const app = await buildApi({ db: refusingDatabase(), demoMode: false, secureCookies: false });
  try {
    // A deep copy: the generator may not share objects with the running app.
    return JSON.parse(JSON.stringify(app.swagger())) as OpenApiDocument;
  } finally {
    await app.close();
  }
}

/** Each operation once, with its method, path and first tag (the API module). */
export function operationsOf(document: OpenApiDocument): { method: string; path: string; tag: string; operation: OpenApiOperation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, tag: operation.tags?.[0] ?? '(untagged)', operation }] : [];
    }),
  );
}

/**
 * What a successful answer of the operation is documented as: a schema of its body (JSON, or a file
 * by its media type), no body (204), or a redirect (3xx only, e.g. the identity service's sign-in);
 * NO_SCHEMA when the document does not say.
 */
export function successKind(operation: OpenApiOperation): 'JSON_SCHEMA' | 'NO_SCHEMA' | 'NO_BODY' {
  const responses = Object.entries(operation.responses ?? {});
  const success = responses.filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) return responses.some(([status]) => /^3\d\d$/.test(status)) ? 'NO_BODY' : 'NO_SCHEMA';
  if (success.some(([, r]) => r.content && Object.values(r.content).some((c) => c.schema !== undefined))) return 'JSON_SCHEMA';
  if (success.every(([status]) => status === '204')) return 'NO_BODY';
  return 'NO_SCHEMA';
}
