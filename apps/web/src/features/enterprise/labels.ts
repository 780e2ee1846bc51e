import type { MessageKey } from '../../i18n/dictionary';
import { isBilingualText, pickText, type BilingualText } from '../../i18n/bilingual';
import type { Language } from '../../i18n/language';
import { QUALIFICATION_TAGS, type QualificationTag } from '../../api/types';

export function isQualificationTag(tag: string): tag is QualificationTag {
  return (QUALIFICATION_TAGS as readonly string[]).includes(tag);
}

/** The message key of a known tag; unknown tags (added on the server later) are shown by their code. */
export function tagLabelKey(tag: string): MessageKey | null {
  return isQualificationTag(tag) ? `tag.${tag}` : null;
}

/** District names come bilingual from the server; a plain string is shown as is. */
export function districtText(name: BilingualText | string | null | undefined, fallback: string, language: Language): string {
  if (isBilingualText(name)) return pickText(name, language);
  return name && name.trim() ? name : fallback;
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
