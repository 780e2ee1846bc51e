import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@huiqi/db';
import { ensurePostgresDatabase, withDatabase } from './ensure-database';
import { explainConnectError, StartupError } from './startup-error';

const base = process.env.TEST_DATABASE_URL;
const created: string[] = [];
const NO_CREATEDB_ROLE = 'huiqi_ops_test_nocreatedb';

afterAll(async () => {
  if (!base) return;
  const admin = await openDatabase({ url: withDatabase(base, 'postgres') });
  try {
    for (const name of created) await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.close();
  }
});

const freshName = () => `huiqi_ops_test_${randomBytes(4).toString('hex')}`;

async function startupError(p: Promise<unknown>): Promise<StartupError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(StartupError);
  return e as StartupError;
}

describe.skipIf(!base)('first run on PostgreSQL (TEST_DATABASE_URL)', () => {
  it('creates a database that does not exist when the role may, and leaves an existing one alone', async () => {
    const name = freshName();
    created.push(name);
    const url = withDatabase(base!, name);
    expect(await ensurePostgresDatabase(url)).toEqual({ created: true });
    expect(await ensurePostgresDatabase(url)).toEqual({ created: false });
    const db = await openDatabase({ url });
    try {
      const [row] = await db.query<{ enc: string }>('SELECT pg_encoding_to_char(encoding) AS enc FROM pg_database WHERE datname = current_database()');
      expect(row?.enc).toBe('UTF8');
    } finally {
      await db.close();
    }
  });

  it('says which createdb to run when the role may not create databases', async () => {
    const admin = await openDatabase({ url: base! });
    try {
      await admin.exec(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${NO_CREATEDB_ROLE}') THEN CREATE ROLE ${NO_CREATEDB_ROLE} LOGIN NOCREATEDB; END IF; END $$`);
    } finally {
      await admin.close();
    }
    const name = freshName();
    const url = withDatabase(base!, name).replace(/\/\/[^@/]*@/, `//${NO_CREATEDB_ROLE}@`);
    const e = await startupError(ensurePostgresDatabase(url));
    expect(e.en).toContain(`database ${name} does not exist`);
    expect(e.en).toContain(`role ${NO_CREATEDB_ROLE} may not create databases`);
    expect(e.fix).toMatch(new RegExp(`^createdb .*-O ${NO_CREATEDB_ROLE} .*${name}$`));
    expect(e.message.split('\n')).toHaveLength(2);
  });

  it('names the problem in one line for an unknown role, a server that is down and a malformed URL', async () => {
    const role = await startupError(ensurePostgresDatabase(base!.replace(/\/\/[^@/]*@/, '//huiqi_no_such_role@')));
    expect(role.en).toMatch(/refused role huiqi_no_such_role/);
    const down = await startupError(ensurePostgresDatabase('postgres://postgres@127.0.0.1:1/huiqi'));
    expect(down.en).toBe('cannot reach the database server at 127.0.0.1:1 (is it running? is DATABASE_URL right?)');
    expect(down.fix).toBe('pg_isready -h 127.0.0.1 -p 1');
    const bad = await startupError(ensurePostgresDatabase('postgres://postgres@127.0.0.1:99999999/huiqi'));
    expect(bad.en).toMatch(/DATABASE_URL is not a valid connection URL/);
    const host = await startupError(ensurePostgresDatabase('postgres://postgres@no-such-host.invalid:5432/huiqi'));
    expect(host.en).toBe('unknown database host no-such-host.invalid (DATABASE_URL)');
  }, 30_000);
});

describe('explainConnectError', () => {
  const url = 'postgres://city:secret@db.example:5433/huiqi';
  it('explains a wrong password without showing it', () => {
    const e = explainConnectError(Object.assign(new Error('password authentication failed for user "city"'), { code: '28P01' }), url);
    expect(e?.message).toBe('数据库用户 city 的密码错误（DATABASE_URL） / wrong password for database role city (DATABASE_URL)');
    expect(e?.message).not.toContain('secret');
  });
  it('explains a missing database with the createdb to run', () => {
    const e = explainConnectError(Object.assign(new Error('database "huiqi" does not exist'), { code: '3D000' }), url);
    expect(e?.fix).toBe('createdb -h db.example -p 5433 -U city huiqi');
  });
  it('explains a server that wants a password the URL does not have', () => {
    const e = explainConnectError(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'), url);
    expect(e?.en).toBe('the database server db.example:5433 requires a password and DATABASE_URL has none');
  });
  it('leaves other errors alone (a bug keeps its stack)', () => {
    expect(explainConnectError(new RangeError('boom'), url)).toBeNull();
    expect(explainConnectError(Object.assign(new Error('syntax'), { code: '42601' }), url)).toBeNull();
  });
});
