import ExcelJS from 'exceljs';
import type { Cell } from '@huiqi/workflows';

/**
 * A one-sheet XLSX of a payment batch for the bank, written by exceljs. Strings stay strings
 * (account numbers never turn into numbers, text starting with "=" never becomes a formula);
 * numbers are written as numbers; empty cells stay empty.
 */
export async function writePaymentXlsx(sheetName: string, rows: readonly (readonly Cell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Huiqi';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
  sheet.columns.forEach((column) => {
    column.width = 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
