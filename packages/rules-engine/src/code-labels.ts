import { bi, type BilingualText } from '@huiqi/kernel';
import type { QUALIFICATION_TAGS, SIZE_SECTORS } from './fact-schema';

type QualificationTag = (typeof QUALIFICATION_TAGS)[number];
type SizeSector = (typeof SIZE_SECTORS)[number];

/** The qualifications of the `tags` fact in words (docs/glossary.md 资质标签). */
export const QUALIFICATION_LABELS: Readonly<Record<QualificationTag, BilingualText>> = {
  HIGH_TECH: bi('高新技术企业', 'high and new technology enterprise'),
  TECH_SME: bi('科技型中小企业', 'technology-based SME (registered)'),
  INNOVATIVE_SME: bi('创新型中小企业', 'innovative SME'),
  SPECIALIZED: bi('专精特新中小企业', 'specialized, refined, distinctive and innovative SME'),
  LITTLE_GIANT: bi('专精特新"小巨人"企业', '"little giant" enterprise'),
};

/** The 16 sectors of the size standard (工信部联企业〔2011〕300号) in words. */
export const SIZE_SECTOR_LABELS: Readonly<Record<SizeSector, BilingualText>> = {
  AGRICULTURE: bi('农、林、牧、渔业', 'agriculture, forestry, animal husbandry and fishery'),
  INDUSTRY: bi('工业', 'industry'),
  CONSTRUCTION: bi('建筑业', 'construction'),
  WHOLESALE: bi('批发业', 'wholesale'),
  RETAIL: bi('零售业', 'retail'),
  TRANSPORT: bi('交通运输业', 'transport'),
  WAREHOUSING: bi('仓储业', 'warehousing'),
  POSTAL: bi('邮政业', 'postal services'),
  ACCOMMODATION: bi('住宿业', 'accommodation'),
  CATERING: bi('餐饮业', 'catering'),
  INFORMATION_TRANSMISSION: bi('信息传输业', 'information transmission'),
  SOFTWARE_IT: bi('软件和信息技术服务业', 'software and information technology services'),
  REAL_ESTATE_DEVELOPMENT: bi('房地产开发经营', 'real estate development'),
  PROPERTY_MANAGEMENT: bi('物业管理', 'property management'),
  LEASING_BUSINESS_SERVICES: bi('租赁和商务服务业', 'leasing and business services'),
  OTHER: bi('其他未列明行业', 'other sectors'),
};

/** Every code a fact of the schema can hold, in words: what an explanation shows instead of the code. */
export const CODE_LABELS: Readonly<Record<string, BilingualText>> = {
  ...QUALIFICATION_LABELS,
  ...SIZE_SECTOR_LABELS,
  GENERAL: bi('一般纳税人', 'general taxpayer'),
  SMALL_SCALE: bi('小规模纳税人', 'small-scale taxpayer'),
};

/** A code in words in one language; text that is not a known code is returned as it is. */
export function codeLabel(code: string, lang: 'zh' | 'en'): string {
  return Object.hasOwn(CODE_LABELS, code) ? CODE_LABELS[code]![lang] : code;
}
