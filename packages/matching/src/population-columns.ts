import { closeSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import {
  COLUMN_NAME_BYTES, DIRECTORY_ENTRY_BYTES, FIGURE_FIELDS, FIGURE_SLOTS, FIXED_HEADER_BYTES, FORMAT_VERSION, MAGIC, TYPE_BYTES, TYPE_CODES,
  type ColumnarMeta, type ColumnarPopulation, type ColumnType, type FigureColumns,
} from '@huiqi/testing';

/**
 * The columns matching reads, for the rows `from … from + rowCount − 1` of a population file.
 * Index 0 of every array is row `from`. Names, addresses and usccs are not needed to match and
 * are not loaded (a worker holds ~127 bytes per row, not the whole 640 MB file).
 */
export interface PopulationColumns {
  from: number;
  rowCount: number;
  meta: ColumnarMeta;
  registrationDay: Int32Array;
  district: Uint8Array;
  industry: Uint16Array;
  flags: Uint8Array;
  tags: Uint32Array;
  figureCount: Uint8Array;
  figures: FigureColumns[];
}

/** Views over rows [from, to) of a population already in memory (no copy). */
export function columnsOfPopulation(pop: ColumnarPopulation, from = 0, to = pop.rowCount): PopulationColumns {
  checkRange(from, to, pop.rowCount);
  return {
    from,
    rowCount: to - from,
    meta: pop.meta,
    registrationDay: pop.registrationDay.subarray(from, to),
    district: pop.district.subarray(from, to),
    industry: pop.industry.subarray(from, to),
    flags: pop.flags.subarray(from, to),
    tags: pop.tags.subarray(from, to),
    figureCount: pop.figureCount.subarray(from, to),
    figures: pop.figures.map((f) => ({
      year: f.year.subarray(from, to),
      employees: f.employees.subarray(from, to),
      revenueFen: f.revenueFen.subarray(from, to),
      totalAssetsFen: f.totalAssetsFen.subarray(from, to),
      rdExpenseFen: f.rdExpenseFen.subarray(from, to),
      mainBusinessRevenueFen: f.mainBusinessRevenueFen.subarray(from, to),
    })),
  };
}

function checkRange(from: number, to: number, n: number): void {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from || to > n) {
    throw new RangeError(`行范围 ${from}…${to} 超出 0…${n} / row range ${from}…${to} is outside 0…${n}`);
  }
}

const ARRAY: Record<ColumnType, new (b: ArrayBuffer) => ArrayBufferView> = {
  u8: Uint8Array, i16: Int16Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array, u16: Uint16Array,
};

/** Reads the header of a columnar file (format of `@huiqi/testing` columnar/README.md). */
export function readColumnarHeader(file: string): { meta: ColumnarMeta; columns: Map<string, { type: ColumnType; offset: number; length: number }> } {
  if (endianness() !== 'LE') throw new Error('列式文件仅支持小端机器 the columnar format needs a little-endian machine');
  const fd = openSync(file, 'r');
  try {
    const bad = (zh: string, en: string) => new Error(`列式文件 ${file} 无效：${zh} / invalid columnar file ${file}: ${en}`);
    const head = Buffer.alloc(FIXED_HEADER_BYTES);
    if (readSync(fd, head, 0, FIXED_HEADER_BYTES, 0) < FIXED_HEADER_BYTES) throw bad('文件过短', 'file too short');
    if (head.toString('latin1', 0, MAGIC.length) !== MAGIC) throw bad(`文件标识应为 ${MAGIC}`, `magic should be ${MAGIC}`);
    const version = head.readUInt32LE(8);
    if (version !== FORMAT_VERSION) throw bad(`不支持的版本 ${version}`, `unsupported version ${version}`);
    const rowCount = head.readUInt32LE(16);
    const columnCount = head.readUInt32LE(20);
    const metaLength = head.readUInt32LE(24);
    const dirBytes = columnCount * DIRECTORY_ENTRY_BYTES;
    const rest = Buffer.alloc(dirBytes + metaLength);
    if (readSync(fd, rest, 0, rest.length, FIXED_HEADER_BYTES) < rest.length) throw bad('文件头越界', 'header runs past the end of the file');
    const meta = JSON.parse(rest.toString('utf8', dirBytes)) as ColumnarMeta;
    if (meta.rowCount !== rowCount) throw bad('元数据行数与文件头不一致', 'metadata row count disagrees with the header');
    const typeByCode = new Map<number, ColumnType>(Object.entries(TYPE_CODES).map(([k, v]) => [v, k as ColumnType]));
    const columns = new Map<string, { type: ColumnType; offset: number; length: number }>();
    for (let i = 0; i < columnCount; i++) {
      const at = i * DIRECTORY_ENTRY_BYTES;
      const name = rest.toString('latin1', at, at + COLUMN_NAME_BYTES).replace(/\0+$/, '');
      const type = typeByCode.get(rest.readUInt8(at + 32));
      if (!type) throw bad(`列 ${name} 类型未知`, `column ${name} has an unknown type`);
      columns.set(name, { type, offset: Number(rest.readBigUInt64LE(at + 40)), length: Number(rest.readBigUInt64LE(at + 48)) });
    }
    return { meta, columns };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads only rows [from, to) of the columns matching needs, each into its own buffer, with
 * positional reads: what a worker does for its partition.
 */
export function readColumnarRange(file: string, from: number, to: number): PopulationColumns {
  const { meta, columns } = readColumnarHeader(file);
  checkRange(from, to, meta.rowCount);
  const n = to - from;
  const fd = openSync(file, 'r');
  try {
    const load = <V extends ArrayBufferView>(name: string, expected: ColumnType): V => {
      const c = columns.get(name);
      if (!c) throw new Error(`列式文件 ${file} 缺少列 ${name} / column ${name} is missing`);
      if (c.type !== expected) throw new Error(`列 ${name} 类型应为 ${expected} / column ${name} should be ${expected}`);
      const size = TYPE_BYTES[c.type];
      if (c.length < meta.rowCount * size) throw new Error(`列 ${name} 过短 / column ${name} is too short`);
      const buf = new ArrayBuffer(Math.max(8, n * size));
      const bytes = new Uint8Array(buf, 0, n * size);
      let done = 0;
      while (done < bytes.length) {
        const r = readSync(fd, bytes, done, bytes.length - done, c.offset + from * size + done);
        if (r <= 0) throw new Error(`读取列 ${name} 失败 / short read in column ${name}`);
        done += r;
      }
      const view = new ARRAY[c.type](buf) as unknown as { subarray(a: number, b: number): V };
      return view.subarray(0, n);
    };
    const figures: FigureColumns[] = [];
    for (let s = 0; s < FIGURE_SLOTS; s++) {
      figures.push(Object.fromEntries(FIGURE_FIELDS.map((f) => [f.key, load(`fig${s}.${f.key}`, f.type)])) as unknown as FigureColumns);
    }
    return {
      from,
      rowCount: n,
      meta,
      registrationDay: load('registrationDay', 'i32'),
      district: load('district', 'u8'),
      industry: load('industry', 'u16'),
      flags: load('flags', 'u8'),
      tags: load('tags', 'u32'),
      figureCount: load('figureCount', 'u8'),
      figures,
    };
  } finally {
    closeSync(fd);
  }
}
