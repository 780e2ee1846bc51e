import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir, lockFileOf } from './data-dir-lock';

const parent = mkdtempSync(join(tmpdir(), 'huiqi-lock-'));
const dir = join(parent, 'data');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('data folder lock', () => {
  it('keeps the lock beside the folder, never inside it', () => {
    expect(lockFileOf(dir)).toBe(join(parent, 'data.huiqi-lock'));
  });

  it('lets one owner in, refuses a second, and frees the folder on release', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(lockFileOf(dir), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(/只能由一个进程打开.*only one process/);
    release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that has exited', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockFileOf(dir), dead);
    const release = lockDataDir(dir);
    expect(readFileSync(lockFileOf(dir), 'utf8')).toBe(String(process.pid));
    release();
  });
});
