import { buildApi } from '@huiqi/api';
import { DEMO_LOGINS, DEMO_PASSWORD, redact, type Database } from '@huiqi/db';
import { loadEnv, oidcSettingsOf, type Env } from './env';
import { loadDemoCity } from './demo/load-demo-city';
import { webServing } from './serve-web';
import { startJobRunner, type JobRunner } from './jobs';
import { explainListenError, openConfiguredDatabase } from './ops';

export { loadEnv, EnvError, type Env, type EnvProblem } from './env';
export { loadDemoCity, DEMO_POPULATION } from './demo/load-demo-city';
export { createJobRunner, startJobRunner, JOB_MODULES, type JobRunner, type JobRunnerOptions } from './jobs';
export { StartupError, openConfiguredDatabase, ensurePostgresDatabase, type OpenedDatabase } from './ops';

export interface RunningServer {
  url: string;
  port: number;
  database: 'pglite' | 'postgres';
  env: Env;
  /** The background-job runner of this process (null when HUIQI_JOBS=0). */
  jobs: JobRunner | null;
  /** Stops accepting requests, stops the job runner (running jobs finish or are handed back), then closes the database. */
  close(): Promise<void>;
  /** Milliseconds from the call to listening (measured, for startup budgets). */
  startupMs: number;
  /** True when the PostgreSQL database did not exist and this start created it. */
  createdDatabase: boolean;
}

function toSource(overrides: Partial<Env>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(overrides)) out[k] = v === undefined ? undefined : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return out;
}

/**
 * The composition root: validate env → open and migrate the database → load the demo city (demo
 * mode) → build the API and serve the web UI → listen. `overrides` win over process.env.
 */
export async function startServer(overrides: Partial<Env> = {}): Promise<RunningServer> {
  const started = performance.now();
  const env = loadEnv({ ...process.env, ...toSource(overrides) });
  const { db, created }: { db: Database; created: boolean } = await openConfiguredDatabase(env);
  try {
    await db.migrate();
    if (env.HUIQI_DEMO) await loadDemoCity(db);
    const web = webServing(env.HUIQI_WEB_DIST);
    const app = await buildApi({
      db,
      demoMode: env.HUIQI_DEMO,
      secureCookies: env.NODE_ENV === 'production',
      oidc: oidcSettingsOf(env),
      logger: env.NODE_ENV === 'test' ? false : { level: env.NODE_ENV === 'production' ? 'info' : 'warn' },
      fallback: web.fallback,
      beforeReady: web.register,
    });
    await app.listen({ port: env.PORT, host: env.HOST }).catch(async (e: unknown) => {
      await app.close().catch(() => undefined);
      throw explainListenError(e, env.HOST, env.PORT) ?? e;
    });
    const jobs = env.HUIQI_JOBS ? await startJobRunner(db, { logger: app.log }).catch(async (e: unknown) => { await app.close(); throw e; }) : null;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
    let closed = false;
    return {
      url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
      port,
      database: db.kind,
      env,
      jobs,
      startupMs: Math.round(performance.now() - started),
      createdDatabase: created,
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        await jobs?.stop();
        await db.close();
      },
    };
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
}

/** Lines for the console at startup in demo mode (usernames and the shared demo password). */
export function demoLoginLines(): string[] {
  return [
    `演示账号 Demo logins (密码 password: ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((l) => `  ${l.username.padEnd(14)} ${l.role.padEnd(22)} ${l.description}`),
  ];
}

export { redact };
export { planMigrations, type MigrationPlan } from './ops';
export { writeBackup, restoreBackup, verifyBackup, BackupError, type BackupSummary, type RestoreSummary } from './ops';
