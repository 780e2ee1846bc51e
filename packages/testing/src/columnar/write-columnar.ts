import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import type { PopulationStream } from '../generate-population';
import { QUALIFICATION_TAGS, type SyntheticEnterprise } from '../synthetic-enterprise';
import { epochDayOfText } from './epoch-day';
import {
  align8, COLUMN_NAME_BYTES, columnBytes, DATA_START, DIRECTORY_ENTRY_BYTES, FIGURE_SLOTS, FIXED_HEADER_BYTES,
  fixedColumns, FLAG_GENERAL_TAXPAYER, FLAG_INDIVIDUAL_BUSINESS, FORMAT_VERSION, MAGIC, TYPE_BYTES, TYPE_CODES, USCC_BYTES,
  type ColumnarMeta, type ColumnSpec, type ColumnType,
} from './layout';

export interface WriteColumnarResult {
  rows: number;
  bytes: number;
  /** Wall time spent, including generating rows when the source is a stream. */
  ms: number;
}

type Typed = Uint8Array | Int16Array | Int32Array | Uint32Array | Float64Array | Uint16Array;
const ARRAY: Record<ColumnType, new (n: number) => Typed> = { u8: Uint8Array, i16: Int16Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array, u16: Uint16Array };
const WRITE_CHUNK = 65_536;

/**
 * Writes rows in the columnar format (see README.md). `source` is either an array of rows or a
 * stream from `streamPopulation`, which is consumed chunk by chunk: only one chunk of objects
 * and one chunk of each column are in memory at a time. Invalid rows (a uscc that is not 18
 * ASCII characters, more than 3 yearly figures, non-integer money …) throw, naming the row.
 */
