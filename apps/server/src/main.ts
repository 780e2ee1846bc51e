/** `npx tsx apps/server/src/main.ts` — starts the platform from process.env. */
import { EnvError, StartupError, demoLoginLines, redact, startServer } from './index';

try {
  const server = await startServer();
  const db = server.env.DATABASE_URL ? `PostgreSQL ${redact(server.env.DATABASE_URL)}` : `PGlite ${server.env.HUIQI_DATA_DIR}`;
  if (server.createdDatabase) process.stdout.write(`已创建数据库 created the database ${redact(server.env.DATABASE_URL ?? '')}\n`);
  process.stdout.write(`惠企 Huiqi listening on ${server.url}  (database: ${db}; started in ${server.startupMs} ms)\n`);
  if (server.env.HUIQI_DEMO) process.stdout.write(`${demoLoginLines().join('\n')}\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: shutting down 正在关闭…\n`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`shutdown failed: ${String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (e) {
  if (e instanceof EnvError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  if (e instanceof StartupError) {
    process.stderr.write(`启动失败 cannot start: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`启动失败 startup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
}
