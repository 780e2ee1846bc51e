import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '全文检索法规 Full-text search of the law texts: huiqi law search 关键词 [--work ID] [--all-versions] [--limit N]',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const query = positional.join(' ').trim();
    if (!query) {
      io.stderr.write('用法 usage: huiqi law search 免申即享 [--work cn-sd-qd/regulation/sme-promotion] [--all-versions] [--limit 20]\n');
      return 2;
    }
    const lib = loadLawLibrary(typeof options.dir === 'string' ? options.dir : lawDir());
    const limit = typeof options.limit === 'string' ? Number(options.limit) : 20;
    const hits = lib.search(query, { ...(typeof options.work === 'string' ? { workId: options.work } : {}), allVersions: options['all-versions'] === true, limit });
    io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    return hits.length ? 0 : 1;
  },
});
