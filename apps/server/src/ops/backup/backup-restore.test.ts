import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { appendAuditEvent, insertAppealAttachment, openDatabase, verifyAuditChain, type Database, type Queryable } from '@huiqi/db';
import { describeEachEngine, type EngineName } from '@huiqi/db/testing';
import { loadDemoCity } from '../../demo/load-demo-city';
import { ensurePostgresDatabase, withDatabase } from '../ensure-database';
import { listSequences, listTables, quoteIdent } from './catalog';
import { restoreBackup } from './restore-backup';
import { writeBackup } from './write-backup';
import { verifyBackup } from './read-backup';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-backup-'));
const pgUrl = process.env.TEST_DATABASE_URL;
const createdDbs: string[] = [];
afterAll(async () => {
  rmSync(temp, { recursive: true, force: true });
  if (!pgUrl || createdDbs.length === 0) return;
  const admin = await openDatabase({ url: withDatabase(pgUrl, 'postgres') });
  try {
    for (const name of createdDbs) await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.close();
  }
});

/** A new, empty database on the engine (nothing migrated). */
async function emptyDatabase(engine: EngineName): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ memory: true });
  const name = `huiqi_restore_${randomBytes(4).toString('hex')}`;
  createdDbs.push(name);
  const url = withDatabase(pgUrl!, name);
  await ensurePostgresDatabase(url);
  return openDatabase({ url });
}

/** One fingerprint per table: every row, in a stable order. */
async function tableFingerprints(db: Queryable): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of await listTables(db)) {
    const [r] = await db.query<{ h: string; n: number }>(
      `SELECT md5(coalesce(string_agg(x.j, E'\\n' ORDER BY x.j), '')) AS h, count(*)::int AS n FROM (SELECT to_jsonb(t)::text AS j FROM ${quoteIdent(t.name)} t) x`,
    );
    out[t.name] = `${r!.n}:${r!.h}`;
  }
  return out;
}

async function attachmentBytes(db: Queryable): Promise<Record<string, string>> {
  const rows = await db.query<{ id: string; digest: string; declared: string }>(
    "SELECT id, encode(sha256(content), 'hex') AS digest, sha256 AS declared FROM appeal_attachments UNION ALL SELECT id, encode(sha256(content), 'hex'), sha256 FROM benefit_attachments ORDER BY 1",
  );
  for (const r of rows) expect(r.digest).toBe(r.declared);
  return Object.fromEntries(rows.map((r) => [r.id, r.digest]));
}

/** Rewrites a backup's lines (then its checksum, so only the change is under test). */
function rewrite(file: string, to: string, edit: (lines: string[]) => void): void {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l !== '');
  const trailerLine = lines.pop()!;
  edit(lines);
  const body = lines.map((l) => `${l}\n`).join('');
  const trailer = JSON.parse(trailerLine.slice(1)) as { trailer: { sha256: string } };
  trailer.trailer.sha256 = createHash('sha256').update(body).digest('hex');
  writeFileSync(to, gzipSync(`${body}#${JSON.stringify(trailer)}\n`));
}

