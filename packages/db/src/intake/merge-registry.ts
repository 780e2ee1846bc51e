import type { Queryable } from '../database';

const PROFILE_CHANGES = `array_remove(ARRAY[
      CASE WHEN e.name <> s.name THEN 'name' END,
      CASE WHEN e.registered_address <> s.registered_address THEN 'registeredAddress' END,
      CASE WHEN e.district <> s.district THEN 'district' END,
      CASE WHEN e.industry_code <> s.industry_code THEN 'industryCode' END,
      CASE WHEN e.registration_date <> s.registration_date THEN 'registrationDate' END,
      CASE WHEN e.taxpayer_type <> s.taxpayer_type THEN 'taxpayerType' END,
      CASE WHEN s.legal_representative_name IS NOT NULL AND e.legal_representative_name IS DISTINCT FROM s.legal_representative_name THEN 'legalRepresentativeName' END], NULL)`;

const FIGURE_CHANGES = `array_remove(ARRAY[
      CASE WHEN f.employees <> s.employees THEN 'employees' END,
      CASE WHEN f.revenue_fen <> s.revenue_fen THEN 'revenueFen' END,
      CASE WHEN f.total_assets_fen <> s.total_assets_fen THEN 'totalAssetsFen' END,
      CASE WHEN s.rd_expense_fen IS NOT NULL AND f.rd_expense_fen IS DISTINCT FROM s.rd_expense_fen THEN 'rdExpenseFen' END,
      CASE WHEN s.main_business_revenue_fen IS NOT NULL AND f.main_business_revenue_fen IS DISTINCT FROM s.main_business_revenue_fen THEN 'mainBusinessRevenueFen' END], NULL)`;

/** Changed profiles of registered enterprises: the row updated, a version appended (kind IMPORTED). */
const updateProfiles = (stage: string) => `
WITH d AS (
  SELECT s.uscc, s.name, s.registered_address, s.district, s.industry_code, s.registration_date, s.taxpayer_type,
    COALESCE(s.legal_representative_name, e.legal_representative_name) AS legal_representative_name, ${PROFILE_CHANGES} AS changed
  FROM ${stage} s JOIN enterprises e ON e.uscc = s.uscc
  WHERE s.name IS NOT NULL
    AND (e.name, e.registered_address, e.district, e.industry_code, e.registration_date, e.taxpayer_type, e.legal_representative_name)
        IS DISTINCT FROM (s.name, s.registered_address, s.district, s.industry_code, s.registration_date, s.taxpayer_type, COALESCE(s.legal_representative_name, e.legal_representative_name))
), u AS (
  UPDATE enterprises e SET name = d.name, registered_address = d.registered_address, district = d.district, industry_code = d.industry_code,
    registration_date = d.registration_date, taxpayer_type = d.taxpayer_type, legal_representative_name = d.legal_representative_name, version = e.version + 1, updated_at = $1::timestamptz, updated_by = $2
  FROM d WHERE e.uscc = d.uscc
  RETURNING e.uscc, e.version, e.name, e.registered_address, e.district, e.industry_code, e.registration_date, e.taxpayer_type, e.is_individual_business, e.tags, e.legal_representative_name, d.changed
), v AS (
  INSERT INTO enterprise_versions (uscc, version, valid_from, actor_user_id, change_kind, changed_fields, name, registered_address, district,
    industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name, intake_batch_id)
  SELECT uscc, version, $1::timestamptz, $2, 'IMPORTED', changed, name, registered_address, district, industry_code, registration_date, taxpayer_type,
    is_individual_business, tags, legal_representative_name, $3 FROM u
  RETURNING uscc
), t AS (
  INSERT INTO intake_touched (uscc) SELECT uscc FROM v ON CONFLICT DO NOTHING
)
SELECT count(*)::int AS n FROM v`;

