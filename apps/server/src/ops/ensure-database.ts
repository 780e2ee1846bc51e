import { openDatabase, type Database } from '@huiqi/db';
import { describeTarget, explainConnectError, StartupError } from './startup-error';

export interface EnsureDatabaseResult {
  /** True when this call created the database. */
  created: boolean;
}

/** One connection (the pool of @huiqi/db, size 1: it probes the server when it opens). */
const connect = (url: string): Promise<Database> => openDatabase({ url });

/** The same server and credentials, another database (the maintenance database `postgres`). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * First run on PostgreSQL: connects to DATABASE_URL; when its database does not exist and the role
 * may create databases (CREATEDB or superuser), creates it (owned by that role, UTF8). Anything
 * else that stops the connection becomes a StartupError with one line and, where there is one,
 * the command to run.
 */
export async function ensurePostgresDatabase(url: string): Promise<EnsureDatabaseResult> {
  try {
    new URL(url);
  } catch (e) {
    throw explainConnectError(e, url) ?? e;
  }
  try {
    const client = await connect(url);
    await client.close();
    return { created: false };
  } catch (e) {
    const explained = explainConnectError(e, url);
    if ((e as { code?: string }).code !== '3D000') throw explained ?? e;
  }
  const t = describeTarget(url);
  let admin: Database;
  try {
    admin = await connect(withDatabase(url, 'postgres'));
  } catch {
    admin = await connect(withDatabase(url, 'template1')).catch(() => {
      throw missing(t, `无法连接维护库 postgres 来创建它`, `could not connect to the maintenance database postgres to create it`);
    });
  }
  try {
    const [role] = await admin.query<{ may: boolean }>('SELECT (rolcreatedb OR rolsuper) AS may FROM pg_roles WHERE rolname = current_user');
    if (!role?.may) throw missing(t, `用户 ${t.user} 无权创建数据库`, `role ${t.user} may not create databases`);
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(t.database)} ENCODING 'UTF8' TEMPLATE template0`);
    } catch (e) {
      // Another process created it between our two connections: that is what we wanted.
      if ((e as { code?: string }).code === '42P04') return { created: false };
      throw missing(t, `创建失败：${(e as Error).message}`, `creating it failed: ${(e as Error).message}`);
    }
    return { created: true };
  } finally {
    await admin.close().catch(() => undefined);
  }
}

function missing(t: ReturnType<typeof describeTarget>, zh: string, en: string): StartupError {
  return new StartupError(
    `数据库 ${t.database} 不存在，${zh}。请数据库管理员运行下面的命令后重试`,
    `database ${t.database} does not exist and ${en}; ask the database administrator to run the command below, then try again`,
    `createdb -h ${t.host} -p ${t.port} -U <admin> -O ${t.user} -E UTF8 -T template0 ${t.database}`,
  );
}
