import { fenToYuanInput, parseYuanToFen } from '../../format/money';
import type { DeclarableField } from './policies-api';

/** Form text per field: money shown in yuan, booleans as 'true'/'false', everything else as typed. '' = not declared. */
export type DeclaredFormValues = Record<string, string>;

export function toFormValues(fields: readonly DeclarableField[], facts: Record<string, unknown>): DeclaredFormValues {
  const out: DeclaredFormValues = {};
  for (const f of fields) {
    const v = facts[f.name];
    if (v === undefined || v === null) out[f.name] = '';
    else if (f.type === 'number' && f.unit === 'fen' && typeof v === 'number') out[f.name] = fenToYuanInput(v);
    else out[f.name] = String(v);
  }
  return out;
}

export type PayloadResult = { ok: true; facts: Record<string, unknown> } | { ok: false; field: string; reason: 'MONEY' | 'NUMBER' };

/**
 * The PUT payload from the form: money in integer fen, numbers as numbers, booleans as booleans,
 * empty fields left out. Facts not shown in the form are kept from `previous`, so hiding fields never deletes them.
 */
export function toPayload(fields: readonly DeclarableField[], values: DeclaredFormValues, previous: Record<string, unknown>): PayloadResult {
  const facts: Record<string, unknown> = { ...previous };
  for (const f of fields) {
    if (!(f.name in values)) continue;
    const text = (values[f.name] ?? '').trim();
    delete facts[f.name];
    if (text === '') continue;
    if (f.type === 'number') {
      if (f.unit === 'fen') {
        const p = parseYuanToFen(text);
        if (!p.ok) return { ok: false, field: f.name, reason: 'MONEY' };
        facts[f.name] = p.fen;
      } else {
        if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, field: f.name, reason: 'NUMBER' };
        facts[f.name] = f.unit === 'ratio' ? text : Number(text);
      }
    } else if (f.type === 'bool') facts[f.name] = text === 'true';
    else facts[f.name] = text;
  }
  return { ok: true, facts };
}
