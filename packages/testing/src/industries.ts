/**
 * The industry mix of the synthetic population, over GB/T 4754-2017 codes (divisions such as
 * `C39`; groups such as `K701` where the SME size standard distinguishes them). Weights are
 * rough shares of Shenzhen's registered market entities — wholesale, retail, business services
 * and software dominate; manufacturing is about one in eight companies — and the size and
 * money parameters are medians of log-normal draws, chosen so that, as in reality, well over
 * 95% of enterprises come out small or micro. They are plausible, not statistics.
 */
export type IndustryKind = 'MANUFACTURING' | 'TECH' | 'FINANCE' | 'OTHER';

export interface Industry {
  code: string;
  zh: string;
  kind: IndustryKind;
  /** Relative share among companies (91…). */
  companyWeight: number;
  /** Relative share among individual businesses (92…); 0 = none. */
  individualWeight: number;
  /** Median headcount of a company, and the log-normal sigma. */
  employeesMedian: number;
  employeesSigma: number;
  /** Median operating revenue per employee, in 万元 (10,000 yuan). */
  revenuePerEmployeeWan: number;
  /** Median total assets / revenue. */
  assetsToRevenue: number;
  /** Probability that a company has any R&D expense, and its median share of revenue when it has. */
  rdProbability: number;
  rdShare: number;
  /** Words for company names (深圳市<字号><word>有限公司). */
  words: readonly string[];
  /** Words for individual-business names (深圳市<区><字号><word>). */
  shopWords?: readonly string[];
}

const M = (code: string, zh: string, weight: number, rdProbability: number, words: string[], employeesMedian = 12, revenuePerEmployeeWan = 60): Industry => ({
  code, zh, kind: rdProbability >= 0.5 ? 'TECH' : 'MANUFACTURING', companyWeight: weight, individualWeight: 0, employeesMedian, employeesSigma: 1.25, revenuePerEmployeeWan, assetsToRevenue: 0.9, rdProbability, rdShare: rdProbability >= 0.5 ? 0.05 : 0.025, words,
});

