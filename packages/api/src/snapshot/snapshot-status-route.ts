import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { canReadDrafts } from '../publication/publication-policy';
import { registrySnapshots } from './registry-snapshot-service';

const Status = z.object({
  figureYear: z.number().int(),
  state: z.enum(['BUILDING', 'READY', 'FAILED']),
  loadedRows: z.number().int(),
  totalRows: z.number().int(),
  percent: z.number().int(),
  startedAt: z.string(),
  readyAt: z.string().nullable(),
  buildSeconds: z.number().nullable(),
  seq: z.number().nullable(),
  source: z.enum(['DATABASE', 'FILE']).nullable(),
  savedAt: z.string().nullable(),
});

/**
 * GET /api/registry-snapshot: how far the process's registry snapshots are (built at start in the
 * background; reach preview answers 503 SNAPSHOT_BUILDING until one is ready). For the officials
 * who may run a preview (the same rule as reading drafts).
 */
export function registerSnapshotStatusRoute(app: FastifyInstance, { db }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/registry-snapshot', {
    schema: {
      tags: ['registry-snapshot'],
      summary: '注册库快照 State of the registry snapshots of this server process (building with progress, ready, failed), per figure year',
      response: { 200: z.object({ snapshots: z.array(Status) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    return { snapshots: registrySnapshots(db).status() };
  });
}
