import { fundsOfYear, listDepartments, type Database } from '@huiqi/db';
import { DEFAULT_DISCLOSURE_RULES } from '@huiqi/workflows';

export interface FundDisclosureRow {
  nameZh: string;
  nameEn: string;
  departmentZh: string;
  budgetFen: number;
  /** Null when fewer than 3 enterprises were paid (their amounts would be disclosed). */
  paidFen: number | null;
  smallMicroPaidFen: number | null;
  recipients: number | null;
}

/**
 * The use of the year's support funds for the public (深圳 draft 第五十六条 asks for the funds'
 * evaluation and audit results to be published; the platform holds the use, not yet audit
 * results): budget per fund, and the paid amounts where at least 3 enterprises were paid.
 */
export async function fundsDisclosure(db: Database, year: number): Promise<{ year: number; funds: FundDisclosureRow[] }> {
  const departments = new Map((await listDepartments(db)).map((d) => [d.id, d.name.zh]));
  const rows = await fundsOfYear(db, year);
  const min = DEFAULT_DISCLOSURE_RULES.minContributors;
  return {
    year,
    funds: rows.map((f) => {
      const shown = f.recipients === 0 || f.recipients >= min;
      return {
        nameZh: f.nameZh, nameEn: f.nameEn, departmentZh: departments.get(f.departmentId) ?? '', budgetFen: Number(f.budgetFen),
        paidFen: shown ? Number(f.paidFen) : null, smallMicroPaidFen: shown ? Number(f.smallMicroPaidFen) : null, recipients: shown ? f.recipients : null,
      };
    }),
  };
}
