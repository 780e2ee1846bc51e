import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env';

function problems(source: Record<string, string>) {
  try {
    loadEnv(source);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
  throw new Error('expected an EnvError');
}

describe('server environment', () => {
  it('has working defaults: port 8080, all interfaces, embedded PGlite in the repo data folder, demo off', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 8080, HOST: '0.0.0.0', DATABASE_URL: undefined, HUIQI_DEMO: false, NODE_ENV: 'development' });
    expect(env.HUIQI_DATA_DIR).toMatch(/[\\/]data$/);
    expect(env.HUIQI_WEB_DIST).toMatch(/apps[\\/]web[\\/]dist$/);
  });

  it('reads PORT=0 as "any free port", demo flags, and a PostgreSQL URL', () => {
    expect(loadEnv({ PORT: '0', HUIQI_DEMO: '1', DATABASE_URL: 'postgres://u@db:5432/huiqi' })).toMatchObject({ PORT: 0, HUIQI_DEMO: true, DATABASE_URL: 'postgres://u@db:5432/huiqi' });
    expect(loadEnv({ HUIQI_DEMO: 'false', DATABASE_URL: '' })).toMatchObject({ HUIQI_DEMO: false, DATABASE_URL: undefined });
  });

  it('refuses to start in production with demo mode on, saying why in both languages', () => {
    const [p] = problems({ NODE_ENV: 'production', HUIQI_DEMO: '1' });
    expect(p!.variable).toBe('HUIQI_DEMO');
    expect(p!.message.zh).toContain('生产环境');
    expect(p!.message.en).toContain('production');
    expect(loadEnv({ NODE_ENV: 'production', HUIQI_DEMO: '0' }).HUIQI_DEMO).toBe(false);
  });

  it('lists every bad variable at once, bilingually', () => {
    const list = problems({ PORT: '99999', DATABASE_URL: 'mysql://x', HUIQI_DEMO: 'yes', NODE_ENV: 'staging' });
    expect(list.map((p) => p.variable).sort()).toEqual(['DATABASE_URL', 'HUIQI_DEMO', 'NODE_ENV', 'PORT']);
    const port = list.find((p) => p.variable === 'PORT')!;
    expect(port.message).toEqual({ zh: '端口应为 0–65535 的整数（0 表示随机空闲端口）', en: 'must be an integer 0–65535 (0 = a random free port)' });
    expect(() => loadEnv({ PORT: 'eighty' })).toThrow(/配置无效 Invalid configuration:\n {2}PORT: 端口应为/);
  });
});
