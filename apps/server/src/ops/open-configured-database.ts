import { DataDirInUseError, openDatabase, type Database } from '@huiqi/db';
import type { Env } from '../env';
import { ensurePostgresDatabase } from './ensure-database';
import { explainConnectError, StartupError } from './startup-error';

export interface OpenedDatabase {
  db: Database;
  /** True when the PostgreSQL database did not exist and was created now. */
  created: boolean;
}

/**
 * Opens the database the environment names — PostgreSQL (created on first run when the role may)
 * or the PGlite data folder — turning every configuration problem into a one-line StartupError.
 */
export async function openConfiguredDatabase(env: Pick<Env, 'DATABASE_URL' | 'HUIQI_DATA_DIR'>, options: { createIfMissing?: boolean } = {}): Promise<OpenedDatabase> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    const created = options.createIfMissing === false ? false : (await ensurePostgresDatabase(url)).created;
    try {
      return { db: await openDatabase({ url }), created };
    } catch (e) {
      throw explainConnectError(e, url) ?? e;
    }
  }
  try {
    return { db: await openDatabase({ dataDir: env.HUIQI_DATA_DIR }), created: false };
  } catch (e) {
    throw explainDataDirError(e, env.HUIQI_DATA_DIR) ?? e;
  }
}

export function explainDataDirError(e: unknown, dataDir: string): StartupError | null {
  if (e instanceof DataDirInUseError) {
    return new StartupError(
      `PGlite 数据目录 ${dataDir} 正被进程 ${e.pid} 使用（一个数据目录只能由一个进程打开）；请先停止该进程，或设置另一个 HUIQI_DATA_DIR`,
      `the PGlite data folder ${dataDir} is in use by process ${e.pid} (one process per folder); stop that process or set another HUIQI_DATA_DIR`,
    );
  }
  const code = (e as { code?: string } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR') {
    return new StartupError(`无法写入 PGlite 数据目录 ${dataDir}（${code}）；请检查 HUIQI_DATA_DIR 及其权限`, `cannot write the PGlite data folder ${dataDir} (${code}); check HUIQI_DATA_DIR and its permissions`);
  }
  return null;
}

/** app.listen failures that are configuration problems (port taken, privileged port, bad address). */
export function explainListenError(e: unknown, host: string, port: number): StartupError | null {
  const code = (e as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') {
    return new StartupError(`端口 ${port} 已被其他进程占用（${host}）；请停止该进程或设置另一个 PORT`, `port ${port} is already in use on ${host}; stop that process or set another PORT`, `ss -ltnp 'sport = :${port}'`);
  }
  if (code === 'EACCES') {
    return new StartupError(`无权监听端口 ${port}（1024 以下的端口需要特权）；请设置 PORT=8080 等`, `not allowed to listen on port ${port} (ports below 1024 need privileges); set e.g. PORT=8080`);
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new StartupError(`本机没有地址 ${host}（HOST）`, `this machine has no address ${host} (HOST)`);
  }
  return null;
}
