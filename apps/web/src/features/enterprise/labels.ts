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
