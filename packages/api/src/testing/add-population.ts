import type { Database } from '@huiqi/db';
import { generatePopulation } from '@huiqi/testing';

export type Generated = ReturnType<typeof generatePopulation>[number];
/** One row of enterprise_figures (R&D may be unreported). */
export type PopulationFigure = Omit<Generated['figures'][number], 'rdExpenseFen'> & { uscc: string; rdExpenseFen: number | null };

/**
 * A generated registry written in two statements (tests of the snapshot and of statistics).
 * `figuresOf` picks an enterprise's yearly figures (by default all, as generated), e.g. to leave
 * a year or a value out.
 */
export async function addPopulation(
  db: Database,
  seed: number,
  size: number,
  figuresOf: (e: Generated, index: number) => PopulationFigure[] = (e) => e.figures.map((f) => ({ uscc: e.uscc, ...f })),
): Promise<void> {
  const rows = generatePopulation({ seed, size, jurisdiction: 'cn-gd-sz' });
  const figures = rows.flatMap(figuresOf);
  await db.query(
    `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
     SELECT u, n, a, d, i, r::date, t, b, CASE WHEN g = '' THEN '{}'::text[] ELSE string_to_array(g, ',') END, 1, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[]) AS x(u, n, a, d, i, r, t, b, g)`,
    [rows.map((e) => e.uscc), rows.map((e) => e.name), rows.map((e) => e.registeredAddress), rows.map((e) => e.district), rows.map((e) => e.industryCode),
      rows.map((e) => e.registrationDate), rows.map((e) => e.taxpayerType), rows.map((e) => e.isIndividualBusiness), rows.map((e) => e.tags.join(','))],
  );
  await db.query(
    `INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at)
     SELECT u, y, e, r, a, d, m, 1, now() FROM unnest($1::text[], $2::int[], $3::int[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[]) AS x(u, y, e, r, a, d, m)`,
    [figures.map((f) => f.uscc), figures.map((f) => f.year), figures.map((f) => f.employees), figures.map((f) => f.revenueFen), figures.map((f) => f.totalAssetsFen),
      figures.map((f) => f.rdExpenseFen), figures.map((f) => f.mainBusinessRevenueFen)],
  );
}
