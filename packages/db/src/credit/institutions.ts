import type { Queryable } from '../database';

/** A financial institution an enterprise may grant a consent to. */
export interface InstitutionEntry {
  id: string;
  name: { zh: string; en: string };
  jurisdiction: string;
}

export async function listInstitutions(q: Queryable): Promise<InstitutionEntry[]> {
  const rows = await q.query<{ id: string; name_zh: string; name_en: string; jurisdiction: string }>('SELECT id, name_zh, name_en, jurisdiction FROM financial_institutions ORDER BY id');
  return rows.map((r) => ({ id: r.id, name: { zh: r.name_zh, en: r.name_en }, jurisdiction: r.jurisdiction }));
}
