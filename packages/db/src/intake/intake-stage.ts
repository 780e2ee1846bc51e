import type { Queryable } from '../database';

/**
 * The staging table of one intake transaction: every valid row of the file, as typed values. A
 * temporary table (no WAL, dropped at commit); the merge statements read it. Registry columns are
 * set on an enterprise's first valid row only; figure columns on rows that carry a year.
 */
export const STAGE_COLUMNS = [
  'line', 'uscc',
  'name', 'registered_address', 'district', 'industry_code', 'registration_date', 'taxpayer_type', 'is_individual_business',
  'year', 'employees', 'revenue_fen', 'total_assets_fen', 'rd_expense_fen', 'main_business_revenue_fen',
  'legal_representative_name',
] as const;

const STAGE_TYPES = [
  'integer NOT NULL', 'text NOT NULL',
  'text', 'text', 'text', 'text', 'date', 'text', 'boolean',
  'integer', 'integer', 'bigint', 'bigint', 'bigint', 'bigint',
  'text',
];

/** One staged row, in STAGE_COLUMNS order (null for an absent value). */
export type StageRow = readonly [
  line: number, uscc: string,
  name: string | null, registeredAddress: string | null, district: string | null, industryCode: string | null, registrationDate: string | null, taxpayerType: string | null, isIndividualBusiness: boolean | null,
  year: number | null, employees: number | null, revenueFen: number | null, totalAssetsFen: number | null, rdExpenseFen: number | null, mainBusinessRevenueFen: number | null,
  legalRepresentativeName: string | null,
];

export async function createStage(tx: Queryable): Promise<void> {
  await tx.query(`CREATE TEMP TABLE intake_stage (${STAGE_COLUMNS.map((c, i) => `${c} ${STAGE_TYPES[i]}`).join(', ')}) ON COMMIT DROP`);
  await tx.query('CREATE TEMP TABLE intake_touched (uscc text PRIMARY KEY) ON COMMIT DROP');
  await tx.query('CREATE TEMP TABLE intake_new (uscc text PRIMARY KEY) ON COMMIT DROP');
}

/** Writes staged rows: COPY on PostgreSQL (see copy-stage.ts), multi-row INSERTs elsewhere. */
export interface StageWriter {
  write(row: StageRow): Promise<void>;
  /** Sends what is buffered; after it, the rows are in the table. */
  finish(): Promise<void>;
}

const INSERT_ROWS = 500;

/** The portable writer (PGlite, or PostgreSQL without a COPY connection): INSERTs of 500 rows. */
export function insertStageWriter(tx: Queryable): StageWriter {
  let buffer: StageRow[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    const width = STAGE_COLUMNS.length;
    const values = rows.map((_, r) => `(${STAGE_COLUMNS.map((_c, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    await tx.query(`INSERT INTO intake_stage (${STAGE_COLUMNS.join(', ')}) VALUES ${values}`, rows.flat());
  };
  return {
    async write(row) {
      buffer.push(row);
      if (buffer.length >= INSERT_ROWS) await flush();
    },
    finish: flush,
  };
}
