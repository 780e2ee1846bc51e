import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { fen, fromEpochDay, type Fen, type Uscc } from '@huiqi/kernel';
import type { QualificationTag, SyntheticEnterprise, YearlyFigures } from '../synthetic-enterprise';
import {
  COLUMN_NAME_BYTES, DIRECTORY_ENTRY_BYTES, FIGURE_FIELDS, FIGURE_SLOTS, FIXED_HEADER_BYTES, fixedColumns, FLAG_GENERAL_TAXPAYER,
  FLAG_INDIVIDUAL_BUSINESS, FORMAT_VERSION, MAGIC, TYPE_BYTES, TYPE_CODES, USCC_BYTES, type ColumnarMeta, type ColumnType,
} from './layout';

export interface FigureColumns {
  year: Int16Array;
  employees: Int32Array;
  revenueFen: Float64Array;
  totalAssetsFen: Float64Array;
  rdExpenseFen: Float64Array;
  mainBusinessRevenueFen: Float64Array;
}

/** A population read back as typed-array views over one file buffer (no per-row objects). */
export interface ColumnarPopulation {
  rowCount: number;
  meta: ColumnarMeta;
  /** 18 ASCII bytes per row. */
  uscc: Uint8Array;
  /** Days since 1970-01-01. */
  registrationDay: Int32Array;
  /** Index into meta.dictionaries.district. */
  district: Uint8Array;
  /** Index into meta.dictionaries.industryCode. */
  industry: Uint16Array;
  /** Bit 0 individual business, bit 1 general taxpayer. */
  flags: Uint8Array;
  /** Bit k set = meta.dictionaries.tags[k]. */
  tags: Uint32Array;
  /** Years of figures per row (0–3). */
  figureCount: Uint8Array;
  /** figures[0] is each row's latest year, figures[1] the year before …; slots ≥ figureCount are zero. */
  figures: FigureColumns[];
  /** name of row i = strings[strOffsets[2i] … strOffsets[2i+1]), address = … strOffsets[2i+2]). */
  strOffsets: Uint32Array;
  strings: Uint8Array;
  usccAt(i: number): Uscc;
  nameAt(i: number): string;
  addressAt(i: number): string;
  /** Row i decoded back to the object form. */
  row(i: number): SyntheticEnterprise;
}

const VIEW: Record<ColumnType, (b: ArrayBuffer, off: number, len: number) => ArrayBufferView> = {
  u8: (b, o, n) => new Uint8Array(b, o, n),
  i16: (b, o, n) => new Int16Array(b, o, n / 2),
  i32: (b, o, n) => new Int32Array(b, o, n / 4),
  u32: (b, o, n) => new Uint32Array(b, o, n / 4),
  f64: (b, o, n) => new Float64Array(b, o, n / 8),
  u16: (b, o, n) => new Uint16Array(b, o, n / 2),
};

