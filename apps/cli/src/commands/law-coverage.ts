import { lawDir, listArticles, loadLawLibrary } from '@huiqi/legal-text';
import { defaultRulesDir, formatLoadError, lawCoverage, loadCases, loadLawCitations, loadRuleBase, type Implementation } from '@huiqi/rules-engine';
import { defineCommand, parseOptions } from '../command';

const KIND_ZH: Record<Implementation['kind'], string> = { RULE: '规则', PARAMETER: '参数', VARIABLE: '变量', SIZE_STANDARD: '划型表', CASE: '用例', CODE: '代码' };

export default defineCommand({
  summary: '法条实施情况 Per article: the rules, parameters, cases and code that implement it, and the articles with none: huiqi law coverage [WORK[@VERSION]] [--json] [--uncovered]',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const lib = loadLawLibrary(typeof options.dir === 'string' ? options.dir : lawDir());
    const law = await loadLawCitations();
    const loaded = loadRuleBase(defaultRulesDir(), { citations: law.index });
    if (!loaded.ok) {
      for (const e of loaded.error) io.stderr.write(`${formatLoadError(e)}\n`);
      return 1;
    }
    const rb = loaded.value;
    const { cases } = loadCases(defaultRulesDir(), rb.repoRoot, (id) => rb.policies.get(id)?.ruleSet ?? 'unknown');
    const coverage = lawCoverage(rb, cases, (w) => lib.versionOn(w)?.version.id ?? null);

    const [filterWork, filterVersion] = (positional[0] ?? '').split('@');
    const works = lib.works().filter((w) => !filterWork || w.id === filterWork);
    if (filterWork && works.length === 0) {
      io.stderr.write(`未找到文件 unknown work: ${filterWork}\n`);
      return 2;
    }
    const report: { work: string; version: string; articles: { eid: string; num: string; implementations: Implementation[] }[]; uncovered: number }[] = [];
    for (const w of works) {
      for (const v of lib.versions(w.id)) {
        if (filterVersion && v.id !== filterVersion) continue;
        const tree = lib.tree(w.id, v.id);
        if (!tree) continue;
        const rows = listArticles(tree).map((a) => ({ eid: a.eid, num: a.num, implementations: coverage.get(`${w.id}@${v.id}#${a.eid}`)?.implementations ?? [] }));
        const whole = coverage.get(`${w.id}@${v.id}#`)?.implementations ?? [];
        if (whole.length) rows.unshift({ eid: '', num: '（全文）', implementations: whole });
        // Parts that are not articles (annexes of a measure, a 说明) but are implemented.
        const seen = new Set(rows.map((x) => x.eid));
        for (const c of coverage.values()) {
          if (c.workId === w.id && c.version === v.id && c.eid && !seen.has(c.eid)) rows.push({ eid: c.eid, num: c.eid.replace(/^annex_(\d+)$/, '附件$1'), implementations: c.implementations });
        }
        report.push({ work: w.id, version: v.id, articles: rows, uncovered: rows.filter((r) => r.eid && r.implementations.length === 0).length });
      }
    }
    if (options.json === true) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    for (const r of report) {
      const covered = r.articles.filter((a) => a.eid && a.implementations.length > 0).length;
      io.stdout.write(`\n${r.work}@${r.version}  ${covered} 条有实施 covered, ${r.uncovered} 条无 uncovered\n`);
      for (const a of r.articles) {
        if (a.implementations.length === 0) {
          if (options.uncovered === true || filterWork) io.stdout.write(`  ${a.num.padEnd(10)} ${a.eid.padEnd(14)} —\n`);
          continue;
        }
        if (options.uncovered === true) continue;
        const byKind = new Map<string, Set<string>>();
        for (const i of a.implementations) {
          const k = KIND_ZH[i.kind];
          if (!byKind.has(k)) byKind.set(k, new Set());
          byKind.get(k)!.add(i.kind === 'CASE' ? i.file : i.name);
        }
        const parts = [...byKind].map(([k, s]) => (k === '用例' ? `${k} ${s.size}` : `${k}: ${[...s].join(', ')}`));
        io.stdout.write(`  ${a.num.padEnd(10)} ${a.eid.padEnd(14)} ${parts.join('；')}\n`);
      }
    }
    return 0;
  },
});
