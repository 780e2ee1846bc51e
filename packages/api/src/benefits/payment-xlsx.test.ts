import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { paymentRows } from '@huiqi/workflows';
import { writePaymentXlsx } from './payment-xlsx';

const line = { paymentId: 'PAY-1', trackingNumber: 'BF20260000011', payeeName: '深圳市"示例",公司', accountNumber: '0012345678901234567', bankName: '某银行', amountFen: 5_000_000, purpose: '=HYPERLINK()' };

describe('payment batch XLSX', () => {
  it('reads back as the same rows: account numbers and formula-like text stay text', async () => {
    const rows = paymentRows([line]);
    const bytes = await writePaymentXlsx('拨付批次', rows);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('拨付批次')!;
    expect(ws.rowCount).toBe(rows.length);
    const data = ws.getRow(2).values as unknown[];
    expect(data.slice(1)).toEqual(rows[1]!.map((v) => v ?? undefined));
    expect(ws.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(3).value).toBe('深圳市"示例",公司');
  });
});
