import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { paymentRows, type Cell } from '@huiqi/workflows';
import { pagesByKey } from '../guard/paged-download';
import { streamPaymentXlsx } from './payment-xlsx-stream';

const line = (k: number) => ({ paymentId: `PAY-${k}`, trackingNumber: `BF2026${String(k).padStart(7, '0')}`, payeeName: '深圳市"示例",公司', accountNumber: '0012345678901234567', bankName: '某银行', amountFen: 5_000_000 + k, purpose: '=HYPERLINK()' });

describe('payment batch XLSX, streamed', () => {
  it('reads back as the rows of every page, in order, with account numbers and formula-like text as text', async () => {
    const lines = Array.from({ length: 2_345 }, (_, k) => line(k));
    const [header, ...rows] = paymentRows(lines);
    const pages = pagesByKey<Cell[]>(async (last) => {
      const from = last === null ? 0 : rows.indexOf(last) + 1;
      return rows.slice(from, from + 500);
    });
    const bytes = await buffer(streamPaymentXlsx('拨付批次', header!, pages));
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('拨付批次')!;
    expect(ws.rowCount).toBe(rows.length + 1);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    for (const k of [0, 499, 500, 2_344]) expect((ws.getRow(k + 2).values as unknown[]).slice(1)).toEqual(rows[k]!.map((v) => v ?? undefined));
    expect(ws.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(7).value).toBe(rows[0]![6]);
  });
});
