import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { parseLegalAddress, parsePlainDate } from '@huiqi/kernel';
import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '显示地址所指的条文 Show the text an address points at: huiqi law show WORK[@VERSION][#EID] [--on DATE] [--json]',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const address = positional[0];
    if (!address) {
      io.stderr.write('用法 usage: huiqi law show cn-sh/regulation/sme-promotion@2020-06-18#art_5__para_1 [--on 2024-01-01] [--json]\n');
      return 2;
    }
    const parsed = parseLegalAddress(address);
    if (!parsed.ok) {
      io.stderr.write(`${parsed.error.zh} / ${parsed.error.en}\n`);
      return 2;
    }
    let onDate;
    if (typeof options.on === 'string') {
      onDate = parsePlainDate(options.on);
      if (!onDate) {
        io.stderr.write(`日期无效 invalid date: ${options.on} (YYYY-MM-DD)\n`);
        return 2;
      }
    }
    const lib = loadLawLibrary(typeof options.dir === 'string' ? options.dir : lawDir());
    const r = lib.resolve(parsed.value, onDate ? { onDate } : {});
    if (!r) {
      const work = lib.work(parsed.value.workId);
      const why = !work
        ? `没有这个文件 no such work: ${parsed.value.workId}`
        : parsed.value.version && !lib.versions(work.id).some((v) => v.id === parsed.value.version)
          ? `没有这个版本 no such version: ${parsed.value.version} (有 available: ${lib.versions(work.id).map((v) => v.id).join(', ')})`
          : onDate && !parsed.value.version && !lib.versionOn(work.id, onDate)
            ? `该日期尚无版本 no version existed on ${onDate}`
            : `没有这个条文 no such element: ${parsed.value.eid}`;
      io.stderr.write(`${why}\n`);
      return 1;
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      return 0;
    }
    const state = r.inForce ? '现行有效 in force' : `${r.status}${onDate ? `（${onDate} 未生效 not in force on that date）` : ''}`;
    io.stdout.write(`${r.title}${r.eid ? ` ${r.citation}` : ''}${r.heading ? `【${r.heading}】` : ''}\n${r.address}  [${state}]\n\n${r.text}\n`);
    return 0;
  },
});
