import { isUtf8 } from 'node:buffer';
import { Transform, type Readable } from 'node:stream';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { bi, type BilingualText } from '@huiqi/kernel';

/** One record of a table file: its line (CSV) or row number (XLSX), and its cells as text. */
export interface TableRecord {
  line: number;
  cells: string[];
}

export type TableFormat = 'csv' | 'xlsx';

/** A file that cannot be read as a table at all (encoding, format): reported for the whole file. */
export class TableFileError extends Error {
  constructor(readonly reason: BilingualText) {
    super(reason.en);
  }
}

/** The format from a file name; `.xls` (the binary format of Excel 97–2003) is refused by name. */
export function formatOfFileName(name: string): TableFormat | TableFileError {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xls')) return new TableFileError(bi('不支持 .xls 格式，请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）', '.xls files are not supported: save the file as .xlsx or CSV (UTF-8) in Excel'));
  return new TableFileError(bi(`无法识别的文件类型「${name}」：请上传 .csv 或 .xlsx 文件`, `unrecognised file type '${name}': upload a .csv or .xlsx file`));
}

export interface ReadOptions {
  /** Told once the encoding of a CSV is known ('utf-8' or 'gb18030'). */
  onEncoding?: (encoding: 'utf-8' | 'gb18030') => void;
}

/** Records of the first worksheet or of the CSV, the header first, blank rows skipped; streaming. */
export async function* readTableRecords(input: Readable, format: TableFormat, options: ReadOptions = {}): AsyncIterable<TableRecord> {
  for await (const batch of readTableBatches(input, format, options)) yield* batch;
}

/**
 * The same records in batches, as the parser produces them (one await per batch, not per record:
 * at millions of rows the per-record promise of an async generator costs as much as parsing).
 */
export function readTableBatches(input: Readable, format: TableFormat, options: ReadOptions = {}): AsyncIterable<TableRecord[]> {
  return format === 'csv' ? readCsv(input, options) : readXlsx(input);
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes a CSV's bytes to text. The encoding is decided on the first 64 KiB: UTF-8 (a BOM is
 * dropped) when they are valid UTF-8, else GB18030 (what Excel on a Chinese Windows writes as
 * "CSV"), when they decode as GB18030 without replacement characters; anything else is refused.
 * A UTF-8 file that turns invalid later is refused with the byte offset, never silently mangled.
 */
function decoder(options: ReadOptions): Transform {
  let head: Buffer[] = [];
  let headBytes = 0;
  let mode: 'utf-8' | 'gb18030' | null = null;
  let gb: TextDecoder | null = null;
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0;
  const invalidUtf8 = () =>
    new TableFileError(bi(`文件在第 ${offset + 1} 字节附近不是有效的 UTF-8 编码，请另存为“CSV UTF-8”`, `the file is not valid UTF-8 near byte ${offset + 1}; save it as "CSV UTF-8"`));
  // UTF-8 goes on as bytes, each piece checked up to its last complete character (so it decodes on
  // its own); the incomplete tail waits for the next piece.
  const pass = (t: Transform, chunk: Buffer, final: boolean) => {
    if (mode === 'gb18030') {
      let text: string;
      try {
        text = gb!.decode(chunk, { stream: !final });
      } catch {
        throw new TableFileError(bi(`文件在第 ${offset + 1} 字节之后不是有效的 GB18030 编码`, `the file is not valid GB18030 after byte ${offset + 1}`));
      }
      offset += chunk.length;
      if (text) t.push(text);
      return;
    }
    const all = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let end = all.length;
    if (!final) {
      let back = 0;
      while (back < 3 && end - back - 1 >= 0 && (all[end - back - 1]! & 0xc0) === 0x80) back++;
      const lead = end - back - 1;
      if (lead >= 0) {
        const b = all[lead]!;
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (need > back + 1) end = lead;
      }
    }
    const body = all.subarray(0, end);
    if (!isUtf8(body)) throw invalidUtf8();
    offset += body.length;
    carry = Buffer.from(all.subarray(end));
    if (body.length > 0) t.push(body);
  };
  const choose = (sample: Buffer) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
      mode = 'utf-8';
    } catch {
      const text = new TextDecoder('gb18030').decode(sample, { stream: true });
      if (text.includes('\uFFFD')) throw new TableFileError(bi('无法识别文件编码：既不是 UTF-8 也不是 GB18030，请另存为“CSV UTF-8”', 'unknown encoding: the file is neither UTF-8 nor GB18030; save it as "CSV UTF-8"'));
      mode = 'gb18030';
      gb = new TextDecoder('gb18030', { fatal: true });
    }
    options.onEncoding?.(mode);
  };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        if (mode) pass(this, chunk, false);
        else {
          head.push(chunk);
          headBytes += chunk.length;
          if (headBytes >= SNIFF_BYTES) {
            const all = Buffer.concat(head);
            head = [];
            choose(all);
            pass(this, all, false);
          }
        }
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        if (!mode) {
          const all = Buffer.concat(head);
          choose(all);
          pass(this, all, true);
        } else pass(this, Buffer.alloc(0), true);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
}

