import { shippedYearEntries } from '@huiqi/calendar';
import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { defaultRulesDir, formatLoadError, loadRuleBase, unverifiedRules } from '@huiqi/rules-engine';
import { defineCommand, parseOptions } from '../command';

/** One entry of the unverified list: what, where, and why it cannot be settled from the texts the project holds. */
export interface UnverifiedEntry {
  group: 'LAW' | 'PARAMETER' | 'POLICY_VERSION' | 'CALENDAR';
  name: string;
  file: string;
  reason: string;
}

const GROUP_TITLE: Record<UnverifiedEntry['group'], string> = {
  LAW: '法规文本 law texts (law/)',
  PARAMETER: '参数取值 parameter values (rules/parameters)',
  POLICY_VERSION: '政策版本 policy versions (rules/policies)',
  CALENDAR: '工作日历 calendar years (packages/calendar/data)',
};

/**
 * Everything flagged unverified: works under law/ (`unverified: true` in work.yaml), parameter values
 * and policy versions of the rule base, and calendar years not checked against the State Council
 * notice. Each with its reason — the note written beside the flag — so the list is generated, never
 * kept by hand.
 */
export function collectUnverified(): { entries: UnverifiedEntry[]; errors: string[] } {
  const entries: UnverifiedEntry[] = [];
  const lib = loadLawLibrary(lawDir());
  for (const w of lib.works()) {
    if (w.unverified) entries.push({ group: 'LAW', name: w.id, file: `law/${w.id}/work.yaml`, reason: (w.source.note ?? w.notes ?? '').replace(/\s+/g, ' ').trim() });
    // A version whose notes flag one fact (e.g. an effective date the text does not state) in an otherwise checked work.
    else for (const v of lib.versions(w.id)) if (v.notes && /unverified|未核实/i.test(v.notes)) entries.push({ group: 'LAW', name: `${w.id}@${v.id}`, file: `law/${w.id}/work.yaml`, reason: v.notes.replace(/\s+/g, ' ').trim() });
  }
  const loaded = loadRuleBase(defaultRulesDir());
  if (!loaded.ok) return { entries, errors: loaded.error.map(formatLoadError) };
  for (const u of unverifiedRules(loaded.value)) entries.push({ group: u.kind, name: u.name, file: `${u.file}:${u.line}`, reason: u.reason ?? '' });
  const seeded = shippedYearEntries().filter((e) => e.jurisdiction === 'cn' && /chinese-days|seeded/i.test(e.source.provenance)).map((e) => e.year).sort((a, b) => a - b);
  if (seeded.length) {
    entries.push({
      group: 'CALENDAR',
      name: `cn ${seeded[0]}–${seeded.at(-1)}`,
      file: 'packages/calendar/data/cn/',
      reason: '由 chinese-days 1.5.7 导入，未与国务院办公厅各年节假日安排通知逐条核对；这些通知不在共享法规原文中 / seeded from chinese-days, not checked against the State Council notices, which are not among the shared source texts',
    });
  }
  return { entries, errors: [] };
}

export default defineCommand({
  summary: '未核实清单 Everything flagged unverified (law texts, parameter values, policy versions, calendar years), each with why it cannot be settled: huiqi law unverified [--json]',
  async run(args, io) {
    const { options } = parseOptions(args);
    const { entries, errors } = collectUnverified();
    for (const e of errors) io.stderr.write(`${e}\n`);
    if (errors.length) return 1;
    if (options.json === true) {
      io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    for (const group of Object.keys(GROUP_TITLE) as UnverifiedEntry['group'][]) {
      const list = entries.filter((e) => e.group === group);
      if (list.length === 0) continue;
      io.stdout.write(`\n${GROUP_TITLE[group]} — ${list.length}\n`);
      for (const e of list) io.stdout.write(`  ${e.name}  (${e.file})\n    ${e.reason}\n`);
    }
    io.stdout.write(`\n共 ${entries.length} 项未核实 ${entries.length} unverified item(s)\n`);
    return 0;
  },
});
