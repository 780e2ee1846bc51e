import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../repo-root';
import { startServer } from '../index';
import { openConfiguredDatabase } from './open-configured-database';
import { StartupError } from './startup-error';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-startup-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const noUrl = '' as unknown as undefined;

describe('configuration errors at startup', () => {
  it('a PGlite folder locked by another process and a port in use are one clear line each', async () => {
    const dataDir = join(temp, 'data');
    const first = await startServer({ PORT: 0, HOST: '127.0.0.1', HUIQI_DATA_DIR: dataDir, HUIQI_DEMO: false, HUIQI_JOBS: false, NODE_ENV: 'test', DATABASE_URL: noUrl });
    try {
      const locked = await openConfiguredDatabase({ DATABASE_URL: undefined, HUIQI_DATA_DIR: dataDir }).then(() => null, (e: unknown) => e);
      expect(locked).toBeInstanceOf(StartupError);
      expect((locked as StartupError).en).toBe(`the PGlite data folder ${dataDir} is in use by process ${process.pid} (one process per folder); stop that process or set another HUIQI_DATA_DIR`);

      const busy = await startServer({ PORT: first.port, HOST: '127.0.0.1', HUIQI_DATA_DIR: join(temp, 'other'), HUIQI_DEMO: false, HUIQI_JOBS: false, NODE_ENV: 'test', DATABASE_URL: noUrl }).then(() => null, (e: unknown) => e);
      expect(busy).toBeInstanceOf(StartupError);
      expect((busy as StartupError).en).toBe(`port ${first.port} is already in use on 127.0.0.1; stop that process or set another PORT`);
      // The failed start released its data folder: it opens again.
      const again = await openConfiguredDatabase({ DATABASE_URL: undefined, HUIQI_DATA_DIR: join(temp, 'other') });
      await again.db.close();
    } finally {
      await first.close();
    }
  }, 120_000);

  it('the server process prints one line and exits 1, without a stack trace', () => {
    // The test run's server bundle when it built one (tools/test-bundles.ts): the tsx command would start a
    // second node process and compile every module of the server first.
    const entry = process.env.HUIQI_SERVER_BUNDLE ? [process.env.HUIQI_SERVER_BUNDLE] : ['--import', 'tsx', 'apps/server/src/main.ts'];
    const r = spawnSync(process.execPath, entry, {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/huiqi', HUIQI_DEMO: '0', NODE_ENV: 'test', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('启动失败 cannot start: 无法连接数据库服务器 127.0.0.1:1（服务器未启动或地址错误） / cannot reach the database server at 127.0.0.1:1 (is it running? is DATABASE_URL right?)\n  pg_isready -h 127.0.0.1 -p 1\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
