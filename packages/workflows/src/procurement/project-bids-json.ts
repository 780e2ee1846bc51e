import { bi, yuanToFen } from '@huiqi/kernel';
import type { BidInput, ProjectBidsInput } from './evaluate-bids';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementInputError } from './types';

const PROJECT_FIELDS = new Set(['date', 'jurisdiction', 'category', 'reservedForSme', 'deductionRate', 'consortiumDeductionRate', 'bids', 'name']);
const BID_FIELDS = new Set(['id', 'price', 'items', 'consortium', 'subcontracts', 'supplier']);

export const invalidField = (field: string, zh: string, en: string): ProcurementInputError => ({ code: 'INVALID_FIELD', field, message: bi(`${field}：${zh}`, `${field}: ${en}`) });

/**
 * Maps the public JSON form of a project's bids (the CLI's and the API's: prices in yuan, category
 * goods|works|services in any case, optional project `name` and bid `supplier`) to the domain input.
 * Unknown fields are refused, not dropped; each error names its field.
 */
export function projectBidsFromJson(o: unknown): { project: ProjectBidsInput } | { errors: ProcurementInputError[] } {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { errors: [invalidField('(root)', '须为一个 JSON 对象', 'must be one JSON object')] };
  const p = o as Record<string, unknown>;
  const errors: ProcurementInputError[] = [];
  for (const k of Object.keys(p)) if (!PROJECT_FIELDS.has(k)) errors.push(invalidField(k, '未知字段', 'unknown field'));
  const cat = typeof p.category === 'string' ? p.category.toUpperCase() : '';
  if (!PROCUREMENT_CATEGORIES.includes(cat as ProcurementCategory)) errors.push(invalidField('category', '须为 goods、works 或 services', 'must be goods, works or services'));
  const bids: BidInput[] = [];
  if (!Array.isArray(p.bids)) errors.push(invalidField('bids', '须为数组', 'must be an array'));
  else
    p.bids.forEach((b: unknown, i) => {
      if (typeof b !== 'object' || b === null || Array.isArray(b)) return void errors.push(invalidField(`bids[${i}]`, '须为对象', 'must be an object'));
      const bo = b as Record<string, unknown>;
      for (const k of Object.keys(bo)) if (!BID_FIELDS.has(k)) errors.push(invalidField(`bids[${i}].${k}`, '未知字段', 'unknown field'));
      let priceFen = Number.NaN;
      try {
        if (typeof bo.price !== 'number' && typeof bo.price !== 'string') throw new RangeError();
        priceFen = yuanToFen(bo.price);
        if (priceFen <= 0) throw new RangeError();
      } catch {
        errors.push(invalidField(`bids[${i}].price`, '须为大于0的金额（元，最多两位小数）', 'must be an amount in yuan above 0 (at most 2 decimals)'));
      }
      if (bo.supplier !== undefined && typeof bo.supplier !== 'string') errors.push(invalidField(`bids[${i}].supplier`, '须为文本（供应商名称）', 'must be text (the supplier name)'));
      bids.push({ id: bo.id as string, priceFen, items: bo.items as BidInput['items'], consortium: bo.consortium as BidInput['consortium'], subcontracts: bo.subcontracts as BidInput['subcontracts'] });
    });
  if (p.name !== undefined && typeof p.name !== 'string') errors.push(invalidField('name', '须为文本（项目名称）', 'must be text (the project name)'));
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

