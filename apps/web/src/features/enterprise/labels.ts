import type { MessageKey } from '../../i18n/dictionary';
import { isBilingualText, pickText, type BilingualText } from '../../i18n/bilingual';
import type { Language } from '../../i18n/language';
import { knownDistrict } from '../../reference/options';
import { QUALIFICATION_TAGS, type QualificationTag } from '../../api/types';

export function isQualificationTag(tag: string): tag is QualificationTag {
  return (QUALIFICATION_TAGS as readonly string[]).includes(tag);
}

/** The message key of a known tag; unknown tags (added on the server later) are shown by their code. */
export function tagLabelKey(tag: string): MessageKey | null {
  return isQualificationTag(tag) ? `tag.${tag}` : null;
}

/**
 * The name of a district in the current language: the server's bilingual name, else the name the
 * app knows for the id, else the server's plain name, else the id itself.
 */
export function districtText(name: BilingualText | string | null | undefined, id: string, language: Language): string {
  if (isBilingualText(name)) return pickText(name, language);
  const known = knownDistrict(id);
  if (known) return pickText(known, language);
  return name && name.trim() ? name : id;
}

const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  name: 'enterprise.name',
  registeredAddress: 'enterprise.registeredAddress',
  district: 'enterprise.district',
  industryCode: 'enterprise.industryCode',
  registrationDate: 'enterprise.registrationDate',
  taxpayerType: 'enterprise.taxpayerType',
  isIndividualBusiness: 'enterprise.isIndividualBusiness',
  tags: 'enterprise.tags',
  employees: 'figures.employees',
  revenueFen: 'figures.revenue',
  totalAssetsFen: 'figures.totalAssets',
  rdExpenseFen: 'figures.rdExpense',
  mainBusinessRevenueFen: 'figures.mainBusinessRevenue',
};

/** The label of a changed field named in the history; an unknown field is shown by its name. */
export function fieldLabelKey(field: string): MessageKey | null {
  return Object.hasOwn(FIELD_LABELS, field) ? (FIELD_LABELS[field] as MessageKey) : null;
}