export function writeColumnar(path: string, source: readonly SyntheticEnterprise[] | PopulationStream): WriteColumnarResult {
  if (endianness() !== 'LE') throw new Error('列式文件仅支持小端机器 the columnar format needs a little-endian machine');
  const started = performance.now();
  const isStream = !Array.isArray(source);
  const stream = source as PopulationStream;
  const rows = isStream ? stream.size : (source as readonly SyntheticEnterprise[]).length;
  if (rows > 0xffff_ffff) throw new RangeError('too many rows for the format (max 2^32 − 1)');

  const specs = fixedColumns();
  const offsets = new Map<string, number>();
  let cursor = DATA_START;
  for (const c of specs) {
    offsets.set(c.name, cursor);
    cursor = align8(cursor + columnBytes(c, rows));
  }
  const heapStart = cursor;

  const dict = { district: new Map<string, number>(), districtNames: [] as string[], industry: new Map<string, number>(), tags: new Map<string, number>() };
  QUALIFICATION_TAGS.forEach((t, i) => dict.tags.set(t, i));

  const fd = openSync(path, 'w');
  try {
    let written = 0;
    let heapBytes = 0;
    let heapBuf = new Uint8Array(1 << 22);
    const encoder = new TextEncoder();
    const bufs = new Map<string, Typed>(specs.map((c) => [c.name, new ARRAY[c.type](WRITE_CHUNK * c.perRow)]));

    let buffered = 0;
    let heapUsed = 0;
    const put = (text: string) => {
      if (heapBuf.length - heapUsed < text.length * 3) {
        const bigger = new Uint8Array(Math.max(heapBuf.length * 2, heapUsed + text.length * 3));
        bigger.set(heapBuf.subarray(0, heapUsed));
        heapBuf = bigger;
      }
      heapUsed += encoder.encodeInto(text, heapBuf.subarray(heapUsed)).written;
    };
    const b = (name: string) => bufs.get(name)!;
    const uscc = b('uscc') as Uint8Array;
    const regDay = b('registrationDay') as Int32Array;
    const districtCol = b('district') as Uint8Array;
    const industryCol = b('industry') as Uint16Array;
    const flagsCol = b('flags') as Uint8Array;
    const tagsCol = b('tags') as Uint32Array;
    const countCol = b('figureCount') as Uint8Array;
    const strOffsets = b('strOffsets') as Uint32Array;
    const fig = Array.from({ length: FIGURE_SLOTS }, (_, s) => ({
      year: b(`fig${s}.year`) as Int16Array,
      employees: b(`fig${s}.employees`) as Int32Array,
      revenueFen: b(`fig${s}.revenueFen`) as Float64Array,
      totalAssetsFen: b(`fig${s}.totalAssetsFen`) as Float64Array,
      rdExpenseFen: b(`fig${s}.rdExpenseFen`) as Float64Array,
      mainBusinessRevenueFen: b(`fig${s}.mainBusinessRevenueFen`) as Float64Array,
    }));
    /** Writes the buffered rows of every column at their place in the file, then the heap bytes. */
    const flush = () => {
      for (const c of specs) {
        const arr = bufs.get(c.name)!;
        const width = c.perRow * TYPE_BYTES[c.type];
        writeSync(fd, new Uint8Array(arr.buffer, 0, buffered * width), 0, buffered * width, offsets.get(c.name)! + written * width);
      }
      writeSync(fd, heapBuf, 0, heapUsed, heapStart + heapBytes);
      heapBytes += heapUsed;
      written += buffered;
      buffered = 0;
      heapUsed = 0;
    };
    const addRow = (r: SyntheticEnterprise) => {
      const i = buffered;
      const rowIndex = written + i;
      if (rowIndex >= rows) throw new RangeError(`source produced more than the announced ${rows} rows`);
      const heapBase = heapBytes;
      const code = r.uscc;
      if (typeof code !== 'string' || !USCC_TEXT.test(code)) throw rowError(rowIndex, `统一社会信用代码应为18位数字或大写字母：${JSON.stringify(code)}`, `uscc must be 18 digits or capitals: ${JSON.stringify(code)}`);
      for (let k = 0; k < USCC_BYTES; k++) uscc[i * USCC_BYTES + k] = code.charCodeAt(k);
      regDay[i] = epochDayOfText(r.registrationDate);
      let d = dict.district.get(r.district);
      if (d === undefined) {
        d = dictIndex(dict.district, r.district, 255, 'district', rowIndex);
        dict.districtNames.push(r.districtName);
      } else if (dict.districtNames[d] !== r.districtName) throw rowError(rowIndex, `辖区 ${r.district} 名称不一致`, `district ${r.district} has two names`);
      districtCol[i] = d;
      industryCol[i] = dict.industry.get(r.industryCode) ?? dictIndex(dict.industry, r.industryCode, 65_535, 'industry code', rowIndex);
      if (r.taxpayerType !== 'GENERAL' && r.taxpayerType !== 'SMALL_SCALE') throw rowError(rowIndex, `纳税人类型无效：${JSON.stringify(r.taxpayerType)}`, `invalid taxpayer type: ${JSON.stringify(r.taxpayerType)}`);
      flagsCol[i] = (r.isIndividualBusiness ? FLAG_INDIVIDUAL_BUSINESS : 0) | (r.taxpayerType === 'GENERAL' ? FLAG_GENERAL_TAXPAYER : 0);
      let mask = 0;
      for (const t of r.tags) mask |= 1 << (dict.tags.get(t) ?? dictIndex(dict.tags, t, 31, 'tag', rowIndex));
      tagsCol[i] = mask >>> 0;
      const n = r.figures.length;
      if (n > FIGURE_SLOTS) throw rowError(rowIndex, `年度数据超过 ${FIGURE_SLOTS} 年（${n}）`, `more than ${FIGURE_SLOTS} years of figures (${n})`);
      countCol[i] = n;
      for (let s = 0; s < FIGURE_SLOTS; s++) {
        const col = fig[s]!;
        if (s >= n) {
          col.year[i] = 0;
          col.employees[i] = 0;
          col.revenueFen[i] = 0;
          col.totalAssetsFen[i] = 0;
          col.rdExpenseFen[i] = 0;
          col.mainBusinessRevenueFen[i] = 0;
          continue;
        }
        const f = r.figures[n - 1 - s]!;
        if (!Number.isInteger(f.year) || f.year < 0 || f.year > 32_767) throw rowError(rowIndex, `年份超出范围：${f.year}`, `year out of range: ${f.year}`);
        if (!Number.isInteger(f.employees) || f.employees < 0 || f.employees >= 2 ** 31) throw rowError(rowIndex, `从业人员应为非负整数：${f.employees}`, `employees must be a non-negative integer: ${f.employees}`);
        col.year[i] = f.year;
        col.employees[i] = f.employees;
        col.revenueFen[i] = money(f.revenueFen, 'revenueFen', rowIndex);
        col.totalAssetsFen[i] = money(f.totalAssetsFen, 'totalAssetsFen', rowIndex);
        col.rdExpenseFen[i] = money(f.rdExpenseFen, 'rdExpenseFen', rowIndex);
        col.mainBusinessRevenueFen[i] = money(f.mainBusinessRevenueFen, 'mainBusinessRevenueFen', rowIndex);
      }
      if (heapBase + heapUsed > 0xffff_ffff) throw rowError(rowIndex, '字符串区超过 4 GiB', 'string heap exceeds 4 GiB');
      strOffsets[2 * i] = heapBase + heapUsed;
      put(r.name);
      strOffsets[2 * i + 1] = heapBase + heapUsed;
      put(r.registeredAddress);
      if (++buffered === WRITE_CHUNK) flush();
    };

    if (isStream) for (const chunk of stream.chunks()) for (const r of chunk) addRow(r);
    else for (const r of source as readonly SyntheticEnterprise[]) addRow(r);
    flush();

    if (written !== rows) throw new RangeError(`source produced ${written} rows, announced ${rows}`);
    if (heapBytes > 0xffff_ffff) throw new RangeError('string heap exceeds 4 GiB');

    // The string-offset sentinel (end of the heap) after the last row.
    const strCol = specs.find((c) => c.name === 'strOffsets')!;
    writeSync(fd, new Uint8Array(new Uint32Array([heapBytes]).buffer), 0, 4, offsets.get('strOffsets')! + columnBytes(strCol, rows) - 4);

    const meta: ColumnarMeta = {
      format: 'huiqi-synthetic-columnar',
      version: FORMAT_VERSION,
      rowCount: rows,
      source: isStream ? { seed: stream.seed, jurisdiction: stream.jurisdiction, year: stream.year } : null,
      dictionaries: {
        district: [...dict.district.keys()].map((slug, i) => ({ slug, name: dict.districtNames[i]! })),
        industryCode: [...dict.industry.keys()],
        tags: [...dict.tags.keys()],
      },
    };
    const all: (ColumnSpec & { offset: number; length: number })[] = specs.map((c) => ({ ...c, offset: offsets.get(c.name)!, length: columnBytes(c, rows) }));
    all.push({ name: 'strings', type: 'u8', perRow: 0, extra: 0, offset: heapStart, length: heapBytes });
    const header = encodeHeader(all, meta, rows);
    writeSync(fd, header, 0, header.length, 0);
    const bytes = heapStart + heapBytes;
    ftruncateSync(fd, bytes); // a file with an empty heap must still reach the heap's offset
    return { rows, bytes, ms: performance.now() - started };
  } finally {
    closeSync(fd);
  }
}

