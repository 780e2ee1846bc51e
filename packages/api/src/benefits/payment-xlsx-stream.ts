import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '@huiqi/workflows';

/**
 * The payment batch XLSX of `writePaymentXlsx`, written as a stream (exceljs' streaming writer,
 * strings inline): each row is committed as soon as it is added, so a batch of any size costs one
 * page of rows in memory. The same cells: strings stay strings, numbers numbers, empty cells empty.
 */
export function streamPaymentXlsx(sheetName: string, header: readonly Cell[], pages: AsyncIterable<readonly (readonly Cell[])[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  workbook.creator = 'Huiqi';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = header.map(() => ({ width: 20 }));
  const add = (row: readonly Cell[]) => sheet.addRow(row.map((v) => (v === null ? undefined : v))).commit();
  void (async () => {
    add(header);
    for await (const page of pages) for (const row of page) add(row);
    sheet.commit();
    await workbook.commit();
  })().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}
