/**
 * Whether two spellings name the same legal representative: compatibility forms folded (NFKC,
 * full-width letters), white space ignored, the separator dots of names such as 阿依古丽·买买提
 * unified, Latin letters compared without case. Nothing fuzzier: a different character is a
 * different person, and the registration then waits for a bureau officer.
 */
export function normaliseLegalRepresentative(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').replace(/[・•‧･∙⋅]/gu, '·').toLowerCase();
}

export function sameLegalRepresentative(registry: string, given: string): boolean {
  const a = normaliseLegalRepresentative(registry);
  return a.length > 0 && a === normaliseLegalRepresentative(given);
}
