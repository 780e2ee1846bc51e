import { fenToYuanText, parsePlainDate, today } from '@huiqi/kernel';
import { evaluateAll, evaluatePolicy, factsFromJson, formatLoadError, loadLawCitations, loadRuleBase, type PolicyEvaluation } from '@huiqi/rules-engine';
import { defineCommand, parseOptions, readAll } from '../command';

function present(r: PolicyEvaluation) {
  return { ...r, ...(r.amountFen !== undefined ? { amountYuan: fenToYuanText(r.amountFen) } : {}) };
}

export default defineCommand({
  summary: '评估惠企政策 Evaluate policies for one enterprise (JSON on stdin, money in yuan): [--policy ID] [--date D] [--jurisdiction J] [--explain]',
  async run(args, io) {
    const { options } = parseOptions(args);
    const date = typeof options.date === 'string' ? parsePlainDate(options.date) : today();
    if (!date) {
      io.stderr.write('--date 须为 YYYY-MM-DD / --date must be YYYY-MM-DD\n');
      return 2;
    }
    const jurisdiction = typeof options.jurisdiction === 'string' ? options.jurisdiction : 'cn';
    const explain = options.explain === true;
    const law = explain ? await loadLawCitations() : { index: null, note: null };
    const loaded = loadRuleBase(undefined, { citations: law.index });
    if (!loaded.ok) {
      for (const e of loaded.error) io.stderr.write(`${formatLoadError(e)}\n`);
      return 3;
    }
    const rb = loaded.value;
    if (!rb.jurisdictions.has(jurisdiction)) {
      io.stderr.write(`未知辖区 unknown jurisdiction: ${jurisdiction} (known: ${rb.jurisdictions.all().map((j) => j.id).join(', ')})\n`);
      return 2;
    }
    let input: unknown;
    try {
      input = JSON.parse(await readAll(io.stdin));
    } catch {
      io.stderr.write('标准输入须为一个 JSON 对象 / stdin must be one JSON object\n');
      return 2;
    }
    const facts = factsFromJson(input, { money: 'yuan' });
    if (!facts.ok) {
      io.stdout.write(`${JSON.stringify({ errors: facts.error.map((e) => ({ field: e.field, message: `${e.message.zh} / ${e.message.en}` })) })}\n`);
      return 2;
    }
    if (law.note) io.stderr.write(`注意 note: ${law.note}\n`);
    if (typeof options.policy === 'string') {
      const p = rb.policies.get(options.policy);
      if (!p) {
        io.stderr.write(`未知政策 unknown policy: ${options.policy} (known: ${[...rb.policies.keys()].join(', ')})\n`);
        return 2;
      }
      io.stdout.write(`${JSON.stringify(present(evaluatePolicy(rb, p, facts.value, { date, jurisdiction, explain })), null, 2)}\n`);
      return 0;
    }
    const all = evaluateAll(rb, facts.value, { date, jurisdiction, explain });
    io.stdout.write(`${JSON.stringify({ date, jurisdiction, results: all.map(present) }, null, 2)}\n`);
    return 0;
  },
});