/**
 * The line breaks inside a record's cells: a record's line is the line where it ends (a line break
 * inside a quoted cell counts: CRLF, LF or a lone CR, once each, as a text editor shows them).
 */
function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10 || (ch === 13 && c.charCodeAt(i + 1) !== 10)) n++;
    }
  }
  return n;
}

const isBlank = (cells: readonly string[]) => {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
};

/** The record separator of a CSV, from its first line break: CRLF (Excel), LF, or a lone CR. */
function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  const i = text.search(/[\r\n]/);
  if (i < 0 || text[i] === '\n') return '\n';
  return text[i + 1] === '\n' ? '\r\n' : '\r';
}

/** One answer of Papa Parse's parser: the records, their problems, and where it stopped. */
interface ParsedPiece {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Records of a CSV, batch by batch as the decoded text arrives, by Papa Parse's parser (RFC 4180:
 * quoted cells with commas, quotes and line breaks): about five times faster than csv-parse on the
 * registry file (bench/import.ts), which at 7.8 million rows was most of the import's own CPU time.
 * Each piece is parsed up to its last complete record; the rest waits for the next piece.
 */
async function* readCsv(input: Readable, options: ReadOptions): AsyncIterable<TableRecord[]> {
  const dec = decoder(options);
  input.on('error', (e) => dec.destroy(e));
  input.pipe(dec);
  let parser: Papa.Parser | null = null;
  let pending = '';
  let base = 0;
  let line = 0;
  let first = true;
  const records = (piece: ParsedPiece): TableRecord[] => {
    const batch: TableRecord[] = [];
    for (const cells of piece.data) {
      line += 1 + lineBreaksIn(cells);
      // Empty lines come through as one empty cell: counted, then skipped.
      if (!isBlank(cells)) batch.push({ line, cells });
    }
    const problem = piece.errors[0];
    if (problem) {
      const at = line + 1;
      throw problem.code === 'MissingQuotes'
        ? new TableFileError(bi(`CSV 格式错误（第 ${at} 行附近）：引号没有闭合`, `malformed CSV (near line ${at}): a quoted cell is not closed`))
        : new TableFileError(bi(`CSV 格式错误（第 ${at} 行附近）：引号后紧跟了其他字符`, `malformed CSV (near line ${at}): a closing quote is followed by other characters`));
    }
    return batch;
  };
  for await (const piece of dec as AsyncIterable<Buffer | string>) {
    let text = typeof piece === 'string' ? piece : piece.toString('utf8');
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text === '') continue;
    parser ??= new Papa.Parser({ delimiter: ',', newline: lineBreakOf(text), quoteChar: '"' });
    const all = pending + text;
    const parsed = parser.parse(all, base, true) as ParsedPiece;
    pending = all.substring(parsed.meta.cursor - base);
    base = parsed.meta.cursor;
    const batch = records(parsed);
    if (batch.length > 0) yield batch;
  }
  if (parser && pending !== '') {
    const batch = records(parser.parse(pending, base, false) as ParsedPiece);
    if (batch.length > 0) yield batch;
  }
}

async function* readXlsx(input: Readable): AsyncIterable<TableRecord[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1);
        const cells = Array.from(values, cellText);
        if (isBlank(cells)) continue;
        yield [{ line: row.number, cells }];
      }
      return; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof TableFileError) throw e;
    throw new TableFileError(bi(`无法读取 XLSX 文件：${(e as Error).message}`, `cannot read the XLSX file: ${(e as Error).message}`));
  }
}

/** A cell as text: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}
