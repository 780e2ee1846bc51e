/**
 * `huiqi users add` as operators run it: the real binary in a child process, production mode,
 * demo mode off, on an empty PGlite folder and on a PostgreSQL database; the password on stdin.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, logIn, openDatabase, type Database } from '@huiqi/db';
import { createScratchPostgres, type ScratchDatabase } from '@huiqi/db/testing';

/** The test run's CLI bundle when it built one (tools/test-bundles.ts), else the binary operators run. */
const BIN = process.env.HUIQI_CLI_BUNDLE ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'huiqi.js');
const STRONG = 'Tr0ub4dor&3-horse';

function huiqi(args: string[], stdin: string, env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    delete base.HUIQI_DEMO;
    delete base.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...base, NODE_ENV: 'production', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += String(c)));
    child.stderr.on('data', (c) => (err += String(c)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

describe('huiqi users add: refusals before any database is opened', () => {
  it('refuses a password on the command line, an unknown role and missing options, in both languages (exit 2)', async () => {
    const env = { HUIQI_DATA_DIR: join(tmpdir(), 'huiqi-never-created') };
    const argv = await huiqi(['users', 'add', '--username', 'root', '--role', 'ADMIN', '--password', STRONG], '', env);
    expect(argv.code).toBe(2);
    expect(argv.err).toContain('不接受命令行中的密码');
    expect(argv.err).toContain('never taken from the command line');
    const role = await huiqi(['users', 'add', '--username', 'root', '--role', 'BOSS'], `${STRONG}\n`, env);
    expect(role.code).toBe(2);
    expect(role.err).toContain('未知角色「BOSS」');
    expect(role.err).toContain("unknown role 'BOSS'");
    const usage = await huiqi(['users', 'add', '--role', 'ADMIN'], `${STRONG}\n`, env);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('huiqi users add --username NAME --role ROLE');
  }, 60_000);
});

async function contract(env: Record<string, string>, open: () => Promise<Database>) {
  const first = await huiqi(['users', 'add', '--username', 'root-admin', '--role', 'ADMIN', '--display-name', '系统管理员'], `${STRONG}\n`, env);
  expect(first.err).toBe('');
  expect(first.code).toBe(0);
  const created = JSON.parse(first.out);
  expect(created).toMatchObject({ username: 'root-admin', role: 'ADMIN', jurisdiction: 'cn-gd-sz', departmentId: null });

  const taken = await huiqi(['users', 'add', '--username', 'root-admin', '--role', 'AUDITOR'], `${STRONG}\n`, env);
  expect(taken.code).toBe(1);
  expect(taken.err).toContain('用户名「root-admin」已被使用');
  expect(taken.err).toContain("the username 'root-admin' is taken");

  const weak = await huiqi(['users', 'add', '--username', 'second-admin', '--role', 'ADMIN'], 'password123\n', env);
  expect(weak.code).toBe(1);
  expect(weak.err).toContain('密码太弱');
  expect(weak.err).toContain('weak password');

  const db = await open();
  try {
    const login = await logIn(db, { username: 'root-admin', password: STRONG, demoMode: false });
    expect(login.ok).toBe(true);
    if (login.ok) expect(login.user.role).toBe('ADMIN');
    expect((await logIn(db, { username: 'second-admin', password: 'password123', demoMode: false })).ok).toBe(false);
    const events = await listAuditEvents(db, { page: 1, pageSize: 50, subject: created.id });
    expect(events.items.map((e) => e.type)).toEqual(expect.arrayContaining(['USER_CREATED', 'ADMIN_USER_CREATED']));
  } finally {
    await db.close();
  }
}

describe('huiqi users add on an empty PGlite folder (production mode, no demo)', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'huiqi-users-add-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('creates the first administrator, who can then sign in; refuses a taken name and a weak password', async () => {
    await contract({ HUIQI_DATA_DIR: dir }, () => openDatabase({ dataDir: dir }));
  }, 240_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('huiqi users add on PostgreSQL (DATABASE_URL, production mode, no demo)', () => {
  let scratch: ScratchDatabase;
  let url: string;
  beforeAll(async () => {
    scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${scratch.name}`;
    url = u.toString();
  });
  afterAll(() => scratch.drop());
  it('creates the first administrator, who can then sign in; refuses a taken name and a weak password', async () => {
    await contract({ DATABASE_URL: url }, () => openDatabase({ url }));
  }, 240_000);
});
