import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD, seedDemoCity, type Database } from '@huiqi/db';
import { buildApi } from '../build-api';

/** The demo city's fixed uscc of 深圳市鹏城智造科技有限公司. */
export { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';

/**
 * An API on a test database seeded with the demo city (plus `extra` enterprises), with a login
 * helper that caches one session cookie per demo user.
 */
export function createTestApi(getDb: () => Database, options: { demoMode?: boolean } = {}) {
  let app: FastifyInstance | undefined;
  const cookies = new Map<string, string>();
  return {
    async start(): Promise<FastifyInstance> {
      const db = getDb();
      await seedDemoCity(db);
      app = await buildApi({ db, demoMode: options.demoMode ?? true, secureCookies: false });
      return app;
    },
    get app(): FastifyInstance {
      if (!app) throw new Error('call start() in beforeAll first');
      return app;
    },
    async stop(): Promise<void> {
      await app?.close();
    },
    /** Session cookie header value for a demo user. */
    async cookie(username: string): Promise<string> {
      const cached = cookies.get(username);
      if (cached) return cached;
      const res = await this.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const c = res.cookies.find((x) => x.name === 'huiqi_session');
      if (!c) throw new Error('no session cookie');
      const header = `huiqi_session=${c.value}`;
      cookies.set(username, header);
      return header;
    },
  };
}
