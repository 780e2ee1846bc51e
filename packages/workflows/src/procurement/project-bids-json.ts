import { yuanToFen } from '@huiqi/kernel';
import type { BidInput, ProjectBidsInput } from './evaluate-bids';
import { fieldError } from './procurement-reasons';
import { PROCUREMENT_CATEGORIES, type ProcurementCategory, type ProcurementInputError } from './types';

const PROJECT_FIELDS = new Set(['date', 'jurisdiction', 'category', 'reservedForSme', 'deductionRate', 'consortiumDeductionRate', 'bids', 'name']);
const BID_FIELDS = new Set(['id', 'price', 'items', 'consortium', 'subcontracts', 'supplier']);


/**
 * Maps the public JSON form of a project's bids (the CLI's and the API's: prices in yuan, category
 * goods|works|services in any case, optional project `name` and bid `supplier`) to the domain input.
 * Unknown fields are refused, not dropped; each error names its field.
 */
export function projectBidsFromJson(o: unknown): { project: ProjectBidsInput } | { errors: ProcurementInputError[] } {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return { errors: [fieldError('(root)', { code: 'NOT_JSON_OBJECT' })] };
  const p = o as Record<string, unknown>;
  const errors: ProcurementInputError[] = [];
  for (const k of Object.keys(p)) if (!PROJECT_FIELDS.has(k)) errors.push(fieldError(k, { code: 'UNKNOWN_FIELD' }));
  const cat = typeof p.category === 'string' ? p.category.toUpperCase() : '';
  if (!PROCUREMENT_CATEGORIES.includes(cat as ProcurementCategory)) errors.push(fieldError('category', { code: 'CATEGORY_JSON_EXPECTED' }));
  const bids: BidInput[] = [];
  if (!Array.isArray(p.bids)) errors.push(fieldError('bids', { code: 'NOT_AN_ARRAY' }));
  else
    p.bids.forEach((b: unknown, i) => {
      if (typeof b !== 'object' || b === null || Array.isArray(b)) return void errors.push(fieldError(`bids[${i}]`, { code: 'NOT_AN_OBJECT' }));
      const bo = b as Record<string, unknown>;
      for (const k of Object.keys(bo)) if (!BID_FIELDS.has(k)) errors.push(fieldError(`bids[${i}].${k}`, { code: 'UNKNOWN_FIELD' }));
      let priceFen = Number.NaN;
      try {
        if (typeof bo.price !== 'number' && typeof bo.price !== 'string') throw new RangeError();
        priceFen = yuanToFen(bo.price);
        if (priceFen <= 0) throw new RangeError();
      } catch {
        errors.push(fieldError(`bids[${i}].price`, { code: 'AMOUNT_YUAN_EXPECTED' }));
      }
      if (bo.supplier !== undefined && typeof bo.supplier !== 'string') errors.push(fieldError(`bids[${i}].supplier`, { code: 'SUPPLIER_NAME_TEXT' }));
      bids.push({ id: bo.id as string, priceFen, items: bo.items as BidInput['items'], consortium: bo.consortium as BidInput['consortium'], subcontracts: bo.subcontracts as BidInput['subcontracts'] });
    });
  if (p.name !== undefined && typeof p.name !== 'string') errors.push(fieldError('name', { code: 'PROJECT_NAME_TEXT' }));
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

