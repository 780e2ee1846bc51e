import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { readMigrationFiles } from '@huiqi/db';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupLine, type BackupTrailer } from './backup-format';
import { BackupError } from './backup-error';

/**
 * The lines of a backup file (without their newline); corruption of the gzip stream is a BackupError.
 * A reader that stops early (a bad header, say) destroys both streams, so the rest of a corrupted
 * file never reaches the gunzip stream and cannot raise an error nobody listens to.
 */
export async function* backupLines(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new BackupError(`备份文件不存在：${file}`, `no such backup file: ${file}`);
  const source = createReadStream(file);
  const gunzip = createGunzip();
  let failure: Error | null = null;
  const fail = (e: Error) => {
    failure ??= e;
  };
  source.on('error', fail);
  gunzip.on('error', fail);
  const lines = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  gunzip.on('error', () => lines.close());
  try {
    for await (const line of lines) {
      if (failure) break;
      yield line;
    }
  } catch (e) {
    failure ??= e as Error;
  } finally {
    lines.close();
    source.unpipe(gunzip);
    source.destroy();
    gunzip.destroy();
  }
  if (failure) throw corrupted(`(${(failure as Error).message})`);
}

const corrupted = (why: string) => new BackupError(`备份文件已损坏，不能恢复 ${why}`, `the backup file is corrupted and cannot be restored ${why}`);

function parseLine<T>(line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw corrupted('(invalid line)');
  }
}

export function parseHeader(line: string | undefined): BackupHeader {
  const header = line === undefined ? undefined : parseLine<Partial<BackupHeader>>(line);
  if (!header || header.format !== BACKUP_FORMAT) throw new BackupError('这不是惠企备份文件', 'this is not a Huiqi backup file');
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`备份文件格式版本 ${header.formatVersion} 不受本程序支持（支持 ${BACKUP_FORMAT_VERSION}）`, `backup format version ${header.formatVersion} is not supported by this program (supports ${BACKUP_FORMAT_VERSION})`);
  }
  return header as BackupHeader;
}

/**
 * Reads the whole file once: the header, every row line counted per table, and the trailer whose
 * SHA-256 must match the bytes before it. Writes nothing.
 */
export async function verifyBackup(file: string): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  const hash = createHash('sha256');
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let table: string | null = null;
  let rows = 0;
  const counted: Record<string, number> = {};
  for await (const line of backupLines(file)) {
    if (trailer) throw corrupted('(data after the trailer)');
    if (!header) {
      header = parseHeader(line);
      hash.update(`${line}\n`);
      continue;
    }
    if (!line.startsWith('#')) {
      if (table === null) throw corrupted('(a row outside a table)');
      rows++;
      hash.update(`${line}\n`);
      continue;
    }
    const parsed = parseLine<BackupLine>(line.slice(1));
    if ('trailer' in parsed) {
      trailer = parsed.trailer;
      continue;
    }
    hash.update(`${line}\n`);
    if ('table' in parsed) {
      table = parsed.table;
      rows = 0;
    } else if ('end' in parsed) {
      if (parsed.end !== table || parsed.rows !== rows) throw corrupted(`(table ${parsed.end})`);
      counted[parsed.end] = rows;
      table = null;
    }
  }
  if (!header) throw new BackupError('这不是惠企备份文件（文件为空）', 'this is not a Huiqi backup file (it is empty)');
  if (!trailer) throw corrupted('(不完整 incomplete: no trailer)');
  if (trailer.sha256 !== hash.digest('hex')) throw corrupted('(校验和不符 checksum mismatch)');
  for (const [name, n] of Object.entries(trailer.tables)) if (counted[name] !== n) throw corrupted(`(table ${name})`);
  return { header, trailer };
}

/**
 * The backup's schema against this program's migration files: a backup from a newer program
 * (migrations this program does not have) or with changed migration files is refused.
 */
export function checkSchema(header: BackupHeader, files = readMigrationFiles()): void {
  const byVersion = new Map(files.map((f) => [f.version, f]));
  const unknown = header.migrations.filter((m) => !byVersion.has(m.version));
  if (unknown.length > 0) {
    const latest = files.at(-1)?.version ?? '—';
    throw new BackupError(
      `备份的数据库结构版本 ${header.schemaVersion} 比本程序（${latest}）新，含本程序没有的迁移 ${unknown.map((m) => `${m.version}_${m.name}`).join(', ')}：请用不低于备份时的程序版本恢复`,
      `the backup's schema version ${header.schemaVersion} is newer than this program's (${latest}); it has migrations this program lacks (${unknown.map((m) => `${m.version}_${m.name}`).join(', ')}): restore with a program at least as new as the one that made it`,
    );
  }
  const changed = header.migrations.filter((m) => byVersion.get(m.version)!.checksum !== m.checksum);
  if (changed.length > 0) {
    throw new BackupError(
      `备份中的迁移 ${changed.map((m) => `${m.version}_${m.name}`).join(', ')} 与本程序的迁移文件不同，不能恢复`,
      `migrations ${changed.map((m) => `${m.version}_${m.name}`).join(', ')} of the backup differ from this program's files; it cannot be restored`,
    );
  }
}
