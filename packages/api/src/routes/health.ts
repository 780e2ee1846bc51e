import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiDeps } from '../deps';

export function registerHealthRoutes(app: FastifyInstance, { db, demoMode }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: {
      tags: ['system'],
      summary: '健康检查 Health check (public); demo = true when demo logins are enabled',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), demo: z.boolean() }) },
    },
  }, async () => {
    await db.query('SELECT 1 AS one');
    return { status: 'ok' as const, database: db.kind, demo: demoMode };
  });
}
