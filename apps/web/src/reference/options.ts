import type { BilingualText } from '../i18n/bilingual';

export interface Option {
  value: string;
  label: BilingualText;
}

/** The sections (门类) of GB/T 4754-2017; the search matches industry codes that start with the letter. */
export const INDUSTRY_SECTIONS: readonly Option[] = [
  { value: 'A', label: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry and fishery' } },
  { value: 'B', label: { zh: '采矿业', en: 'Mining' } },
  { value: 'C', label: { zh: '制造业', en: 'Manufacturing' } },
  { value: 'D', label: { zh: '电力、热力、燃气及水生产和供应业', en: 'Electricity, heat, gas and water supply' } },
  { value: 'E', label: { zh: '建筑业', en: 'Construction' } },
  { value: 'F', label: { zh: '批发和零售业', en: 'Wholesale and retail trade' } },
  { value: 'G', label: { zh: '交通运输、仓储和邮政业', en: 'Transport, storage and post' } },
  { value: 'H', label: { zh: '住宿和餐饮业', en: 'Accommodation and catering' } },
  { value: 'I', label: { zh: '信息传输、软件和信息技术服务业', en: 'Information transmission, software and IT services' } },
  { value: 'J', label: { zh: '金融业', en: 'Finance' } },
  { value: 'K', label: { zh: '房地产业', en: 'Real estate' } },
  { value: 'L', label: { zh: '租赁和商务服务业', en: 'Leasing and business services' } },
  { value: 'M', label: { zh: '科学研究和技术服务业', en: 'Scientific research and technical services' } },
  { value: 'N', label: { zh: '水利、环境和公共设施管理业', en: 'Water, environment and public facilities management' } },
  { value: 'O', label: { zh: '居民服务、修理和其他服务业', en: 'Resident, repair and other services' } },
  { value: 'P', label: { zh: '教育', en: 'Education' } },
  { value: 'Q', label: { zh: '卫生和社会工作', en: 'Health and social work' } },
  { value: 'R', label: { zh: '文化、体育和娱乐业', en: 'Culture, sports and entertainment' } },
  { value: 'S', label: { zh: '公共管理、社会保障和社会组织', en: 'Public administration, social security and social organisations' } },
  { value: 'T', label: { zh: '国际组织', en: 'International organisations' } },
];

/** The districts of Shenzhen by jurisdiction id, as the registry names them (cn-gd-sz-futian …). */
export const SHENZHEN_DISTRICTS: readonly Option[] = [
  { value: 'cn-gd-sz-futian', label: { zh: '福田区', en: 'Futian' } },
  { value: 'cn-gd-sz-luohu', label: { zh: '罗湖区', en: 'Luohu' } },
  { value: 'cn-gd-sz-nanshan', label: { zh: '南山区', en: 'Nanshan' } },
  { value: 'cn-gd-sz-yantian', label: { zh: '盐田区', en: 'Yantian' } },
  { value: 'cn-gd-sz-baoan', label: { zh: '宝安区', en: "Bao'an" } },
  { value: 'cn-gd-sz-longgang', label: { zh: '龙岗区', en: 'Longgang' } },
  { value: 'cn-gd-sz-longhua', label: { zh: '龙华区', en: 'Longhua' } },
  { value: 'cn-gd-sz-pingshan', label: { zh: '坪山区', en: 'Pingshan' } },
  { value: 'cn-gd-sz-guangming', label: { zh: '光明区', en: 'Guangming' } },
  { value: 'cn-gd-sz-dapeng', label: { zh: '大鹏新区', en: 'Dapeng New District' } },
];

/** The bilingual name of a known district id, or null. */
export function knownDistrict(id: string): BilingualText | null {
  return SHENZHEN_DISTRICTS.find((option) => option.value === id)?.label ?? null;
}
