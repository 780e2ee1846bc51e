import { defaultRulesDir, formatLoadError, loadCases, loadLawCitations, loadRuleBase, runCases, type CaseResult } from '@huiqi/rules-engine';
import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '运行 rules/ 下全部 YAML 用例 Run every YAML rule case: [--json] [--filter TEXT] [--no-law]; exit 1 on any failure',
  async run(args, io) {
    const { options } = parseOptions(args);
    const law = options['no-law'] ? { index: null, note: 'law check skipped (--no-law)' } : await loadLawCitations();
    const loaded = loadRuleBase(defaultRulesDir(), { citations: law.index });
    if (!loaded.ok) {
      for (const e of loaded.error) io.stderr.write(`${formatLoadError(e)}\n`);
      io.stderr.write(`规则库加载失败 rule base failed to load: ${loaded.error.length} error(s)\n`);
      return 1;
    }
    const rb = loaded.value;
    const { cases, errors } = loadCases(defaultRulesDir(), rb.repoRoot, (id) => rb.policies.get(id)?.ruleSet ?? 'unknown');
    for (const e of errors) io.stderr.write(`${formatLoadError(e)}\n`);
    const filter = typeof options.filter === 'string' ? options.filter : null;
    const selected = filter ? cases.filter((c) => c.name.includes(filter) || c.file.includes(filter)) : cases;
    const results = runCases(rb, selected);
    const bySet = new Map<string, { passed: number; failed: number }>();
    for (const r of results) {
      const s = bySet.get(r.case.ruleSet) ?? { passed: 0, failed: 0 };
      r.passed ? s.passed++ : s.failed++;
      bySet.set(r.case.ruleSet, s);
    }
    const failed = results.filter((r) => !r.passed);
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({
          passed: results.length - failed.length,
          failed: failed.length,
          caseFileErrors: errors.length,
          citations: law.index ? 'checked against law/' : law.note,
          ruleSets: Object.fromEntries(bySet),
          failures: failed.map(failureJson),
        })}\n`,
      );
    } else {
      for (const r of failed) {
        io.stdout.write(`✗ ${r.case.file}:${r.case.line} ${r.case.name}\n`);
        for (const f of r.failures) io.stdout.write(`    ${f}\n`);
      }
      for (const [set, s] of [...bySet].sort()) io.stdout.write(`  ${set.padEnd(22)} ${s.passed} passed, ${s.failed} failed\n`);
      if (law.note) io.stdout.write(`注意 note: ${law.note}\n`);
      io.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed${errors.length ? `, ${errors.length} case-file errors` : ''}\n`);
    }
    return failed.length || errors.length ? 1 : 0;
  },
});

function failureJson(r: CaseResult) {
  return { file: r.case.file, line: r.case.line, name: r.case.name, failures: r.failures };
}
