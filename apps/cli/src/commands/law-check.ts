import { formatIssue, lawDir, listArticles, loadLawLibrary } from '@huiqi/legal-text';
import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '检查 law/ 目录 Load and check every text under law/; problems as file:line:col, exit 1 on any',
  async run(args, io) {
    const { options } = parseOptions(args);
    const dir = typeof options.dir === 'string' ? options.dir : lawDir();
    const t0 = performance.now();
    const lib = loadLawLibrary(dir);
    const ms = performance.now() - t0;
    for (const i of lib.issues) io.stdout.write(`${formatIssue(i)}\n`);
    let versions = 0;
    let articles = 0;
    for (const w of lib.works()) {
      for (const v of lib.versions(w.id)) {
        const tree = lib.tree(w.id, v.id);
        if (!tree) continue;
        versions++;
        articles += listArticles(tree).length;
      }
    }
    io.stdout.write(
      `${lib.issues.length === 0 ? '通过 ok' : `发现 ${lib.issues.length} 个问题 ${lib.issues.length} problem(s)`}: ${lib.works().length} works, ${versions} versions, ${articles} articles/measures (${ms.toFixed(0)} ms)\n`,
    );
    return lib.issues.length === 0 ? 0 : 1;
  },
});
