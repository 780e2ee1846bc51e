import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { verifyBackup } from './read-backup';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-read-backup-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A reader that gives up at the first line used to leave the gunzip stream running over the rest
// of a damaged file; its "incorrect data check" then surfaced as an uncaught exception (vitest fails
// the run on any). Many lines, so the damage lies well past the point where the reader stops.
it('stops reading a damaged file at the first bad line without leaving an error behind', async () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ row: i, digest: createHash('sha256').update(String(i)).digest('hex') }));
  const good = gzipSync(lines.join('\n'));
  for (const at of [0.2, 0.5, 0.8, 0.95]) {
    const damaged = Buffer.from(good);
    damaged[Math.floor(damaged.length * at)]! ^= 0x5a;
    const file = join(temp, `damaged-${at}`);
    writeFileSync(file, damaged);
    await expect(verifyBackup(file)).rejects.toThrow('this is not a Huiqi backup file');
  }
  // Wait until no file read or zlib work is left in flight: with the streams left running, the
  // damaged block is reached before this holds, and vitest reports the uncaught error.
  await expect.poll(() => process.getActiveResourcesInfo().filter((r) => r === 'FSReqCallback' || r.startsWith('Zlib'))).toEqual([]);
});
