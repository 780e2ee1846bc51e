import { fenToYuanText, type BilingualText } from '@huiqi/kernel';
import { formatLoadError, loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { evaluateBids, fieldError, projectBidsFromJson, type ProcurementInputError } from '@huiqi/workflows';
import { defineCommand, parseOptions, readAll } from '../command';

const both = (t: BilingualText) => `${t.zh} / ${t.en}`;
type Outcome = { code: 0; output: Record<string, unknown> } | { code: 1 | 2; errors: ProcurementInputError[] };

/** Evaluates one project given as JSON text: exit 0 with the evaluation, 1 for invalid input, 2 for bad JSON. */
export function evaluateProjectText(rb: RuleBase, text: string): Outcome {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { code: 2, errors: [fieldError('(stdin)', { code: 'NOT_JSON' })] };
  }
  const mapped = projectBidsFromJson(o);
  if ('errors' in mapped) return { code: 1, errors: mapped.errors };
  const r = evaluateBids(mapped.project, rb);
  if (!r.ok) return { code: 1, errors: r.error.map((e) => (e.field.endsWith('.priceFen') ? { ...e, field: e.field.replace(/\.priceFen$/, '.price') } : e)) };
  const v = r.value;
  const input = o as { name?: string; bids: { supplier?: string }[] };
  return {
    code: 0,
    output: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      date: v.date,
      jurisdiction: v.jurisdiction,
      category: v.category.toLowerCase(),
      reservedForSme: v.reservedForSme,
      ranges: v.ranges,
      bids: v.bids.map((b, i) => ({
        id: b.id,
        ...(input.bids[i]!.supplier !== undefined ? { supplier: input.bids[i]!.supplier } : {}),
        price: Number(fenToYuanText(b.priceFen)),
        evaluatedPrice: Number(fenToYuanText(b.evaluatedPriceFen)),
        deductionRate: Number(b.deductionRate),
        preference: b.preference,
        rank: b.rank,
        reason: both(b.reason),
        citations: b.citations,
      })),
      warnings: v.warnings.map(both),
    },
  };
}

export default defineCommand({
  summary:
    '政府采购评审价格 Evaluate procurement bids: one JSON project on stdin (prices in yuan, sizes large|medium|small|micro, the purchaser\'s deductionRate/consortiumDeductionRate); prints each bid\'s evaluatedPrice, deductionRate and reason. Exit 1 invalid input (field named), 2 bad JSON',
  async run(args, io) {
    const { options } = parseOptions(args);
    const loaded = loadRuleBase();
    if (!loaded.ok) {
      for (const e of loaded.error) io.stderr.write(`${formatLoadError(e)}\n`);
      return 3;
    }
    const out = evaluateProjectText(loaded.value, await readAll(io.stdin));
    if (out.code !== 0) {
      for (const e of out.errors) io.stderr.write(`错误 error [${e.code}] ${both(e.message)}\n`);
      return out.code;
    }
    if (options.text === true) {
      const o = out.output as { bids: { id: string; price: number; evaluatedPrice: number; deductionRate: number; reason: string }[]; warnings: string[] };
      for (const b of o.bids) io.stdout.write(`${b.id}\t${b.price}\t${b.evaluatedPrice}\t${b.deductionRate}\t${b.reason}\n`);
      for (const w of o.warnings) io.stdout.write(`注意 note: ${w}\n`);
    } else io.stdout.write(`${JSON.stringify(out.output, null, 2)}\n`);
    return 0;
  },
});
