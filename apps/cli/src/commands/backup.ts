import { resolve } from 'node:path';
import { redact } from '@huiqi/db';
import { BackupError, loadEnv, openConfiguredDatabase, writeBackup } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi backup --out FILE
  备份整个平台（所有数据表、上传的附件、序列）到一个文件，含校验和与数据库结构版本
  back up the whole platform (every table, uploaded attachments, sequences) to one file with a checksum and the schema version
  PostgreSQL（DATABASE_URL）：在线备份，一致快照，服务器不必停止
  PostgreSQL (DATABASE_URL): online, one consistent snapshot; the server keeps running
  PGlite（HUIQI_DATA_DIR）：数据目录只能由一个进程打开，请先停止服务器
  PGlite (HUIQI_DATA_DIR): one process owns the folder; stop the server first
`;

export default defineCommand({
  summary: '备份 Back up the platform (every table and attachment) to --out FILE, with a checksum and the schema version',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    if (positional.length > 0 || typeof options.out !== 'string' || Object.keys(options).some((k) => k !== 'out')) {
      io.stderr.write(USAGE);
      return 2;
    }
    const env = loadEnv();
    const { db } = await openConfiguredDatabase(env, { createIfMissing: false });
    try {
      const started = performance.now();
      const s = await writeBackup(db, resolve(options.out));
      const rows = Object.values(s.trailer.tables).reduce((a, b) => a + b, 0);
      io.stdout.write(`${JSON.stringify({
        file: s.file, bytes: s.bytes, database: db.kind, source: env.DATABASE_URL ? redact(env.DATABASE_URL) : env.HUIQI_DATA_DIR,
        schemaVersion: s.header.schemaVersion, tables: Object.keys(s.trailer.tables).length, rows, attachments: s.trailer.attachments, sha256: s.trailer.sha256,
        ms: Math.round(performance.now() - started),
      })}\n`);
      return 0;
    } catch (e) {
      if (e instanceof BackupError) {
        io.stderr.write(`${e.message}\n`);
        return 1;
      }
      throw e;
    } finally {
      await db.close();
    }
  },
});
