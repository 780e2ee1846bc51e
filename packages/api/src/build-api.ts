import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { ApiDeps } from './deps';
import { installAuthentication } from './auth/authenticate';
import { installErrorHandling } from './errors/error-handler';
import { installRequestGuard } from './guard/request-guard';
import { frameworkErrorAnswer } from './hardening/framework-errors';
import { installInputTextCheck } from './hardening/input-text-hook';
import { installOriginCheck } from './hardening/origin-check';
import { installSecurityHeaders } from './hardening/security-headers';
import { validatorCompiler } from './errors/validator-compiler';
import { registerHealthRoutes } from './routes/health';
import { registerAuthRoutes } from './routes/auth';
import { registerMeRoutes } from './routes/me';
import { registerTokenRoutes } from './routes/tokens';
import { registerEnterpriseListRoute } from './routes/enterprises-list';
import { registerEnterpriseRegisterRoute } from './routes/enterprise-register';
import { registerEnterpriseDetailRoutes } from './routes/enterprise-detail';
import { registerEnterpriseUpdateRoutes } from './routes/enterprise-update';
import { registerDepartmentRoutes } from './routes/departments';
import { registerAuditRoutes } from './routes/audit';
import { API_MODULES } from './modules';
import { OpenApiDocumentView } from './schemas/common';

export const BODY_LIMIT_BYTES = 1024 * 1024;
const DOCS_PREFIX = '/api/docs';

export interface ApiOptions extends ApiDeps {
  /** Fastify logger option (false in tests). */
  logger?: FastifyServerOptions['logger'];
  /** Called for unknown non-/api GET/HEAD paths (the server's SPA fallback); otherwise JSON 404. */
  fallback?: (request: FastifyRequest, reply: FastifyReply) => unknown;
  /** Registers extra plugins (e.g. static files) before routes are sealed. */
  beforeReady?: (app: FastifyInstance) => Promise<void> | void;
}

/** An API endpoint as registered: what the permission matrix iterates over. */
export interface ApiRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api endpoint (method + path pattern), excluding the docs UI's own assets. */
    apiRoutes: ApiRoute[];
  }
}

/** The HTTP API: validate → authorize → command → present, one module per resource. */
export async function buildApi(options: ApiOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, frameworkErrors: frameworkErrorAnswer });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: ApiRoute[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/') || route.url.startsWith(DOCS_PREFIX)) return;
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });

  // JSON only: no text/plain bodies; an empty JSON body (e.g. a logout or DELETE sent with a JSON
  // content type) counts as no body instead of an error.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') done(null, undefined);
    else jsonParser(request, text, done);
  });

  installErrorHandling(app, options.fallback);
  installRequestGuard(app);
  await app.register(cookie);
  installAuthentication(app, options.db, options.demoMode);
  installOriginCheck(app);
  installInputTextCheck(app);
  installSecurityHeaders(app, { https: options.secureCookies });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '惠企 Huiqi API',
        description: '中小企业促进法公共服务平台接口。Errors: {"error":{"code","message":{"zh","en"},"details"}}. Auth: huiqi_session cookie or Authorization: Bearer <token>.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'huiqi_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  app.get('/api/openapi.json', { schema: { tags: ['system'], summary: 'OpenAPI 文档 This OpenAPI document (public)', response: { 200: OpenApiDocumentView } } }, async () => app.swagger());

  registerHealthRoutes(app, options);
  registerAuthRoutes(app, options);
  registerMeRoutes(app, options);
  registerTokenRoutes(app, options);
  registerEnterpriseListRoute(app, options);
  registerEnterpriseRegisterRoute(app, options);
  registerEnterpriseDetailRoutes(app, options);
  registerEnterpriseUpdateRoutes(app, options);
  registerDepartmentRoutes(app, options);
  registerAuditRoutes(app, options);
  for (const mod of API_MODULES) await mod.register(app, options);

  await options.beforeReady?.(app);
  await app.ready();
  return app;
}
