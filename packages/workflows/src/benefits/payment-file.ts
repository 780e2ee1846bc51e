import { err, fenToYuanText, ok, parsePlainDate, yuanToFen, type BilingualText, type PlainDate, type Result } from '@huiqi/kernel';
import { returnFileText, type ReturnFileProblem } from './benefits-reasons';

/** A cell of a payment file: text, a number, or empty. */
export type Cell = string | number | null;

/** One line of a payment batch as sent to the bank. */
export interface PaymentLine {
  paymentId: string;
  trackingNumber: string;
  payeeName: string;
  accountNumber: string;
  bankName: string;
  amountFen: number;
  purpose: string;
}

export const PAYMENT_FILE_HEADER = ['付款编号 payment id', '申报编号 tracking number', '收款单位 payee', '收款账号 account', '开户行 bank', '金额（元） amount (yuan)', '用途 purpose'];

export function paymentRows(lines: readonly PaymentLine[]): Cell[][] {
  return [PAYMENT_FILE_HEADER, ...lines.map((l) => [l.paymentId, l.trackingNumber, l.payeeName, l.accountNumber, l.bankName, fenToYuanText(l.amountFen), l.purpose])];
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = String(v);
  // A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read the Chinese text). */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Splits CSV text into rows (quoted cells, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** One line of the bank's return file: paid (with the bank's reference) or failed (with its reason). */
export type ReturnLine =
  | { paymentId: string; outcome: 'PAID'; amountFen: number; bankReference: string; settledOn: PlainDate }
  | { paymentId: string; outcome: 'FAILED'; amountFen: number; reason: string; settledOn: PlainDate };

export interface ReturnFileError {
  line: number;
  /** What is wrong, as a code (worded by `returnFileText`, benefits-reasons.ts). */
  problem: ReturnFileProblem;
  message: BilingualText;
}

const problemAt = (line: number, problem: ReturnFileProblem): ReturnFileError => ({ line, problem, message: returnFileText(problem) });

/**
 * Parses a bank return file: CSV with a header row and the columns
 * `payment_id, result (SUCCESS|FAILED), amount_yuan, bank_reference, settled_on (YYYY-MM-DD), reason`.
 * Every bad line is reported with its number; nothing is silently skipped.
 */
export function parseReturnFile(text: string): Result<ReturnLine[], ReturnFileError[]> {
  const rows = parseCsv(text);
  if (rows.length === 0) return err([problemAt(1, { code: 'RETURN_FILE_EMPTY' })]);
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const need = ['payment_id', 'result', 'amount_yuan', 'bank_reference', 'settled_on', 'reason'];
  const missing = need.filter((n) => !header.includes(n));
  if (missing.length > 0) return err([problemAt(1, { code: 'RETURN_FILE_COLUMNS_MISSING', columns: missing })]);
  const col = (r: string[], n: string) => (r[header.indexOf(n)] ?? '').trim();
  const out: ReturnLine[] = [];
  const errors: ReturnFileError[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((r, i) => {
    const line = i + 2;
    const paymentId = col(r, 'payment_id');
    const result = col(r, 'result').toUpperCase();
    const settledOn = parsePlainDate(col(r, 'settled_on'));
    let amountFen: number;
    try {
      amountFen = yuanToFen(col(r, 'amount_yuan'));
    } catch {
      errors.push(problemAt(line, { code: 'RETURN_LINE_AMOUNT_INVALID', line }));
      return;
    }
    if (!paymentId) { errors.push(problemAt(line, { code: 'RETURN_LINE_PAYMENT_ID_MISSING', line })); return; }
    if (seen.has(paymentId)) { errors.push(problemAt(line, { code: 'RETURN_LINE_PAYMENT_ID_REPEATED', line, paymentId })); return; }
    seen.add(paymentId);
    if (!settledOn) { errors.push(problemAt(line, { code: 'RETURN_LINE_DATE_INVALID', line })); return; }
    if (result === 'SUCCESS') {
      const ref = col(r, 'bank_reference');
      if (!ref) { errors.push(problemAt(line, { code: 'RETURN_LINE_BANK_REFERENCE_MISSING', line })); return; }
      out.push({ paymentId, outcome: 'PAID', amountFen, bankReference: ref, settledOn });
    } else if (result === 'FAILED') {
      out.push({ paymentId, outcome: 'FAILED', amountFen, reason: col(r, 'reason') || '银行未说明原因', settledOn });
    } else errors.push(problemAt(line, { code: 'RETURN_LINE_RESULT_INVALID', line }));
  });
  return errors.length > 0 ? err(errors) : ok(out);
}
