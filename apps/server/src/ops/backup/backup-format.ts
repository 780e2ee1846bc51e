/**
 * The backup file (备份文件): gzip of JSON lines, the same on both engines, so a PGlite backup can
 * also be restored into PostgreSQL.
 *
 *   line 1             BackupHeader (format, engine, schema version, the migrations with checksums)
 *   per table          #{"table": name, "columns": [...]}, one line per row (to_jsonb, starts with
 *                      "{"), #{"end": name, "rows": n}
 *   sequences          #{"sequences": {name: last_value | null}}
 *   last line          #{"trailer": BackupTrailer} — row counts, attachment bytes and the SHA-256 of
 *                      every byte (uncompressed) before this line
 * Control lines start with "#", which no row line can.
 *
 * A file whose trailer is missing (truncated) or whose checksum differs (corrupted) is refused
 * before anything is written.
 */
export const BACKUP_FORMAT = 'huiqi-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupMigration {
  version: string;
  name: string;
  checksum: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The engine it was taken from (restores into either). */
  engine: 'pglite' | 'postgres';
  createdAt: string;
  /** Highest applied migration version, e.g. "0630". */
  schemaVersion: string;
  migrations: BackupMigration[];
}

export interface AttachmentSummary {
  files: number;
  bytes: number;
}

export interface BackupTrailer {
  tables: Record<string, number>;
  /** Uploaded files (tables `*_attachments` with a `content` column). */
  attachments: Record<string, AttachmentSummary>;
  sha256: string;
}

export type BackupLine =
  | { table: string; columns: string[] }
  | { end: string; rows: number }
  | { sequences: Record<string, number | null> }
  | { trailer: BackupTrailer };

/** Tables that are not data: the migration ledger is rebuilt by migrating the target. */
export const NOT_BACKED_UP = new Set(['schema_migrations']);

/** A control line: "#" and its JSON. */
export const control = (line: BackupLine): string => `#${JSON.stringify(line)}`;
