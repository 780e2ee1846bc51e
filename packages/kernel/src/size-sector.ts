import { z } from 'zod';
import { bi, type BilingualText } from './messages';

/** The 16 sectors of the size standard (工信部联企业〔2011〕300号), as the rule base and the registry code them. */
export const SIZE_SECTORS = [
  'AGRICULTURE', 'INDUSTRY', 'CONSTRUCTION', 'WHOLESALE', 'RETAIL', 'TRANSPORT', 'WAREHOUSING', 'POSTAL',
  'ACCOMMODATION', 'CATERING', 'INFORMATION_TRANSMISSION', 'SOFTWARE_IT', 'REAL_ESTATE_DEVELOPMENT',
  'PROPERTY_MANAGEMENT', 'LEASING_BUSINESS_SERVICES', 'OTHER',
] as const;
export type SizeSector = (typeof SIZE_SECTORS)[number];
export const SizeSectorSchema = z.enum(SIZE_SECTORS);

/** The sectors in words, as the size standard names them (所属行业 of a 中小企业声明函 by default). */
export const SIZE_SECTOR_NAMES: Readonly<Record<SizeSector, BilingualText>> = {
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

export const isSizeSector = (value: unknown): value is SizeSector => typeof value === 'string' && (SIZE_SECTORS as readonly string[]).includes(value);
