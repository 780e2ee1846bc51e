import type { BilingualText } from '@huiqi/kernel';

/**
 * What the registry and the provider's declaration say about a party, for the related-party check.
 * The registry holds the legal representative's name (法定代表人, intake kind REGISTRY); shareholders
 * are not in the registry: a provider declares its own at registration, an enterprise's are unknown
 * (empty) unless a source provides them.
 */
export interface PartyFacts {
  uscc: string;
  name: string;
  legalRepresentativeName: string | null;
  shareholders: readonly string[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toUpperCase();

/**
 * 关联方: the provider and the enterprise share the legal representative, or one is a shareholder of the
 * other, or they share a shareholder. Names are compared after removing whitespace (the registry holds
 * names, not identity numbers: a namesake is reported, for the bureau to clear). Returns the reasons.
 */
export function relatedPartyReasons(provider: PartyFacts, enterprise: PartyFacts): BilingualText[] {
  const reasons: BilingualText[] = [];
  if (provider.uscc === enterprise.uscc) return [{ zh: '服务机构与企业为同一主体', en: 'the provider and the enterprise are the same organisation' }];
  const pRep = provider.legalRepresentativeName ? norm(provider.legalRepresentativeName) : null;
  const eRep = enterprise.legalRepresentativeName ? norm(enterprise.legalRepresentativeName) : null;
  if (pRep && eRep && pRep === eRep) reasons.push({ zh: `法定代表人相同（${provider.legalRepresentativeName}）`, en: `the same legal representative (${provider.legalRepresentativeName})` });
  const pHolders = new Set(provider.shareholders.map(norm));
  const eHolders = new Set(enterprise.shareholders.map(norm));
  for (const id of [enterprise.uscc, enterprise.name].map(norm)) if (pHolders.has(id)) reasons.push({ zh: '企业是服务机构的股东', en: 'the enterprise is a shareholder of the provider' });
  for (const id of [provider.uscc, provider.name].map(norm)) if (eHolders.has(id)) reasons.push({ zh: '服务机构是企业的股东', en: 'the provider is a shareholder of the enterprise' });
  if (eRep && pHolders.has(eRep)) reasons.push({ zh: `企业的法定代表人（${enterprise.legalRepresentativeName}）是服务机构的股东`, en: `the enterprise's legal representative (${enterprise.legalRepresentativeName}) is a shareholder of the provider` });
  if (pRep && eHolders.has(pRep)) reasons.push({ zh: `服务机构的法定代表人（${provider.legalRepresentativeName}）是企业的股东`, en: `the provider's legal representative (${provider.legalRepresentativeName}) is a shareholder of the enterprise` });
  const shared = [...pHolders].filter((h) => eHolders.has(h));
  if (shared.length > 0) reasons.push({ zh: '双方有共同股东', en: 'they share a shareholder' });
  return reasons;
}