describeEachEngine('backup and restore', (getDb, engine) => {
  it('restores a populated platform into an empty database: every table, every attachment byte, the audit hash chain', async () => {
    const db = getDb();
    await db.migrate(); // migration files added to the tree since the suite's database was made
    await loadDemoCity(db);
    const files = [randomBytes(200_000), Buffer.from([0, 255, 0, 10, 13, 92, 34, 0]), Buffer.from('%PDF-1.4 附件 \\x00 "quoted"\n', 'utf8')];
    await db.transaction(async (tx) => {
      for (const [i, content] of files.entries()) {
        await insertAppealAttachment(tx, {
          id: `att-backup-${engine}-${i}`, caseId: null, uploadedBy: 'backup-test', fileName: `证明材料-${i}.pdf`, mediaType: 'application/pdf',
          sizeBytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), content, auditUserId: null,
        });
      }
    });
    const file = join(temp, `platform-${engine}.huiqi-backup`);
    const summary = await writeBackup(db, file);
    expect(summary.header.engine).toBe(engine);
    expect(summary.header.schemaVersion).toMatch(/^\d{4}$/);
    expect(summary.trailer.tables.enterprises).toBeGreaterThanOrEqual(3000);
    expect(summary.trailer.attachments.appeal_attachments!.files).toBeGreaterThanOrEqual(3);

    const target = await emptyDatabase(engine);
    try {
      const restored = await restoreBackup(target, file);
      expect(restored.migratedForward).toEqual([]);
      expect(await tableFingerprints(target)).toEqual(await tableFingerprints(db));
      const bytes = await attachmentBytes(target);
      expect(bytes).toEqual(await attachmentBytes(db));
      for (const [i, content] of files.entries()) expect(bytes[`att-backup-${engine}-${i}`]).toBe(createHash('sha256').update(content).digest('hex'));
      const chain = await verifyAuditChain(target);
      expect(chain.ok).toBe(true);
      expect(chain).toEqual(await verifyAuditChain(db));
      // The restored platform keeps working: sequences where they were, the chain continues.
      expect(await listSequences(target)).toEqual(await listSequences(db));
      await target.transaction((tx) => appendAuditEvent(tx, { type: 'JOBS_DEAD_RETRIED', subject: 'after-restore', payload: { jobIds: [], skippedJobIds: [] } }, null));
      expect((await verifyAuditChain(target)).ok).toBe(true);
      // A second restore into the same (now populated) database is refused.
      await expect(restoreBackup(target, file)).rejects.toThrow('the target database is not empty');
    } finally {
      await target.close();
    }
  }, 600_000);

  it('refuses a corrupted, truncated or newer-schema file before writing anything', async () => {
    const file = join(temp, `platform-${engine}.huiqi-backup`);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x5a;
    writeFileSync(join(temp, 'flipped'), flipped);
    await expect(verifyBackup(join(temp, 'flipped'))).rejects.toThrow(/the backup file is corrupted and cannot be restored/);
    writeFileSync(join(temp, 'truncated'), good.subarray(0, Math.floor(good.length * 0.8)));
    await expect(verifyBackup(join(temp, 'truncated'))).rejects.toThrow(/the backup file is corrupted/);
    // A row changed but the checksum kept: caught by the checksum.
    const lines = gunzipSync(good).toString('utf8').split('\n');
    const row = lines.findIndex((l) => l.startsWith('{') && l.includes('"uscc"'));
    lines[row] = lines[row]!.replace(/"uscc": ?"[^"]+"/, '"uscc": "91440300MA5XXXXXXX"');
    writeFileSync(join(temp, 'edited'), gzipSync(lines.join('\n')));
    await expect(verifyBackup(join(temp, 'edited'))).rejects.toThrow(/checksum mismatch/);
    writeFileSync(join(temp, 'not-a-backup'), gzipSync('{"hello":1}\n'));
    await expect(verifyBackup(join(temp, 'not-a-backup'))).rejects.toThrow('this is not a Huiqi backup file');

    rewrite(file, join(temp, 'newer'), (ls) => {
      const header = JSON.parse(ls[0]!) as { schemaVersion: string; migrations: object[] };
      header.migrations.push({ version: '9990', name: 'from_the_future', checksum: 'x' });
      header.schemaVersion = '9990';
      ls[0] = JSON.stringify(header);
    });
    const target = await emptyDatabase(engine);
    try {
      await expect(restoreBackup(target, join(temp, 'newer'))).rejects.toThrow(/the backup's schema version 9990 is newer than this program's .*9990_from_the_future/);
      await expect(restoreBackup(target, join(temp, 'flipped'))).rejects.toThrow(/corrupted/);
      const [n] = await target.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'");
      expect(n?.n).toBe(0);
    } finally {
      await target.close();
    }
  }, 300_000);
});
