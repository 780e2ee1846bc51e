import type { FastifyInstance } from 'fastify';
import type { ApiDeps } from './deps';

/**
 * A feature module of the HTTP API (law, rules, appeals, procurement …): it registers its own
 * routes, one file per resource, and is listed once in `modules.ts`. Its permission-matrix rows
 * live beside it in `<module>.matrix.ts` and are listed once in `matrix/module-rows.ts`.
 */
export interface ApiModule {
  id: string;
  register(app: FastifyInstance, deps: ApiDeps): void | Promise<void>;
}
