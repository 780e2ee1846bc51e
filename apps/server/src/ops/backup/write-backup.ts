import { createHash } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Database } from '@huiqi/db';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, control, type AttachmentSummary, type BackupHeader, type BackupTrailer } from './backup-format';
import { listSequences, listTables, quoteIdent } from './catalog';

/** Rows fetched per round trip from the snapshot's cursor. */
const FETCH_ROWS = 500;

export interface BackupSummary {
  file: string;
  header: BackupHeader;
  trailer: BackupTrailer;
  bytes: number;
}

/**
 * Writes a consistent snapshot of the whole platform (every table of the public schema, uploaded
 * attachments included, sequences) to `file`: one REPEATABLE READ, READ ONLY transaction on
 * PostgreSQL, so the server keeps running; on PGlite the process that owns the data folder.
 * The file appears only when complete (written as `file.partial`, then renamed).
 */
export async function writeBackup(db: Database, file: string, clock: () => Date = () => new Date()): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const text = new PassThrough();
  const gzip = createGzip({ level: 6 });
  const out = createWriteStream(partial);
  const done = pipeline(text, gzip, out);
  const hash = createHash('sha256');
  const write = async (line: string) => {
    const chunk = `${line}\n`;
    hash.update(chunk);
    if (!text.write(chunk)) await once(text, 'drain');
  };
  try {
    const result = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const migrations = await tx.query<{ version: string; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
      if (migrations.length === 0) throw new Error('the database has no migrations applied: nothing to back up');
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        engine: db.kind,
        createdAt: clock().toISOString(),
        schemaVersion: migrations[migrations.length - 1]!.version,
        migrations,
      };
      await write(JSON.stringify(header));
      const tables: Record<string, number> = {};
      const attachments: Record<string, AttachmentSummary> = {};
      for (const table of await listTables(tx)) {
        await write(control({ table: table.name, columns: table.columns }));
        await tx.exec(`DECLARE huiqi_backup NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS j FROM ${quoteIdent(table.name)} t`);
        let rows = 0;
        for (;;) {
          const batch = await tx.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM huiqi_backup`);
          for (const r of batch) await write(r.j);
          rows += batch.length;
          if (batch.length < FETCH_ROWS) break;
        }
        await tx.exec('CLOSE huiqi_backup');
        await write(control({ end: table.name, rows }));
        tables[table.name] = rows;
        if (table.name.endsWith('_attachments') && table.columns.includes('content')) {
          const [a] = await tx.query<{ files: number; bytes: number | null }>(`SELECT count(*)::int AS files, sum(octet_length(content))::bigint AS bytes FROM ${quoteIdent(table.name)}`);
          attachments[table.name] = { files: a?.files ?? 0, bytes: Number(a?.bytes ?? 0) };
        }
      }
      await write(control({ sequences: await listSequences(tx) }));
      const trailer: BackupTrailer = { tables, attachments, sha256: hash.digest('hex') };
      const last = `${control({ trailer })}\n`;
      if (!text.write(last)) await once(text, 'drain');
      return { header, trailer };
    });
    text.end();
    await done;
    renameSync(partial, file);
    return { file, ...result, bytes: out.bytesWritten };
  } catch (e) {
    text.destroy();
    await done.catch(() => undefined);
    rmSync(partial, { force: true });
    throw e;
  }
}
