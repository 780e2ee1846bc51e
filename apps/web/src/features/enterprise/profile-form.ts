import { QUALIFICATION_TAGS, type Enterprise, type EnterprisePatch, type QualificationTag, type TaxpayerType } from '../../api/types';
import type { MessageKey } from '../../i18n/dictionary';

/** What the profile form holds. */
export interface ProfileFormValues {
  name: string;
  registeredAddress: string;
  district: string;
  industryCode: string;
  registrationDate: string;
  taxpayerType: TaxpayerType;
  isIndividualBusiness: boolean;
  tags: string[];
}

export function profileToFormValues(enterprise: Enterprise): ProfileFormValues {
  return {
    name: enterprise.name,
    registeredAddress: enterprise.registeredAddress,
    district: enterprise.district,
    industryCode: enterprise.industryCode,
    registrationDate: enterprise.registrationDate,
    taxpayerType: enterprise.taxpayerType,
    isIndividualBusiness: enterprise.isIndividualBusiness,
    tags: [...enterprise.tags],
  };
}

/** GB/T 4754-2017: a section letter A–T, optionally followed by 2, 3 or 4 digits (C, C39, C391, C3911). */
export function checkIndustryCode(text: string): MessageKey | null {
  return /^[A-T](\d{2}(\d{1,2})?)?$/.test(text.trim()) ? null : 'validation.industryCode';
}

/** A real calendar date YYYY-MM-DD, not after `today` (also YYYY-MM-DD). */
export function checkRegistrationDate(text: string, today: string): MessageKey | null {
  const trimmed = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!m) return 'validation.date';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'validation.date';
  if (trimmed > today) return 'validation.dateInFuture';
  return null;
}

const sameTags = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/**
 * The PATCH body: only the fields that changed (text trimmed). Tags are left out unless the
 * user may edit them. Returns null when nothing changed.
 */
export function profilePatch(original: Enterprise, values: ProfileFormValues, canEditTags: boolean): EnterprisePatch | null {
  const patch: EnterprisePatch = {};
  for (const key of ['name', 'registeredAddress', 'district', 'industryCode', 'registrationDate'] as const) {
    const next = values[key].trim();
    if (next !== original[key]) patch[key] = next;
  }
  if (values.taxpayerType !== original.taxpayerType) patch.taxpayerType = values.taxpayerType;
  if (values.isIndividualBusiness !== original.isIndividualBusiness) patch.isIndividualBusiness = values.isIndividualBusiness;
  // The API takes the known qualification tags only (the form offers no others).
  if (canEditTags && !sameTags(values.tags, original.tags)) patch.tags = values.tags.filter((t): t is QualificationTag => (QUALIFICATION_TAGS as readonly string[]).includes(t));
  return Object.keys(patch).length > 0 ? patch : null;
}
