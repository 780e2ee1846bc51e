import { buildApi } from '@huiqi/api';
import { DEMO_LOGINS, DEMO_PASSWORD, redact, type Database } from '@huiqi/db';
import { loadEnv, oidcSettingsOf, type Env } from './env';
import { loadDemoCity } from './demo/load-demo-city';
import { webServing } from './serve-web';
import { compressAnswers } from './compress-answers';
import { startJobRunner, type JobRunner } from './jobs';
import { explainListenError, openConfiguredDatabase } from './ops';
import { installObservability, type ObservabilityState } from './observability';

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
export interface ServerInternals {
  /** Where the JSON log lines go (default stdout); tests capture them. */
  logStream?: NodeJS.WritableStream;
}

export async function startServer(overrides: Partial<Env> = {}, internals: ServerInternals = {}): Promise<RunningServer> {
  const started = performance.now();
  const env = loadEnv({ ...process.env, ...toSource(overrides) });
  const { db, created }: { db: Database; created: boolean } = await openConfiguredDatabase(env);
  try {
    await db.migrate();
    if (env.HUIQI_DEMO) await loadDemoCity(db);
    const web = webServing(env.HUIQI_WEB_DIST);
    const state: ObservabilityState = { stopping: false };
    const app = await buildApi({
      db,
      demoMode: env.HUIQI_DEMO,
      secureCookies: env.NODE_ENV === 'production',
      oidc: oidcSettingsOf(env),
      logger: internals.logStream || env.NODE_ENV !== 'test' ? jsonLogger(env, internals.logStream) : false,
      fallback: web.fallback,
      beforeReady: async (instance) => {
        installObservability(instance, { db, metricsToken: env.HUIQI_METRICS_TOKEN, state });
        compressAnswers(instance);
        await web.register(instance);
      },
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
        state.stopping = true;
        // New connections are refused at once; requests in flight get the grace period, then their
        // connections are closed. Meanwhile the job runner stops claiming and hands back what it holds.
        await Promise.all([closeWithin(app, env.HUIQI_SHUTDOWN_GRACE_MS), jobs?.stop()]);
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

/** Structured JSON logs (pino): never the URL's query, bodies, cookies or client addresses. */
function jsonLogger(env: Env, stream: NodeJS.WritableStream | undefined) {
  return {
    level: env.NODE_ENV === 'production' || stream ? 'info' : 'warn',
    ...(stream ? { stream } : {}),
    serializers: {
      req: (r: { method?: string; routeOptions?: { url?: string } }) => ({ method: r.method, route: r.routeOptions?.url ?? 'unmatched' }),
      res: (r: { statusCode?: number }) => ({ status: r.statusCode }),
    },
  };
}

async function closeWithin(app: Awaited<ReturnType<typeof buildApi>>, graceMs: number): Promise<void> {
  const timer = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}
