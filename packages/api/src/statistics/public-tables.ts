import type { Database } from '@huiqi/db';
import { indicatorById, monthDays, REGISTRY_INDICATOR_IDS, registryTable, suppressLinkedTables, type PublishedTable } from '@huiqi/workflows';
import { SIZE_ZH } from './annual-report-service';
import { SECTION_ZH } from './indicator-view';
import { registryCubeWithSource, type CubeSource } from './registry-statistics';

export interface PublishedTableData {
  id: string;
  indicatorId: string;
  by: string;
  titleZh: string;
  titleEn: string;
  unitZh: string;
  rowKeys: string[];
  rowLabels: string[];
  colKeys: string[];
  colLabels: string[];
  values: (number | null)[][];
  hiddenCount: number;
}

const UNIT_ZH: Record<string, string> = { 'sme-count': '户', 'sme-entries': '户', registrations: '户', 'sme-employment': '人', 'sme-revenue': '万元' };
const BY_ZH: Record<string, [string, string]> = { district: ['按区', 'by district'], industrySection: ['按行业门类', 'by industry section'] };

/** The last complete month on `today` (the default month of the public page). */
export function lastCompleteMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The published tables of a month: each registry indicator by district × size class and by
 * industry section × size class, suppressed together (they share the size-class totals), so no
 * breakdown and no CSV reveals a cell another one hides. Hidden cells are null.
 */
export async function publishedTables(db: Database, month: string, between: () => Promise<void>): Promise<{ month: string; asOf: string; tables: PublishedTableData[] }> {
  const r = await publishedTablesWithSource(db, month, between);
  return { month: r.month, asOf: r.asOf, tables: r.tables };
}

/** As `publishedTables`, with the registry state the tables were computed on (a release stores it). */
export async function publishedTablesWithSource(db: Database, month: string, between: () => Promise<void>): Promise<{ month: string; asOf: string; tables: PublishedTableData[]; source: CubeSource }> {
  const { cube, ...source } = await registryCubeWithSource(db, month, between);
  const districtName = new Map(cube.districts.map((d) => [d.slug, d.name]));
  const tables: PublishedTableData[] = [];
  for (const id of REGISTRY_INDICATOR_IDS) {
    const def = indicatorById(id)!;
    const published: PublishedTable[] = suppressLinkedTables([registryTable(cube, id, 'district'), registryTable(cube, id, 'industrySection')]);
    for (const p of published) {
      const by = p.id.split(':')[1]!;
      tables.push({
        id: p.id, indicatorId: id, by,
        titleZh: `${def.nameZh}（${BY_ZH[by]![0]}、按企业规模）`, titleEn: `${def.nameEn} (${BY_ZH[by]![1]}, by size class)`, unitZh: UNIT_ZH[id]!,
        rowKeys: [...p.rowKeys, 'TOTAL'],
        rowLabels: [...p.rowKeys.map((k) => (by === 'district' ? districtName.get(k) ?? k : SECTION_ZH[k] ?? k)), '合计'],
        colKeys: [...p.colKeys, 'TOTAL'], colLabels: [...p.colKeys.map((s) => `${SIZE_ZH[s]}企业`), '合计'],
        values: p.values, hiddenCount: p.values.flat().filter((v) => v === null).length,
      });
    }
  }
  return { month, asOf: monthDays(month).lastDate, tables, source };
}

/** CSV of one published table (UTF-8 with BOM); hidden cells are `x`, explained in the last line. */
export function tableCsv(t: PublishedTableData): string {
  const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [[`${t.titleZh}（单位：${t.unitZh}）`, ...t.colLabels].map(esc).join(',')];
  t.values.forEach((row, r) => lines.push([esc(t.rowLabels[r]!), ...row.map((v) => (v === null ? 'x' : String(v)))].join(',')));
  lines.push(esc('注：x 表示为保护单个企业信息（《中华人民共和国统计法》第二十八条）不予公布的数据。'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
