import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '@huiqi/db';
import { RegistrySnapshot, type SnapshotHead } from '@huiqi/matching';

const MAGIC = Buffer.from('HUIQI-SNAPSHOT\n', 'latin1');

/**
 * Which database a snapshot file belongs to: the cluster's system identifier (where the engine
 * tells it) and the database's name. A file of another database is never read.
 */
export async function databaseIdentity(db: Database): Promise<string> {
  const [named] = await db.query<{ d: string }>('SELECT current_database() AS d');
  let system = '';
  try {
    const [c] = await db.query<{ s: string }>('SELECT system_identifier::text AS s FROM pg_control_system()');
    system = c?.s ?? '';
  } catch {
    system = '';
  }
  return `${db.kind}:${system}:${named?.d ?? ''}`;
}

/** The file of one figure year's snapshot of one database under `dir`. */
export function snapshotFilePath(dir: string, identity: string, figureYear: number): string {
  return join(dir, `registry-snapshot-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}-${figureYear}.bin`);
}

/**
 * Writes the snapshot: a magic line, the head as JSON (with the database identity and each column's
 * length), then the columns' bytes; written to a temporary file and renamed, so a reader never sees
 * half a file.
 */
export async function writeSnapshotFile(path: string, identity: string, snap: RegistrySnapshot): Promise<void> {
  const { head, columns } = snap.toParts();
  const meta = Buffer.from(JSON.stringify({ ...head, identity, lengths: columns.map((c) => c.byteLength) }), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(meta.byteLength);
  await mkdir(join(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const f = await open(tmp, 'w');
  try {
    for (const part of [MAGIC, size, meta, ...columns]) await f.write(part);
    await f.sync();
  } finally {
    await f.close();
  }
  await rename(tmp, path);
}

/**
 * Reads a snapshot written by `writeSnapshotFile`: null when there is none, when it belongs to
 * another database or format, or when it is damaged (then it is removed, and the caller rebuilds).
 */
export async function readSnapshotFile(path: string, identity: string): Promise<RegistrySnapshot | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  try {
    if (!bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) throw new RangeError('not a snapshot file');
    const metaLength = bytes.readUInt32LE(MAGIC.byteLength);
    const at = MAGIC.byteLength + 4;
    const meta = JSON.parse(bytes.toString('utf8', at, at + metaLength)) as SnapshotHead & { identity: string; lengths: number[] };
    if (meta.identity !== identity) return null;
    let offset = at + metaLength;
    const columns = meta.lengths.map((n) => {
      const c = bytes.subarray(offset, offset + n);
      offset += n;
      return c;
    });
    if (offset !== bytes.byteLength) throw new RangeError('snapshot file length');
    return RegistrySnapshot.fromParts(meta, columns);
  } catch {
    await rm(path, { force: true });
    return null;
  }
}
