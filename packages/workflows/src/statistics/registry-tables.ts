import type { StatTable, TableCell } from './disclosure-control';
import { REGISTRATION_SIZE_CLASSES, STAT_SIZE_CLASSES, type RegistryCube } from './registry-indicators';

/**
 * The registry indicators. `registrations` (新登记企业) counts every new registration by
 * registration size class (大型 … 微型 and 未划型); the others count SMEs (中型, 小型, 微型).
 */
export const REGISTRY_INDICATOR_IDS = ['sme-count', 'sme-entries', 'registrations', 'sme-employment', 'sme-revenue'] as const;
export type RegistryIndicatorId = (typeof REGISTRY_INDICATOR_IDS)[number];
/** The registry indicators over SME cells (size classes STAT_SIZE_CLASSES). */
export type SmeIndicatorId = Exclude<RegistryIndicatorId, 'registrations'>;

/** The size classes (columns) of an indicator's tables. */
export function sizeClassesOf(id: RegistryIndicatorId): readonly string[] {
  return id === 'registrations' ? REGISTRATION_SIZE_CLASSES : STAT_SIZE_CLASSES;
}
export type RegistryRowBreakdown = 'district' | 'industrySection';

/** Revenue is tabulated in 万元 (one 万元 = 1 000 000 fen); tables keep the exact value, publication rounds (totals from exact sums). */
export const FEN_PER_WAN = 1_000_000;

/** The value, contributors and largest contribution of one cube cell for an indicator. */
export function cubeCell(cube: RegistryCube, id: RegistryIndicatorId, cell: number): TableCell {
  switch (id) {
    case 'registrations':
      return { value: cube.registrations[cell]!, contributors: cube.registrations[cell]!, largest: cube.registrations[cell]! > 0 ? 1 : 0 };
    case 'sme-count':
      return { value: cube.smes[cell]!, contributors: cube.smes[cell]!, largest: cube.smes[cell]! > 0 ? 1 : 0 };
    case 'sme-entries':
      return { value: cube.entries[cell]!, contributors: cube.entries[cell]!, largest: cube.entries[cell]! > 0 ? 1 : 0 };
    case 'sme-employment':
      return { value: cube.employees[cell]!, contributors: cube.reported[cell]!, largest: cube.employeesMax[cell]! };
    case 'sme-revenue':
      return { value: cube.revenueHi[cell]! + cube.revenueLo[cell]! / FEN_PER_WAN, contributors: cube.reported[cell]!, largest: cube.revenueMax[cell]! / FEN_PER_WAN };
  }
}

/** Rows (districts or industry sections) × size classes of one indicator for the cube's month. */
export function registryTable(cube: RegistryCube, id: RegistryIndicatorId, by: RegistryRowBreakdown): StatTable {
  const rowKeys = by === 'district' ? cube.districts.map((d) => d.slug) : cube.sections.slice();
  const sizes = sizeClassesOf(id);
  const cells: TableCell[][] = rowKeys.map(() => sizes.map(() => ({ value: 0, contributors: 0, largest: 0 })));
  for (let s = 0; s < sizes.length; s++) {
    for (let d = 0; d < cube.districts.length; d++) {
      for (let k = 0; k < cube.sections.length; k++) {
        const x = cubeCell(cube, id, id === 'registrations' ? cube.registrationCell(s, d, k) : cube.cell(s, d, k));
        const y = cells[by === 'district' ? d : k]![s]!;
        y.value += x.value;
        y.contributors += x.contributors;
        y.largest = Math.max(y.largest, x.largest);
      }
    }
  }
  return { id: `${id}:${by}`, rowKeys, colKeys: [...sizes], cells, magnitude: id === 'sme-employment' || id === 'sme-revenue' };
}

/** Totals of an indicator per size class and overall (unsuppressed: for officers and the report). */
export function registryTotals(cube: RegistryCube, id: RegistryIndicatorId): { bySize: Record<string, number>; total: number } {
  const t = registryTable(cube, id, 'district');
  const bySize: Record<string, number> = {};
  let total = 0;
  sizeClassesOf(id).forEach((s, c) => {
    const v = t.cells.reduce((a, row) => a + row[c]!.value, 0);
    bySize[s] = id === 'sme-revenue' ? Math.round(v) : v;
    total += v;
  });
  return { bySize, total: id === 'sme-revenue' ? Math.round(total) : total };
}

/** Entries per month of the cube's year (all cells), January first. */
export function entriesByMonth(cube: RegistryCube, district?: number): number[] {
  const n = cube.cellCount;
  return Array.from({ length: 12 }, (_, m) => {
    let sum = 0;
    for (let s = 0; s < STAT_SIZE_CLASSES.length; s++) for (let d = 0; d < cube.districts.length; d++) {
      if (district !== undefined && d !== district) continue;
      for (let k = 0; k < cube.sections.length; k++) sum += cube.entriesByMonth[m * n + cube.cell(s, d, k)]!;
    }
    return sum;
  });
}

/** New registrations per month of the cube's year (every size class, 未划型 included), January first. */
export function registrationsByMonth(cube: RegistryCube, district?: number): number[] {
  const n = cube.registrationCellCount;
  return Array.from({ length: 12 }, (_, m) => {
    let sum = 0;
    for (let s = 0; s < REGISTRATION_SIZE_CLASSES.length; s++) for (let d = 0; d < cube.districts.length; d++) {
      if (district !== undefined && d !== district) continue;
      for (let k = 0; k < cube.sections.length; k++) sum += cube.registrationsByMonth[m * n + cube.registrationCell(s, d, k)]!;
    }
    return sum;
  });
}
