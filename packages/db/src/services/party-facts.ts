import type { Queryable } from '../database';

/** What the registry holds for the related-party check: the name and the legal representative's name (法定代表人). */
export async function registryParty(q: Queryable, uscc: string): Promise<{ uscc: string; name: string; legalRepresentativeName: string | null } | null> {
  const [r] = await q.query<{ uscc: string; name: string; legal_representative_name: string | null }>('SELECT uscc, name, legal_representative_name FROM enterprises WHERE uscc = $1', [uscc]);
  return r ? { uscc: r.uscc, name: r.name, legalRepresentativeName: r.legal_representative_name } : null;
}
