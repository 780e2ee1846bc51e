import { resolve } from 'node:path';
import { redact } from '@huiqi/db';
import { BackupError, loadEnv, openConfiguredDatabase, restoreBackup, verifyBackup } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi restore FILE [--verify-only]
  把 huiqi backup 的文件恢复到一个新的空数据库（DATABASE_URL 指向的库不存在时自动创建；PGlite：新的 HUIQI_DATA_DIR）
  restore a file of huiqi backup into a new, empty database (created when DATABASE_URL names one that does not exist; PGlite: a new HUIQI_DATA_DIR)
  先校验整个文件（校验和、行数、数据库结构不比本程序新），再在一个事务中写入，然后执行本程序更新的迁移
  verifies the whole file first (checksum, row counts, schema not newer than this program), loads it in one transaction, then applies newer migrations
  --verify-only  只校验文件，不连接数据库 / only verify the file, touch no database
`;

export default defineCommand({
  summary: '恢复 Restore a backup file into a new, empty database (verifies checksum and schema version first); --verify-only',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const verifyOnly = options['verify-only'] === true;
    if (positional.length !== 1 || Object.keys(options).some((k) => k !== 'verify-only') || (options['verify-only'] !== undefined && !verifyOnly)) {
      io.stderr.write(USAGE);
      return 2;
    }
    const file = resolve(positional[0]!);
    try {
      if (verifyOnly) {
        const { header, trailer } = await verifyBackup(file);
        io.stdout.write(`${JSON.stringify({ file, ok: true, engine: header.engine, createdAt: header.createdAt, schemaVersion: header.schemaVersion, tables: trailer.tables, attachments: trailer.attachments })}\n`);
        return 0;
      }
      const env = loadEnv();
      const { db } = await openConfiguredDatabase(env);
      try {
        const started = performance.now();
        const r = await restoreBackup(db, file);
        io.stdout.write(`${JSON.stringify({
          file, database: db.kind, target: env.DATABASE_URL ? redact(env.DATABASE_URL) : env.HUIQI_DATA_DIR, from: r.header.engine, createdAt: r.header.createdAt,
          schemaVersion: r.header.schemaVersion, rows: Object.values(r.trailer.tables).reduce((a, b) => a + b, 0), attachments: r.trailer.attachments,
          migratedForward: r.migratedForward, ms: Math.round(performance.now() - started),
        })}\n`);
        return 0;
      } finally {
        await db.close();
      }
    } catch (e) {
      if (e instanceof BackupError) {
        io.stderr.write(`恢复失败 restore refused: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
  },
});
