import { bi, SIZE_SECTOR_NAMES, type BilingualText } from '@huiqi/kernel';
import type { QUALIFICATION_TAGS } from './fact-schema';

type QualificationTag = (typeof QUALIFICATION_TAGS)[number];

/** The qualifications of the `tags` fact in words (docs/glossary.md 资质标签). */
export const QUALIFICATION_LABELS: Readonly<Record<QualificationTag, BilingualText>> = {
  HIGH_TECH: bi('高新技术企业', 'high and new technology enterprise'),
  TECH_SME: bi('科技型中小企业', 'technology-based SME (registered)'),
  INNOVATIVE_SME: bi('创新型中小企业', 'innovative SME'),
  SPECIALIZED: bi('专精特新中小企业', 'specialized, refined, distinctive and innovative SME'),
  LITTLE_GIANT: bi('专精特新"小巨人"企业', '"little giant" enterprise'),
};

/** Every code a fact of the schema can hold, in words: what an explanation shows instead of the code. */
export const CODE_LABELS: Readonly<Record<string, BilingualText>> = {
  ...QUALIFICATION_LABELS,
  ...SIZE_SECTOR_NAMES, // the 16 sectors of the size standard (the kernel's names)
  GENERAL: bi('一般纳税人', 'general taxpayer'),
  SMALL_SCALE: bi('小规模纳税人', 'small-scale taxpayer'),
};

/** A code in words in one language; text that is not a known code is returned as it is. */
export function codeLabel(code: string, lang: 'zh' | 'en'): string {
  return Object.hasOwn(CODE_LABELS, code) ? CODE_LABELS[code]![lang] : code;
}
