/**
 * One timed import, in its own process so that its peak RSS is the import's alone (spawned by
 * bench/import.ts). The same path as `npx huiqi import enterprises FILE` on PostgreSQL: streaming
 * CSV reading, row-by-row validation, COPY into the staging table, one merge transaction.
 *   node --import tsx bench/import-child.ts FILE DATABASE_URL
 * Prints one JSON line on stdout; draws a progress bar on stderr when it is a terminal.
 */
import { createReadStream, statSync } from 'node:fs';
import { intakeInput, runIntake } from '@huiqi/api';
import { loadRuleBase } from '@huiqi/rules-engine';

const [file, url] = process.argv.slice(2);
if (!file || !url) {
  process.stderr.write('usage: import-child.ts FILE DATABASE_URL\n');
  process.exit(2);
}
const rules = loadRuleBase();
if (!rules.ok) throw new Error('rule base did not load');
const size = statSync(file).size;
let bytes = 0;
const stream = createReadStream(file, { highWaterMark: 1 << 20 });
stream.on('data', (c) => (bytes += c.length));
const started = performance.now();
const tty = process.stderr.isTTY === true;
let rows = 0;
const phases: Record<string, number> = {};
let phase = '读取校验 reading + validating';
const bar = () => {
  const share = size === 0 ? 1 : bytes / size;
  const width = 30;
  const filled = Math.round(share * width);
  const s = (performance.now() - started) / 1000;
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${rows.toLocaleString('en')} rows ${s.toFixed(0)} s ${phase}`;
  if (tty) process.stderr.write(`\r${line}`);
  else process.stderr.write(`${line}\n`);
};
const timer = setInterval(bar, tty ? 250 : 15_000);
const report = await runIntake({ postgresUrl: url }, {
  kind: 'REGISTRY',
  ...intakeInput(stream, 'csv'),
  departmentId: null,
  batchKey: null,
  channel: 'CLI',
  fileName: file.split('/').pop() ?? null,
  actorUserId: null,
  tokenId: null,
  acceptValid: false,
  industrySections: rules.value.industryMap.sections,
  onPhase: (p) => {
    phases[p] = (performance.now() - started) / 1000;
  },
  onProgress: (n) => {
    rows = n;
  },
});
clearInterval(timer);
rows = report.rowCount;
phase = 'done';
bar();
if (tty) process.stderr.write('\n');
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({
  seconds,
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  mergedAtSeconds: phases.MERGED ?? null,
  cpuSeconds: +((process.cpuUsage().user + process.cpuUsage().system) / 1e6).toFixed(1),
  rows: report.rowCount,
  status: report.status,
  inserted: report.inserted,
  updated: report.updated,
  unchanged: report.unchanged,
  rejected: report.rejected,
  firstErrors: report.errors.slice(0, 5),
})}\n`);