/** Reads a file written by `writeColumnar`: one readFileSync, then typed-array views. */
export function readColumnar(path: string): ColumnarPopulation {
  if (endianness() !== 'LE') throw new Error('列式文件仅支持小端机器 the columnar format needs a little-endian machine');
  const file = readFileSync(path);
  // Typed-array views need aligned offsets; large files get their own buffer, small ones may not.
  const bytes = file.byteOffset % 8 === 0 ? file : new Uint8Array(file);
  const buffer = bytes.buffer as ArrayBuffer;
  const base = bytes.byteOffset;
  const bad = (zh: string, en: string) => new Error(`列式文件 ${path} 无效：${zh} / invalid columnar file ${path}: ${en}`);
  if (bytes.length < FIXED_HEADER_BYTES) throw bad('文件过短', 'file too short');
  const view = new DataView(buffer, base, bytes.length);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) throw bad(`文件标识应为 ${MAGIC}，实际为 ${JSON.stringify(magic)}`, `magic should be ${MAGIC}, got ${JSON.stringify(magic)}`);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) throw bad(`不支持的版本 ${version}`, `unsupported version ${version}`);
  const rowCount = view.getUint32(16, true);
  const columnCount = view.getUint32(20, true);
  const metaLength = view.getUint32(24, true);
  const metaStart = FIXED_HEADER_BYTES + columnCount * DIRECTORY_ENTRY_BYTES;
  if (metaStart + metaLength > bytes.length) throw bad('文件头越界', 'header runs past the end of the file');
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(metaStart, metaStart + metaLength))) as ColumnarMeta;
  if (meta.rowCount !== rowCount) throw bad('元数据行数与文件头不一致', 'metadata row count disagrees with the header');

  const columns = new Map<string, ArrayBufferView>();
  const typeByCode = new Map<number, ColumnType>(Object.entries(TYPE_CODES).map(([k, v]) => [v, k as ColumnType]));
  for (let i = 0; i < columnCount; i++) {
    const at = FIXED_HEADER_BYTES + i * DIRECTORY_ENTRY_BYTES;
    let name = '';
    for (let k = 0; k < COLUMN_NAME_BYTES && bytes[at + k] !== 0; k++) name += String.fromCharCode(bytes[at + k]!);
    const type = typeByCode.get(view.getUint8(at + 32));
    const offset = Number(view.getBigUint64(at + 40, true));
    const length = Number(view.getBigUint64(at + 48, true));
    if (type === undefined) throw bad(`列 ${name} 类型未知`, `column ${name} has an unknown type`);
    if (offset + length > bytes.length) throw bad(`列 ${name} 越界`, `column ${name} runs past the end of the file`);
    if ((base + offset) % TYPE_BYTES[type] !== 0 || length % TYPE_BYTES[type] !== 0) throw bad(`列 ${name} 未对齐`, `column ${name} is misaligned`);
    columns.set(name, VIEW[type](buffer, base + offset, length));
  }
  for (const spec of fixedColumns()) {
    const col = columns.get(spec.name);
    const expected = (rowCount * spec.perRow + spec.extra) * TYPE_BYTES[spec.type];
    if (!col) throw bad(`缺少列 ${spec.name}`, `column ${spec.name} is missing`);
    if (col.byteLength !== expected) throw bad(`列 ${spec.name} 长度应为 ${expected}`, `column ${spec.name} should be ${expected} bytes`);
  }
  const strings = columns.get('strings') as Uint8Array | undefined;
  if (!strings) throw bad('缺少列 strings', 'column strings is missing');

  const get = <T>(name: string) => columns.get(name) as T;
  const figures: FigureColumns[] = Array.from({ length: FIGURE_SLOTS }, (_, s) =>
    Object.fromEntries(FIGURE_FIELDS.map((f) => [f.key, columns.get(`fig${s}.${f.key}`)])) as unknown as FigureColumns,
  );
  const uscc = get<Uint8Array>('uscc');
  const strOffsets = get<Uint32Array>('strOffsets');
  const flags = get<Uint8Array>('flags');
  const tagMask = get<Uint32Array>('tags');
  const district = get<Uint8Array>('district');
  const industry = get<Uint16Array>('industry');
  const registrationDay = get<Int32Array>('registrationDay');
  const figureCount = get<Uint8Array>('figureCount');
  const decoder = new TextDecoder();
  const text = (from: number, to: number) => decoder.decode(strings.subarray(from, to));

  const pop: ColumnarPopulation = {
    rowCount,
    meta,
    uscc,
    registrationDay,
    district,
    industry,
    flags,
    tags: tagMask,
    figureCount,
    figures,
    strOffsets,
    strings,
    usccAt: (i) => String.fromCharCode(...uscc.subarray(i * USCC_BYTES, (i + 1) * USCC_BYTES)) as Uscc,
    nameAt: (i) => text(strOffsets[2 * i]!, strOffsets[2 * i + 1]!),
    addressAt: (i) => text(strOffsets[2 * i + 1]!, strOffsets[2 * i + 2]!),
    row(i) {
      if (!Number.isInteger(i) || i < 0 || i >= rowCount) throw new RangeError(`row ${i} is outside 0…${rowCount - 1}`);
      const d = meta.dictionaries.district[district[i]!]!;
      const tags: QualificationTag[] = [];
      meta.dictionaries.tags.forEach((t, k) => {
        if ((tagMask[i]! >>> k) & 1) tags.push(t as QualificationTag);
      });
      const n = figureCount[i]!;
      const figs: YearlyFigures[] = [];
      for (let s = n - 1; s >= 0; s--) {
        const f = figures[s]!;
        figs.push({
          year: f.year[i]!,
          employees: f.employees[i]!,
          revenueFen: fen(f.revenueFen[i]!) as Fen,
          totalAssetsFen: fen(f.totalAssetsFen[i]!),
          rdExpenseFen: fen(f.rdExpenseFen[i]!),
          mainBusinessRevenueFen: fen(f.mainBusinessRevenueFen[i]!),
        });
      }
      return {
        uscc: pop.usccAt(i),
        name: pop.nameAt(i),
        district: d.slug,
        districtName: d.name,
        registeredAddress: pop.addressAt(i),
        industryCode: meta.dictionaries.industryCode[industry[i]!]!,
        registrationDate: fromEpochDay(registrationDay[i]!),
        taxpayerType: flags[i]! & FLAG_GENERAL_TAXPAYER ? 'GENERAL' : 'SMALL_SCALE',
        isIndividualBusiness: (flags[i]! & FLAG_INDIVIDUAL_BUSINESS) !== 0,
        tags,
        figures: figs,
      };
    },
  };
  return pop;
}
