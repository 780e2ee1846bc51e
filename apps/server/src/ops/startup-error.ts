/**
 * A configuration problem found while starting (database unreachable, missing, locked; port in use):
 * one bilingual line for the operator and, where there is one, the command that fixes it. The
 * process prints `message` and exits 1 — never a stack trace.
 */
export class StartupError extends Error {
  readonly zh: string;
  readonly en: string;
  /** A command the operator can run, e.g. `createdb -h 127.0.0.1 huiqi`. */
  readonly fix: string | undefined;
  constructor(zh: string, en: string, fix?: string) {
    super(`${zh} / ${en}${fix ? `\n  ${fix}` : ''}`);
    this.name = 'StartupError';
    this.zh = zh;
    this.en = en;
    this.fix = fix;
  }
}

interface PgLikeError {
  code?: string;
  message?: string;
}

const asPgError = (e: unknown): PgLikeError => (typeof e === 'object' && e !== null ? (e as PgLikeError) : {});

/** Where a PostgreSQL URL points, for messages (never the password). */
export function describeTarget(url: string): { host: string; port: string; database: string; user: string } {
  try {
    const u = new URL(url);
    return {
      host: decodeURIComponent(u.hostname) || 'localhost',
      port: u.port || '5432',
      database: decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres',
      user: decodeURIComponent(u.username) || 'postgres',
    };
  } catch {
    return { host: '?', port: '?', database: '?', user: '?' };
  }
}

/**
 * Turns an error from connecting to PostgreSQL into a StartupError when it is a configuration
 * problem; returns null for anything else (a real bug keeps its stack).
 */
export function explainConnectError(e: unknown, url: string): StartupError | null {
  if (e instanceof StartupError) return e;
  const { code, message = '' } = asPgError(e);
  const t = describeTarget(url);
  const at = `${t.host}:${t.port}`;
  switch (code) {
    case '28P01':
      return new StartupError(`数据库用户 ${t.user} 的密码错误（DATABASE_URL）`, `wrong password for database role ${t.user} (DATABASE_URL)`);
    case '28000':
      return new StartupError(`数据库服务器 ${at} 拒绝用户 ${t.user} 连接数据库 ${t.database}：${message}`, `the database server ${at} refused role ${t.user} for database ${t.database}: ${message}`);
    case '3D000':
      return new StartupError(`数据库 ${t.database} 不存在`, `database ${t.database} does not exist`, `createdb -h ${t.host} -p ${t.port} -U ${t.user} ${t.database}`);
    case '42501':
      return new StartupError(`数据库用户 ${t.user} 没有所需权限：${message}`, `database role ${t.user} lacks a privilege: ${message}`);
    case '57P03':
      return new StartupError(`数据库服务器 ${at} 正在启动或恢复，请稍后再试`, `the database server ${at} is starting up or recovering; try again shortly`);
    case '53300':
      return new StartupError(`数据库服务器 ${at} 连接数已满`, `the database server ${at} has too many connections`);
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new StartupError(`无法连接数据库服务器 ${at}（服务器未启动或地址错误）`, `cannot reach the database server at ${at} (is it running? is DATABASE_URL right?)`, `pg_isready -h ${t.host} -p ${t.port}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`找不到数据库服务器主机名 ${t.host}（DATABASE_URL）`, `unknown database host ${t.host} (DATABASE_URL)`);
    case 'ETIMEDOUT':
      return new StartupError(`连接数据库服务器 ${at} 超时`, `timed out connecting to the database server at ${at}`);
    default:
      break;
  }
  if (/password must be a string|SASL|client password/i.test(message)) {
    return new StartupError(`数据库服务器 ${at} 要求密码，但 DATABASE_URL 中没有密码`, `the database server ${at} requires a password and DATABASE_URL has none`);
  }
  if (e instanceof TypeError && /Invalid URL/i.test(message)) {
    return new StartupError('DATABASE_URL 不是有效的连接地址（形如 postgres://用户:密码@主机:5432/数据库）', 'DATABASE_URL is not a valid connection URL (postgres://user:password@host:5432/database)');
  }
  if (e instanceof Error && e.message === 'Connection terminated due to connection timeout') {
    return new StartupError(`连接数据库服务器 ${at} 超时`, `timed out connecting to the database server at ${at}`);
  }
  return null;
}
