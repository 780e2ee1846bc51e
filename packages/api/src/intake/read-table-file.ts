import { isUtf8 } from 'node:buffer';
import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
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
  // UTF-8 goes on as bytes (csv-parse decodes them once); each piece is checked up to its last
  // complete character, the incomplete tail waits for the next piece.
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
 * The line of a record as csv-parse's `info.lines` gives it (the line where the record ends: a line
 * break inside a quoted cell counts, each CR and each LF once), counted here instead of asking
 * csv-parse for `info`, which copies its state into a new object for every record.
 */
function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10 || ch === 13) n++;
    }
  }
  return n;
}

const isBlank = (cells: readonly string[]) => {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
};

async function* readCsv(input: Readable, options: ReadOptions): AsyncIterable<TableRecord[]> {
  // Empty lines come through as one empty cell (counted, then skipped), so that lines are counted here.
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false });
  const dec = decoder(options);
  input.on('error', (e) => dec.destroy(e));
  dec.on('error', (e) => parser.destroy(e));
  input.pipe(dec).pipe(parser);
  let line = 0;
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on('readable', signal);
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('error', (e) => {
    failure = e;
    signal();
  });
  parser.on('close', () => {
    ended = true;
    signal();
  });
  try {
    for (;;) {
      const batch: TableRecord[] = [];
      let record: string[] | null;
      while (batch.length < 4096 && (record = parser.read() as string[] | null) !== null) {
        line += 1 + lineBreaksIn(record);
        if (!isBlank(record)) batch.push({ line, cells: record });
      }
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } catch (e) {
    if (e instanceof TableFileError) throw e;
    const code = (e as { code?: string }).code;
    const at = (e as { lines?: number }).lines;
    if (code && code.startsWith('CSV_')) {
      throw new TableFileError(bi(`CSV 格式错误（第 ${at ?? '?'} 行）：${(e as Error).message}`, `malformed CSV (line ${at ?? '?'}): ${(e as Error).message}`));
    }
    throw e;
  } finally {
    if (!ended) parser.destroy();
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