/** Changed figures of years already recorded. Optional figures left empty keep their value. */
const updateFigures = (stage: string) => `
WITH d AS (
  SELECT s.uscc, s.year, s.employees, s.revenue_fen, s.total_assets_fen,
    COALESCE(s.rd_expense_fen, f.rd_expense_fen) AS rd_expense_fen,
    COALESCE(s.main_business_revenue_fen, f.main_business_revenue_fen) AS main_business_revenue_fen,
    ${FIGURE_CHANGES} AS changed
  FROM ${stage} s JOIN enterprise_figures f ON f.uscc = s.uscc AND f.year = s.year
  WHERE s.year IS NOT NULL
), c AS (SELECT * FROM d WHERE cardinality(changed) > 0),
u AS (
  UPDATE enterprise_figures f SET employees = c.employees, revenue_fen = c.revenue_fen, total_assets_fen = c.total_assets_fen,
    rd_expense_fen = c.rd_expense_fen, main_business_revenue_fen = c.main_business_revenue_fen,
    version = f.version + 1, updated_at = $1::timestamptz, updated_by = $2
  FROM c WHERE f.uscc = c.uscc AND f.year = c.year
  RETURNING f.uscc, f.year, f.version, f.employees, f.revenue_fen, f.total_assets_fen, f.rd_expense_fen, f.main_business_revenue_fen, c.changed
), v AS (
  INSERT INTO enterprise_figure_versions (uscc, year, version, valid_from, actor_user_id, change_kind, changed_fields,
    employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, intake_batch_id)
  SELECT uscc, year, version, $1::timestamptz, $2, 'IMPORTED', changed, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, $3 FROM u
  RETURNING uscc
), t AS (
  INSERT INTO intake_touched (uscc) SELECT DISTINCT uscc FROM v ON CONFLICT DO NOTHING
)
SELECT count(*)::int AS n FROM v`;

/** Figures of years not yet recorded, for enterprises in the registry. */
const insertFigures = (stage: string, touch: boolean) => `
WITH i AS (
  INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at, updated_by)
  SELECT s.uscc, s.year, s.employees, s.revenue_fen, s.total_assets_fen, s.rd_expense_fen, s.main_business_revenue_fen, 1, $1::timestamptz, $2
  FROM ${stage} s
  WHERE s.year IS NOT NULL AND EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = s.uscc)
    AND NOT EXISTS (SELECT 1 FROM enterprise_figures f WHERE f.uscc = s.uscc AND f.year = s.year)
  ORDER BY s.uscc, s.year
  ON CONFLICT (uscc, year) DO NOTHING
  RETURNING uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen
), v AS (
  INSERT INTO enterprise_figure_versions (uscc, year, version, valid_from, actor_user_id, change_kind, changed_fields,
    employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, intake_batch_id)
  SELECT uscc, year, 1, $1::timestamptz, $2, 'IMPORTED', '{}'::text[], employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, $3 FROM i
  RETURNING uscc
)${touch ? `, t AS (
  INSERT INTO intake_touched (uscc) SELECT DISTINCT uscc FROM v ON CONFLICT DO NOTHING
)` : ''}
SELECT count(*)::int AS n FROM v`;

/** Enterprises new to the registry, version 1 (kind IMPORTED). */
const insertEnterprises = (stage: string, track: boolean) => `
WITH i AS (
  INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name, version, updated_at, updated_by)
  SELECT s.uscc, s.name, s.registered_address, s.district, s.industry_code, s.registration_date, s.taxpayer_type, s.is_individual_business, '{}'::text[], s.legal_representative_name, 1, $1::timestamptz, $2
  FROM ${stage} s
  WHERE s.name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.uscc = s.uscc)
  ORDER BY s.uscc
  ON CONFLICT (uscc) DO NOTHING
  RETURNING uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name
), v AS (
  INSERT INTO enterprise_versions (uscc, version, valid_from, actor_user_id, change_kind, changed_fields, name, registered_address, district,
    industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name, intake_batch_id)
  SELECT uscc, 1, $1::timestamptz, $2, 'IMPORTED', '{}'::text[], name, registered_address, district, industry_code, registration_date, taxpayer_type,
    is_individual_business, tags, legal_representative_name, $3 FROM i
  RETURNING uscc
)${track ? `, n AS (
  INSERT INTO intake_new (uscc) SELECT uscc FROM v
)` : ''}
SELECT count(*)::int AS n FROM v`;

/**
 * A first load (bulk-load.ts): the registry was empty and the file names each enterprise's registry
 * data on its first row only (duplicate-tracker.ts), so every staged enterprise is new and every
 * figure row belongs to one staged in this chunk or an earlier one: plain INSERTs in key order,
 * nothing to compare. (The foreign keys, added back at the end, check that in one join.)
 */
