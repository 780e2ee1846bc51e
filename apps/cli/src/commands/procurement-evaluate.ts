import { bi, fenToYuanText, yuanToFen, type BilingualText } from '@huiqi/kernel';
import { formatLoadError, loadRuleBase, type RuleBase } from '@huiqi/rules-engine';
import { evaluateBids, PROCUREMENT_CATEGORIES, type BidInput, type ProcurementCategory, type ProcurementInputError, type ProjectBidsInput } from '@huiqi/workflows';
import { defineCommand, parseOptions, readAll } from '../command';

const both = (t: BilingualText) => `${t.zh} / ${t.en}`;
const PROJECT_FIELDS = new Set(['date', 'jurisdiction', 'category', 'reservedForSme', 'deductionRate', 'consortiumDeductionRate', 'bids', 'name']);
const BID_FIELDS = new Set(['id', 'price', 'items', 'consortium', 'subcontracts', 'supplier']);

type Outcome = { code: 0; output: Record<string, unknown> } | { code: 1 | 2; errors: ProcurementInputError[] };

const invalid = (field: string, zh: string, en: string): ProcurementInputError => ({ code: 'INVALID_FIELD', field, message: bi(`${field}：${zh}`, `${field}: ${en}`) });

/** Maps the CLI's JSON (prices in yuan, lower-case category) to the domain input, naming any bad field. */
export function projectFromJson(o: unknown): { project: ProjectBidsInput } | { errors: ProcurementInputError[] } {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { errors: [invalid('(root)', '须为一个 JSON 对象', 'must be one JSON object')] };
  const p = o as Record<string, unknown>;
  const errors: ProcurementInputError[] = [];
  for (const k of Object.keys(p)) if (!PROJECT_FIELDS.has(k)) errors.push(invalid(k, '未知字段', 'unknown field'));
  const cat = typeof p.category === 'string' ? p.category.toUpperCase() : '';
  if (!PROCUREMENT_CATEGORIES.includes(cat as ProcurementCategory)) errors.push(invalid('category', '须为 goods、works 或 services', 'must be goods, works or services'));
  const bids: BidInput[] = [];
  if (!Array.isArray(p.bids)) errors.push(invalid('bids', '须为数组', 'must be an array'));
  else
    p.bids.forEach((b: unknown, i) => {
      if (typeof b !== 'object' || b === null || Array.isArray(b)) return void errors.push(invalid(`bids[${i}]`, '须为对象', 'must be an object'));
      const bo = b as Record<string, unknown>;
      for (const k of Object.keys(bo)) if (!BID_FIELDS.has(k)) errors.push(invalid(`bids[${i}].${k}`, '未知字段', 'unknown field'));
      let priceFen = Number.NaN;
      try {
        if (typeof bo.price !== 'number' && typeof bo.price !== 'string') throw new RangeError();
        priceFen = yuanToFen(bo.price);
        if (priceFen <= 0) throw new RangeError();
      } catch {
        errors.push(invalid(`bids[${i}].price`, '须为大于0的金额（元，最多两位小数）', 'must be an amount in yuan above 0 (at most 2 decimals)'));
      }
      if (bo.supplier !== undefined && typeof bo.supplier !== 'string') errors.push(invalid(`bids[${i}].supplier`, '须为文本（供应商名称）', 'must be text (the supplier name)'));
      bids.push({ id: bo.id as string, priceFen, items: bo.items as BidInput['items'], consortium: bo.consortium as BidInput['consortium'], subcontracts: bo.subcontracts as BidInput['subcontracts'] });
    });
  if (p.name !== undefined && typeof p.name !== 'string') errors.push(invalid('name', '须为文本（项目名称）', 'must be text (the project name)'));
  if (errors.length) return { errors };
  return {
    project: {
      date: p.date as string,
      jurisdiction: p.jurisdiction as string,
      category: cat as ProcurementCategory,
      reservedForSme: p.reservedForSme as boolean,
      deductionRate: p.deductionRate as string | number | null | undefined,
      consortiumDeductionRate: p.consortiumDeductionRate as string | number | null | undefined,
      bids,
    },
  };
}

/** Evaluates one project given as JSON text: exit 0 with the evaluation, 1 for invalid input, 2 for bad JSON. */
export function evaluateProjectText(rb: RuleBase, text: string): Outcome {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { code: 2, errors: [invalid('(stdin)', '不是有效的 JSON', 'not valid JSON')] };
  }
  const mapped = projectFromJson(o);
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