function encodeHeader(columns: { name: string; type: ColumnType; perRow: number; offset: number; length: number }[], meta: ColumnarMeta, rows: number): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const dirBytes = columns.length * DIRECTORY_ENTRY_BYTES;
  if (FIXED_HEADER_BYTES + dirBytes + metaBytes.length > DATA_START) throw new RangeError('metadata too large for the header area');
  const buf = new Uint8Array(DATA_START);
  const view = new DataView(buf.buffer);
  for (let k = 0; k < MAGIC.length; k++) buf[k] = MAGIC.charCodeAt(k);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, DATA_START, true);
  view.setUint32(16, rows, true);
  view.setUint32(20, columns.length, true);
  view.setUint32(24, metaBytes.length, true);
  columns.forEach((c, i) => {
    const at = FIXED_HEADER_BYTES + i * DIRECTORY_ENTRY_BYTES;
    if (c.name.length > COLUMN_NAME_BYTES) throw new RangeError(`column name too long: ${c.name}`);
    for (let k = 0; k < c.name.length; k++) buf[at + k] = c.name.charCodeAt(k);
    view.setUint8(at + 32, TYPE_CODES[c.type]);
    view.setUint16(at + 34, c.perRow, true);
    view.setBigUint64(at + 40, BigInt(c.offset), true);
    view.setBigUint64(at + 48, BigInt(c.length), true);
  });
  buf.set(metaBytes, FIXED_HEADER_BYTES + dirBytes);
  return buf;
}

const USCC_TEXT = /^[0-9A-Z]{18}$/;

function rowError(row: number, zh: string, en: string): RangeError {
  return new RangeError(`第 ${row} 行无法写入：${zh} / row ${row} cannot be written: ${en}`);
}

function money(v: number, field: string, row: number): number {
  if (!Number.isSafeInteger(v)) throw rowError(row, `${field} 应为整数（分）：${v}`, `${field} must be an integer number of fen: ${v}`);
  return v;
}

function dictIndex(map: Map<string, number>, key: string, max: number, what: string, row: number): number {
  if (typeof key !== 'string' || key === '') throw rowError(row, `${what} 为空`, `${what} is empty`);
  if (map.size > max) throw rowError(row, `${what} 种类超过 ${max + 1} 个`, `more than ${max + 1} distinct values of ${what}`);
  const i = map.size;
  map.set(key, i);
  return i;
}
