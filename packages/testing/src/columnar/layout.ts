/**
 * The columnar file layout shared by the writer and the reader (documented in README.md).
 * All numbers are little-endian; every column starts on an 8-byte boundary so the reader
 * can lay typed-array views straight over the file's bytes.
 */
export const MAGIC = 'HQSYNCOL';
export const FORMAT_VERSION = 1;
/** Bytes reserved for header + directory + metadata JSON; column data starts here. */
export const DATA_START = 65_536;
export const FIXED_HEADER_BYTES = 64;
export const DIRECTORY_ENTRY_BYTES = 56;
export const COLUMN_NAME_BYTES = 32;
/** Yearly figures kept per row; slot 0 is the latest year. */
export const FIGURE_SLOTS = 3;
export const USCC_BYTES = 18;

export const TYPE_CODES = { u8: 1, i16: 2, i32: 3, u32: 4, f64: 5, u16: 6 } as const;
export type ColumnType = keyof typeof TYPE_CODES;
export const TYPE_BYTES: Record<ColumnType, number> = { u8: 1, i16: 2, i32: 4, u32: 4, f64: 8, u16: 2 };

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Values per row (18 for uscc, 2 for string offsets). */
  perRow: number;
  /** Extra values after the last row (1 for the string-offset sentinel). */
  extra: number;
}

export const FIGURE_FIELDS = [
  { key: 'year', type: 'i16' },
  { key: 'employees', type: 'i32' },
  { key: 'revenueFen', type: 'f64' },
  { key: 'totalAssetsFen', type: 'f64' },
  { key: 'rdExpenseFen', type: 'f64' },
  { key: 'mainBusinessRevenueFen', type: 'f64' },
] as const satisfies readonly { key: string; type: ColumnType }[];

/** The fixed-width columns, in file order, followed by the string heap `strings` (u8). */
export function fixedColumns(): ColumnSpec[] {
  const cols: ColumnSpec[] = [
    { name: 'uscc', type: 'u8', perRow: USCC_BYTES, extra: 0 },
    { name: 'registrationDay', type: 'i32', perRow: 1, extra: 0 },
    { name: 'district', type: 'u8', perRow: 1, extra: 0 },
    { name: 'industry', type: 'u16', perRow: 1, extra: 0 },
    { name: 'flags', type: 'u8', perRow: 1, extra: 0 },
    { name: 'tags', type: 'u32', perRow: 1, extra: 0 },
    { name: 'figureCount', type: 'u8', perRow: 1, extra: 0 },
  ];
  for (let s = 0; s < FIGURE_SLOTS; s++) for (const f of FIGURE_FIELDS) cols.push({ name: `fig${s}.${f.key}`, type: f.type, perRow: 1, extra: 0 });
  cols.push({ name: 'strOffsets', type: 'u32', perRow: 2, extra: 1 });
  return cols;
}

export const FLAG_INDIVIDUAL_BUSINESS = 1;
export const FLAG_GENERAL_TAXPAYER = 2;

export function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export function columnBytes(c: ColumnSpec, rows: number): number {
  return (rows * c.perRow + c.extra) * TYPE_BYTES[c.type];
}

export interface ColumnarMeta {
  format: 'huiqi-synthetic-columnar';
  version: number;
  rowCount: number;
  /** How the rows were produced, when known. */
  source: { seed: number; jurisdiction: string; year: number } | null;
  dictionaries: {
    district: { slug: string; name: string }[];
    industryCode: string[];
    tags: string[];
  };
}