export const INDUSTRIES: readonly Industry[] = [
  // A 农、林、牧、渔业 — a sliver of Shenzhen's economy.
  { code: 'A01', zh: '农业', kind: 'OTHER', companyWeight: 0.1, individualWeight: 0.2, employeesMedian: 5, employeesSigma: 1, revenuePerEmployeeWan: 25, assetsToRevenue: 1.5, rdProbability: 0.05, rdShare: 0.02, words: ['农业发展', '生态农业', '种植'], shopWords: ['种植场', '果园'] },
  { code: 'A04', zh: '渔业', kind: 'OTHER', companyWeight: 0.06, individualWeight: 0.15, employeesMedian: 4, employeesSigma: 0.9, revenuePerEmployeeWan: 30, assetsToRevenue: 1.2, rdProbability: 0.02, rdShare: 0.02, words: ['水产', '海洋渔业'], shopWords: ['水产养殖场', '渔业队'] },
  // C 制造业
  M('C13', '农副食品加工业', 0.5, 0.2, ['食品', '食品加工']),
  M('C18', '纺织服装、服饰业', 0.9, 0.15, ['服饰', '制衣', '服装']),
  M('C23', '印刷和记录媒介复制业', 0.5, 0.2, ['印刷', '包装印刷']),
  M('C26', '化学原料和化学制品制造业', 0.4, 0.5, ['新材料', '化工']),
  M('C29', '橡胶和塑料制品业', 0.9, 0.3, ['塑胶', '塑胶制品']),
  M('C33', '金属制品业', 1.2, 0.3, ['五金制品', '金属制品', '精密五金']),
  M('C34', '通用设备制造业', 1.0, 0.55, ['机械设备', '自动化设备']),
  M('C35', '专用设备制造业', 1.3, 0.6, ['智能装备', '精密机械', '医疗器械']),
  M('C38', '电气机械和器材制造业', 1.4, 0.55, ['电气', '照明', '新能源', '电池']),
  M('C39', '计算机、通信和其他电子设备制造业', 3.2, 0.65, ['电子', '电子科技', '通信技术', '智能科技', '光电'], 18, 70),
  M('C40', '仪器仪表制造业', 0.5, 0.7, ['仪器', '测控技术', '传感技术']),
  M('C41', '其他制造业', 0.6, 0.2, ['工艺品', '实业']),
  // E 建筑业
  { code: 'E47', zh: '房屋建筑业', kind: 'OTHER', companyWeight: 0.8, individualWeight: 0, employeesMedian: 15, employeesSigma: 1.3, revenuePerEmployeeWan: 70, assetsToRevenue: 1.1, rdProbability: 0.05, rdShare: 0.02, words: ['建设工程', '建筑工程'] },
  { code: 'E48', zh: '土木工程建筑业', kind: 'OTHER', companyWeight: 0.6, individualWeight: 0, employeesMedian: 15, employeesSigma: 1.3, revenuePerEmployeeWan: 80, assetsToRevenue: 1.2, rdProbability: 0.05, rdShare: 0.02, words: ['市政工程', '路桥工程'] },
  { code: 'E49', zh: '建筑安装业', kind: 'OTHER', companyWeight: 0.7, individualWeight: 0, employeesMedian: 8, employeesSigma: 1.1, revenuePerEmployeeWan: 50, assetsToRevenue: 0.8, rdProbability: 0.05, rdShare: 0.02, words: ['机电安装', '消防工程'] },
  { code: 'E50', zh: '建筑装饰、装修和其他建筑业', kind: 'OTHER', companyWeight: 2.2, individualWeight: 0.8, employeesMedian: 6, employeesSigma: 1.1, revenuePerEmployeeWan: 45, assetsToRevenue: 0.7, rdProbability: 0.03, rdShare: 0.02, words: ['装饰工程', '建筑装饰', '幕墙工程'], shopWords: ['装修队', '装饰部'] },
  // F 批发和零售业
  { code: 'F51', zh: '批发业', kind: 'OTHER', companyWeight: 22, individualWeight: 6, employeesMedian: 3, employeesSigma: 1.1, revenuePerEmployeeWan: 120, assetsToRevenue: 0.45, rdProbability: 0.02, rdShare: 0.01, words: ['贸易', '商贸', '进出口', '供应链', '国际贸易'], shopWords: ['贸易商行', '批发部'] },
  { code: 'F52', zh: '零售业', kind: 'OTHER', companyWeight: 9, individualWeight: 42, employeesMedian: 3, employeesSigma: 1, revenuePerEmployeeWan: 55, assetsToRevenue: 0.5, rdProbability: 0.01, rdShare: 0.01, words: ['商业', '百货', '电子商务', '连锁'], shopWords: ['便利店', '商行', '百货店', '五金店', '服装店', '水果店'] },
  // G 交通运输、仓储和邮政业 (G53 铁路运输业 is outside the size standard's 交通运输业)
  { code: 'G53', zh: '铁路运输业', kind: 'OTHER', companyWeight: 0.03, individualWeight: 0, employeesMedian: 40, employeesSigma: 1.4, revenuePerEmployeeWan: 60, assetsToRevenue: 3, rdProbability: 0.05, rdShare: 0.01, words: ['轨道交通运营', '铁路物流'] },
  { code: 'G54', zh: '道路运输业', kind: 'OTHER', companyWeight: 1.5, individualWeight: 4, employeesMedian: 8, employeesSigma: 1.2, revenuePerEmployeeWan: 35, assetsToRevenue: 0.9, rdProbability: 0.02, rdShare: 0.01, words: ['运输', '物流', '汽车运输'], shopWords: ['货运部', '搬家服务部'] },
  { code: 'G58', zh: '多式联运和运输代理业', kind: 'OTHER', companyWeight: 2, individualWeight: 0, employeesMedian: 5, employeesSigma: 1.1, revenuePerEmployeeWan: 90, assetsToRevenue: 0.4, rdProbability: 0.02, rdShare: 0.01, words: ['国际货运代理', '供应链管理', '物流'] },
  { code: 'G59', zh: '装卸搬运和仓储业', kind: 'OTHER', companyWeight: 0.8, individualWeight: 0.5, employeesMedian: 8, employeesSigma: 1.1, revenuePerEmployeeWan: 30, assetsToRevenue: 1.2, rdProbability: 0.02, rdShare: 0.01, words: ['仓储', '仓储服务'], shopWords: ['仓储部'] },
  { code: 'G60', zh: '邮政业', kind: 'OTHER', companyWeight: 0.3, individualWeight: 1, employeesMedian: 10, employeesSigma: 1.1, revenuePerEmployeeWan: 20, assetsToRevenue: 0.5, rdProbability: 0.01, rdShare: 0.01, words: ['快递', '速递'], shopWords: ['快递服务部'] },
  // H 住宿和餐饮业
  { code: 'H61', zh: '住宿业', kind: 'OTHER', companyWeight: 0.5, individualWeight: 1.5, employeesMedian: 10, employeesSigma: 1, revenuePerEmployeeWan: 18, assetsToRevenue: 1.5, rdProbability: 0.01, rdShare: 0.01, words: ['酒店管理', '酒店', '公寓管理'], shopWords: ['旅馆', '民宿', '公寓'] },
  { code: 'H62', zh: '餐饮业', kind: 'OTHER', companyWeight: 3.5, individualWeight: 20, employeesMedian: 8, employeesSigma: 1, revenuePerEmployeeWan: 15, assetsToRevenue: 0.5, rdProbability: 0.01, rdShare: 0.01, words: ['餐饮管理', '餐饮', '饮食'], shopWords: ['餐厅', '小吃店', '面馆', '茶餐厅', '烧腊店', '粥店'] },
  // I 信息传输、软件和信息技术服务业
  { code: 'I63', zh: '电信、广播电视和卫星传输服务', kind: 'TECH', companyWeight: 0.4, individualWeight: 0, employeesMedian: 8, employeesSigma: 1.3, revenuePerEmployeeWan: 50, assetsToRevenue: 1, rdProbability: 0.4, rdShare: 0.04, words: ['通信网络', '通讯服务'] },
  { code: 'I64', zh: '互联网和相关服务', kind: 'TECH', companyWeight: 3, individualWeight: 0, employeesMedian: 6, employeesSigma: 1.3, revenuePerEmployeeWan: 45, assetsToRevenue: 0.8, rdProbability: 0.55, rdShare: 0.08, words: ['网络科技', '互联网科技', '信息科技', '数字科技'] },
  { code: 'I65', zh: '软件和信息技术服务业', kind: 'TECH', companyWeight: 9, individualWeight: 0, employeesMedian: 6, employeesSigma: 1.25, revenuePerEmployeeWan: 40, assetsToRevenue: 0.8, rdProbability: 0.7, rdShare: 0.1, words: ['软件', '信息技术', '科技', '数据科技', '智能科技'] },
  // J 金融业 — outside the SME size standard.
  { code: 'J66', zh: '货币金融服务', kind: 'FINANCE', companyWeight: 0.05, individualWeight: 0, employeesMedian: 20, employeesSigma: 1.4, revenuePerEmployeeWan: 150, assetsToRevenue: 8, rdProbability: 0.1, rdShare: 0.02, words: ['小额贷款', '融资'] },
  { code: 'J67', zh: '资本市场服务', kind: 'FINANCE', companyWeight: 0.3, individualWeight: 0, employeesMedian: 6, employeesSigma: 1.3, revenuePerEmployeeWan: 120, assetsToRevenue: 3, rdProbability: 0.05, rdShare: 0.02, words: ['投资管理', '基金管理', '资产管理'] },
  { code: 'J69', zh: '其他金融业', kind: 'FINANCE', companyWeight: 0.5, individualWeight: 0, employeesMedian: 5, employeesSigma: 1.2, revenuePerEmployeeWan: 80, assetsToRevenue: 4, rdProbability: 0.1, rdShare: 0.03, words: ['金融服务', '融资租赁', '商业保理'] },
  // K 房地产业
  { code: 'K701', zh: '房地产开发经营', kind: 'OTHER', companyWeight: 0.5, individualWeight: 0, employeesMedian: 12, employeesSigma: 1.3, revenuePerEmployeeWan: 200, assetsToRevenue: 4, rdProbability: 0.01, rdShare: 0.01, words: ['房地产开发', '置业', '地产'] },
  { code: 'K702', zh: '物业管理', kind: 'OTHER', companyWeight: 1, individualWeight: 0, employeesMedian: 20, employeesSigma: 1.2, revenuePerEmployeeWan: 8, assetsToRevenue: 0.5, rdProbability: 0.01, rdShare: 0.01, words: ['物业管理', '物业服务'] },
  { code: 'K703', zh: '房地产中介服务', kind: 'OTHER', companyWeight: 1, individualWeight: 1.5, employeesMedian: 5, employeesSigma: 1.1, revenuePerEmployeeWan: 20, assetsToRevenue: 0.4, rdProbability: 0.01, rdShare: 0.01, words: ['房地产经纪', '地产代理'], shopWords: ['地产中介部'] },
  { code: 'K704', zh: '房地产租赁经营', kind: 'OTHER', companyWeight: 0.6, individualWeight: 1, employeesMedian: 3, employeesSigma: 1, revenuePerEmployeeWan: 40, assetsToRevenue: 5, rdProbability: 0.01, rdShare: 0.01, words: ['房屋租赁', '资产运营'], shopWords: ['房屋租赁部'] },
  // L 租赁和商务服务业
  { code: 'L71', zh: '租赁业', kind: 'OTHER', companyWeight: 1.2, individualWeight: 0.8, employeesMedian: 4, employeesSigma: 1.1, revenuePerEmployeeWan: 40, assetsToRevenue: 1.5, rdProbability: 0.02, rdShare: 0.01, words: ['设备租赁', '汽车租赁'], shopWords: ['租赁部'] },
  { code: 'L72', zh: '商务服务业', kind: 'OTHER', companyWeight: 13, individualWeight: 4, employeesMedian: 4, employeesSigma: 1.2, revenuePerEmployeeWan: 30, assetsToRevenue: 0.8, rdProbability: 0.05, rdShare: 0.02, words: ['企业管理', '咨询', '广告', '文化传播', '人力资源', '会展服务', '商务服务'], shopWords: ['广告部', '商务服务部', '图文店'] },
  // M 科学研究和技术服务业
  { code: 'M73', zh: '研究和试验发展', kind: 'TECH', companyWeight: 0.8, individualWeight: 0, employeesMedian: 8, employeesSigma: 1.2, revenuePerEmployeeWan: 30, assetsToRevenue: 1.2, rdProbability: 0.9, rdShare: 0.2, words: ['生物科技', '研究院', '技术研究'] },
  { code: 'M74', zh: '专业技术服务业', kind: 'TECH', companyWeight: 3.5, individualWeight: 0.5, employeesMedian: 6, employeesSigma: 1.1, revenuePerEmployeeWan: 30, assetsToRevenue: 0.8, rdProbability: 0.35, rdShare: 0.05, words: ['检测技术', '工程设计', '技术服务', '环境技术'], shopWords: ['设计工作室'] },
  { code: 'M75', zh: '科技推广和应用服务业', kind: 'TECH', companyWeight: 5, individualWeight: 0.5, employeesMedian: 4, employeesSigma: 1.1, revenuePerEmployeeWan: 35, assetsToRevenue: 0.8, rdProbability: 0.45, rdShare: 0.06, words: ['科技', '技术开发', '科技发展'], shopWords: ['科技服务部'] },
  // O 居民服务、修理和其他服务业 (size standard: 其他未列明行业)
  { code: 'O80', zh: '居民服务业', kind: 'OTHER', companyWeight: 1.2, individualWeight: 12, employeesMedian: 5, employeesSigma: 1, revenuePerEmployeeWan: 12, assetsToRevenue: 0.5, rdProbability: 0.01, rdShare: 0.01, words: ['家政服务', '美容美发', '洗涤服务'], shopWords: ['理发店', '洗衣店', '家政服务部', '美容店'] },
  { code: 'O81', zh: '机动车、电子产品和日用产品修理业', kind: 'OTHER', companyWeight: 0.6, individualWeight: 6, employeesMedian: 4, employeesSigma: 1, revenuePerEmployeeWan: 15, assetsToRevenue: 0.6, rdProbability: 0.01, rdShare: 0.01, words: ['汽车维修', '电器维修'], shopWords: ['维修部', '汽车维修店', '手机维修店'] },
];

export function industryByCode(code: string): Industry | undefined {
  return INDUSTRIES.find((i) => i.code === code);
}
