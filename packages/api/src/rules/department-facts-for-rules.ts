import type { DepartmentFact, DepartmentFactKind, VersionSource } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import type { FactName } from '@huiqi/rules-engine';

/** A fact read from a department's delivery (docs/intake.md): the kind, its key (period) and the version read. */
export interface DepartmentFactSource {
  fact: FactName;
  from: 'DEPARTMENT';
  /** The value field read (`insuredEmployees`, `rating`) or the qualification (`HIGH_TECH`). */
  field: string;
  kind: DepartmentFactKind;
  period: string;
  version: number;
  source: VersionSource;
}

/** Whether a certificate's validity covers `date` (both ends included). */
export const validOn = (v: Record<string, unknown>, date: PlainDate): boolean =>
  typeof v.validFrom === 'string' && typeof v.validUntil === 'string' && v.validFrom <= date && date <= v.validUntil;

/**
 * The rules' facts from department facts (社保参保人数, 纳税信用等级, 资质证书), with the documented
 * precedence (docs/intake.md, "Department facts in the rules"):
 *
 * | fact | from | precedence |
 * |---|---|---|
 * | employees | 社保参保人数 of December of fiscal year Y−1, else of its latest month delivered | only where the registry has no figure for Y−1: the yearly figure (统计/税务 or the enterprise's correction) comes first |
 * | taxCreditRating | 纳税信用等级 of the latest evaluation year up to Y−1 | only departments deliver it |
 * | tags | each qualification with a certificate: in the list exactly when the certificate is valid on the evaluation date | the certificate decides its qualification over the profile's tag; tags without a certificate stay as the profile has them |
 * | isRegisteredTechSme | the 科技型中小企业 registration valid on the evaluation date | the department's record over the enterprise's declaration and shared data |
 *
 * Mutates `json` and `sources` (the caller's fact assembly); leaves everything else alone.
 */
export function departmentFactsInto(json: Record<string, unknown>, sources: Array<{ fact: string }>, facts: readonly DepartmentFact[], asOf: PlainDate, fiscalYear: number): void {
  const put = (fact: FactName, value: unknown, f: DepartmentFact, field: string, replace = true) => {
    json[fact] = value;
    if (replace) for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.fact === fact) sources.splice(i, 1);
    const s: DepartmentFactSource = { fact, from: 'DEPARTMENT', field, kind: f.kind, period: f.period, version: f.version, source: f.source };
    sources.push(s);
  };
  const of = (kind: DepartmentFactKind) => facts.filter((f) => f.kind === kind);

  if (json.employees === undefined) {
    const months = of('SOCIAL_SECURITY_HEADCOUNT').filter((f) => f.period.startsWith(`${fiscalYear}-`) && typeof f.value.insuredEmployees === 'number');
    const last = months.sort((a, b) => b.period.localeCompare(a.period))[0];
    if (last) put('employees', last.value.insuredEmployees, last, 'insuredEmployees');
  }

  const rating = of('TAX_CREDIT_RATING').filter((f) => Number(f.period) <= fiscalYear && typeof f.value.rating === 'string').sort((a, b) => b.period.localeCompare(a.period))[0];
  if (rating) put('taxCreditRating', rating.value.rating, rating, 'rating');

  const certificates = of('QUALIFICATIONS');
  if (certificates.length > 0) {
    const tags = new Set(Array.isArray(json.tags) ? (json.tags as string[]) : []);
    for (const c of certificates) {
      if (validOn(c.value, asOf)) tags.add(c.period);
      else tags.delete(c.period);
    }
    json.tags = [...tags].sort();
    for (const c of certificates) put('tags', json.tags, c, c.period, false); // beside the profile's source: the list is both
    const techSme = certificates.find((c) => c.period === 'TECH_SME');
    if (techSme) put('isRegisteredTechSme', validOn(techSme.value, asOf), techSme, 'TECH_SME');
  }
}