const bulkEnterprises = (stage: string) => `
WITH i AS (
  INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name, version, updated_at, updated_by)
  SELECT s.uscc, s.name, s.registered_address, s.district, s.industry_code, s.registration_date, s.taxpayer_type, s.is_individual_business, '{}'::text[], s.legal_representative_name, 1, $1::timestamptz, $2
  FROM ${stage} s WHERE s.name IS NOT NULL ORDER BY s.uscc
  RETURNING uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name
), v AS (
  INSERT INTO enterprise_versions (uscc, version, valid_from, actor_user_id, change_kind, changed_fields, name, registered_address, district,
    industry_code, registration_date, taxpayer_type, is_individual_business, tags, legal_representative_name, intake_batch_id)
  SELECT uscc, 1, $1::timestamptz, $2, 'IMPORTED', '{}'::text[], name, registered_address, district, industry_code, registration_date, taxpayer_type,
    is_individual_business, tags, legal_representative_name, $3 FROM i
  RETURNING 1
)
SELECT count(*)::int AS n FROM v`;

const bulkFigures = (stage: string) => `
WITH i AS (
  INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at, updated_by)
  SELECT s.uscc, s.year, s.employees, s.revenue_fen, s.total_assets_fen, s.rd_expense_fen, s.main_business_revenue_fen, 1, $1::timestamptz, $2
  FROM ${stage} s WHERE s.year IS NOT NULL ORDER BY s.uscc, s.year
  RETURNING uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen
), v AS (
  INSERT INTO enterprise_figure_versions (uscc, year, version, valid_from, actor_user_id, change_kind, changed_fields,
    employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, intake_batch_id)
  SELECT uscc, year, 1, $1::timestamptz, $2, 'IMPORTED', '{}'::text[], employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, $3 FROM i
  RETURNING 1
)
SELECT count(*)::int AS n FROM v`;

/**
 * Merges the staged rows into the registry, in the caller's transaction; then empties the stage,
 * so a long file is merged chunk by chunk while the next chunk is read. Plain INSERT … SELECT and
 * UPDATE … FROM statements, so the statement-level triggers of the registry change queue (0630)
 * see every changed enterprise. Changes of registered enterprises go first (they mark
 * `intake_touched`), then new enterprises (marked in `intake_new`) and their figures.
 * A row equal to what is stored writes nothing: the same file twice changes nothing.
 * `bulk` (a first load into an empty registry, bulk-load.ts): every staged enterprise is new, so
 * there is nothing to compare or update and nothing to mark.
 */
export async function mergeStageChunk(tx: Queryable, stage: string, batchId: string, at: Date, actorUserId: string | null, bulk = false): Promise<ChunkCounts> {
  const p = [at.toISOString(), actorUserId, batchId];
  const n = async (sql: string) => (await tx.query<{ n: number }>(sql, p))[0]!.n;
  if (bulk) {
    const inserted = await n(bulkEnterprises(stage));
    const figures = await n(bulkFigures(stage));
    await tx.query(`TRUNCATE ${stage}`);
    return { inserted, profileUpdates: 0, figuresInserted: figures, figuresUpdated: 0 };
  }
  await tx.query(`ANALYZE ${stage}`);
  // Each staged row looked up by its key. Left to itself, the planner costs a lookup as a read from
  // disk and compares a chunk with the whole registry instead: it hashed all 7.8 million figure rows,
  // or walked the whole key index, for every chunk of 200 000 rows (a re-import at 2.6 million
  // enterprises: 9.2 s a chunk instead of 1.2 s, measured 2026-12-08). No JIT for statements this short.
  await tx.query('SET LOCAL enable_hashjoin = off');
  await tx.query('SET LOCAL enable_mergejoin = off');
  await tx.query('SET LOCAL jit = off');
  const profileUpdates = await n(updateProfiles(stage));
  const figureUpdates = await n(updateFigures(stage));
  // New enterprises before figures: figures of a later chunk may belong to an enterprise of an earlier one.
  const inserted = await n(insertEnterprises(stage, true));
  const figures = await n(insertFigures(stage, true));
  for (const setting of ['enable_hashjoin', 'enable_mergejoin', 'jit']) await tx.query(`RESET ${setting}`);
  await tx.query(`TRUNCATE ${stage}`);
  return { inserted, profileUpdates, figuresInserted: figures, figuresUpdated: figureUpdates };
}

export interface ChunkCounts {
  /** Enterprises added to the registry. */
  inserted: number;
  profileUpdates: number;
  /** Figure rows (enterprise × year) added and changed. */
  figuresInserted: number;
  figuresUpdated: number;
}

/** Enterprises registered before this batch whose profile or figures it changed. */
export async function countUpdatedEnterprises(tx: Queryable): Promise<number> {
  const [r] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM intake_touched t WHERE NOT EXISTS (SELECT 1 FROM intake_new n WHERE n.uscc = t.uscc)');
  return r!.n;
}
