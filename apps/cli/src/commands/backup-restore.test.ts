import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAppealAttachment, openDatabase, verifyAuditChain } from '@huiqi/db';
import { runCommand } from '../testing/run-command';
import backup from './backup';
import restore from './restore';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-cli-backup-'));
const saved = { dir: process.env.HUIQI_DATA_DIR, url: process.env.DATABASE_URL };
const pgUrl = process.env.TEST_DATABASE_URL;
const pgName = `huiqi_cli_restore_${randomBytes(4).toString('hex')}`;
const content = randomBytes(50_000);

beforeAll(() => {
  delete process.env.DATABASE_URL;
});
afterAll(async () => {
  for (const [k, v] of [['HUIQI_DATA_DIR', saved.dir], ['DATABASE_URL', saved.url]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(temp, { recursive: true, force: true });
  if (pgUrl) {
    const u = new URL(pgUrl);
    u.pathname = '/postgres';
    const admin = await openDatabase({ url: u.toString() });
    await admin.exec(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`).finally(() => admin.close());
  }
});

describe('huiqi backup / huiqi restore', () => {
  const file = join(temp, 'city.huiqi-backup');

  it('backs up a PGlite folder and restores it into a new folder; refuses a used target and a corrupted file', async () => {
    const source = join(temp, 'source');
    const db = await openDatabase({ dataDir: source });
    await db.migrate();
    await db.transaction((tx) =>
      insertAppealAttachment(tx, { id: 'att-cli-1', caseId: null, uploadedBy: 'cli-test', fileName: '营业执照.png', mediaType: 'image/png', sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, auditUserId: null }),
    );
    await db.close();

    process.env.HUIQI_DATA_DIR = source;
    const b = await runCommand(backup, ['--out', file]);
    expect(b.err).toBe('');
    expect(b.code).toBe(0);
    expect(JSON.parse(b.out)).toMatchObject({ file, database: 'pglite', attachments: { appeal_attachments: { files: 1, bytes: 50_000 } } });

    const verified = await runCommand(restore, [file, '--verify-only']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, engine: 'pglite' });

    process.env.HUIQI_DATA_DIR = join(temp, 'target');
    const r = await runCommand(restore, [file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const target = await openDatabase({ dataDir: join(temp, 'target') });
    try {
      const [row] = await target.query<{ content: Uint8Array }>("SELECT content FROM appeal_attachments WHERE id = 'att-cli-1'");
      expect(Buffer.from(row!.content).equals(content)).toBe(true);
      expect((await verifyAuditChain(target)).checked).toBe(1);
    } finally {
      await target.close();
    }
    // The target now holds data: a second restore is refused, in one line.
    const again = await runCommand(restore, [file]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^恢复失败 restore refused: 目标数据库不是空的.*the target database is not empty.*\n$/);

    const broken = join(temp, 'broken.huiqi-backup');
    const bytes = readFileSync(file);
    writeFileSync(broken, bytes.subarray(0, bytes.length - 40));
    process.env.HUIQI_DATA_DIR = join(temp, 'never');
    const bad = await runCommand(restore, [broken]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/the backup file is corrupted and cannot be restored/);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  }, 180_000);

  it.skipIf(!pgUrl)('restores the PGlite backup into a PostgreSQL database it creates', async () => {
    const u = new URL(pgUrl!);
    u.pathname = `/${pgName}`;
    process.env.DATABASE_URL = u.toString();
    try {
      const r = await runCommand(restore, [file]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ database: 'postgres', from: 'pglite' });
      const db = await openDatabase({ url: u.toString() });
      try {
        const [row] = await db.query<{ digest: string }>("SELECT encode(sha256(content), 'hex') AS digest FROM appeal_attachments WHERE id = 'att-cli-1'");
        expect(row?.digest).toBe(createHash('sha256').update(content).digest('hex'));
        expect((await verifyAuditChain(db)).ok).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      delete process.env.DATABASE_URL;
    }
  }, 120_000);

  it('asks for --out FILE', async () => {
    expect((await runCommand(backup, [])).code).toBe(2);
    expect((await runCommand(restore, [])).code).toBe(2);
  });
});
