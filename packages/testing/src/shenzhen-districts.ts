/**
 * Shenzhen's ten districts (9 administrative districts and the 大鹏新区 functional area) with
 * rough weights for where enterprises register: the large economies (宝安, 龙岗, 南山, 福田, 龙华)
 * hold most of them. `manufacturingFactor` and `techFactor` skew the industry mix
 * (factories in the west and north, finance and services downtown, software in 南山).
 */
export interface District {
  slug: string;
  name: string;
  /** Short form used in 个体工商户 names (深圳市南山区…). */
  short: string;
  weight: number;
  manufacturingFactor: number;
  techFactor: number;
  financeFactor: number;
  roads: readonly string[];
}

export const SHENZHEN_DISTRICTS: readonly District[] = [
  { slug: 'cn-gd-sz-futian', name: '福田区', short: '福田区', weight: 14, manufacturingFactor: 0.3, techFactor: 1.1, financeFactor: 3, roads: ['深南大道', '福华三路', '彩田路', '华强北路', '香蜜湖路', '益田路'] },
  { slug: 'cn-gd-sz-luohu', name: '罗湖区', short: '罗湖区', weight: 8, manufacturingFactor: 0.3, techFactor: 0.7, financeFactor: 2, roads: ['人民南路', '东门中路', '宝安南路', '笋岗路', '深南东路', '爱国路'] },
  { slug: 'cn-gd-sz-nanshan', name: '南山区', short: '南山区', weight: 16, manufacturingFactor: 0.6, techFactor: 2.2, financeFactor: 1.5, roads: ['科苑路', '南海大道', '后海大道', '深南大道', '科技中二路', '前海路'] },
  { slug: 'cn-gd-sz-yantian', name: '盐田区', short: '盐田区', weight: 1.5, manufacturingFactor: 0.6, techFactor: 0.5, financeFactor: 0.5, roads: ['深盐路', '海景二路', '沙头角路', '北山道'] },
  { slug: 'cn-gd-sz-baoan', name: '宝安区', short: '宝安区', weight: 20, manufacturingFactor: 1.7, techFactor: 0.9, financeFactor: 0.4, roads: ['宝安大道', '新安六路', '创业一路', '沙井路', '福永大道', '松白路'] },
  { slug: 'cn-gd-sz-longgang', name: '龙岗区', short: '龙岗区', weight: 18, manufacturingFactor: 1.5, techFactor: 0.9, financeFactor: 0.4, roads: ['龙岗大道', '龙翔大道', '布吉路', '五和大道', '横岗大道', '坂田街'] },
  { slug: 'cn-gd-sz-longhua', name: '龙华区', short: '龙华区', weight: 13, manufacturingFactor: 1.4, techFactor: 1, financeFactor: 0.4, roads: ['民治大道', '人民路', '梅龙大道', '观澜大道', '龙华大道', '大浪南路'] },
  { slug: 'cn-gd-sz-pingshan', name: '坪山区', short: '坪山区', weight: 3, manufacturingFactor: 2, techFactor: 0.8, financeFactor: 0.3, roads: ['坪山大道', '深汕路', '东纵路', '锦绣中路'] },
  { slug: 'cn-gd-sz-guangming', name: '光明区', short: '光明区', weight: 3.5, manufacturingFactor: 2, techFactor: 0.8, financeFactor: 0.3, roads: ['光明大道', '华夏路', '公常路', '观光路'] },
  { slug: 'cn-gd-sz-dapeng', name: '大鹏新区', short: '大鹏新区', weight: 1, manufacturingFactor: 0.8, techFactor: 0.4, financeFactor: 0.3, roads: ['葵涌路', '鹏飞路', '迎宾路', '南澳路'] },
];
