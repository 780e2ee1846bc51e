import { completeUscc } from '@huiqi/kernel';
import type { Department, FinancialInstitution } from '../registry/departments';
import type { Jurisdiction } from '../registry/jurisdictions';
import type { ImportedEnterprise } from '../enterprises/import-enterprises';

/** The demo city: Shenzhen with its ten districts. Fictional organisations and people only. */
export const SHENZHEN = 'cn-gd-sz';

export const DEMO_JURISDICTIONS: Jurisdiction[] = [
  { id: 'cn', parentId: null, name: { zh: '中国', en: 'China' } },
  { id: 'cn-gd', parentId: 'cn', name: { zh: '广东省', en: 'Guangdong' } },
  { id: SHENZHEN, parentId: 'cn-gd', name: { zh: '深圳市', en: 'Shenzhen' } },
  ...(
    [
      ['futian', '福田区', 'Futian'],
      ['luohu', '罗湖区', 'Luohu'],
      ['nanshan', '南山区', 'Nanshan'],
      ['yantian', '盐田区', 'Yantian'],
      ['baoan', '宝安区', "Bao'an"],
      ['longgang', '龙岗区', 'Longgang'],
      ['longhua', '龙华区', 'Longhua'],
      ['pingshan', '坪山区', 'Pingshan'],
      ['guangming', '光明区', 'Guangming'],
      ['dapeng', '大鹏新区', 'Dapeng New District'],
    ] as const
  ).map(([slug, zh, en]) => ({ id: `${SHENZHEN}-${slug}`, parentId: SHENZHEN, name: { zh, en } })),
];

export const DEMO_DEPARTMENTS: Department[] = [
  { id: 'dept-sme', name: { zh: '市中小企业服务局', en: 'Shenzhen SME Service Bureau' }, jurisdiction: SHENZHEN, isSmeBureau: true },
  { id: 'dept-miit', name: { zh: '市工业和信息化局', en: 'Shenzhen Bureau of Industry and Information Technology' }, jurisdiction: SHENZHEN, isSmeBureau: false },
  { id: 'dept-commerce', name: { zh: '市商务局', en: 'Shenzhen Commerce Bureau' }, jurisdiction: SHENZHEN, isSmeBureau: false },
  { id: 'dept-futian', name: { zh: '福田区企业服务中心', en: 'Futian District Enterprise Service Centre' }, jurisdiction: `${SHENZHEN}-futian`, isSmeBureau: false },
];

export const DEMO_BANK: FinancialInstitution = { id: 'bank-demo', name: { zh: '某银行深圳分行', en: 'A Bank, Shenzhen Branch' }, jurisdiction: SHENZHEN };

/** A fake but check-valid code (GB 32100 check character computed, body invented). */
export const DEMO_ENTERPRISE_USCC = completeUscc('91440300MA5HQ1PC0');

const wan = (n: number) => n * 10_000 * 100; // 万元 → fen

export const DEMO_ENTERPRISE: ImportedEnterprise = {
  uscc: DEMO_ENTERPRISE_USCC,
  name: '深圳市鹏城智造科技有限公司',
  district: `${SHENZHEN}-nanshan`,
  registeredAddress: '深圳市南山区粤海街道科技园示例路 1 号',
  industryCode: 'C3911',
  registrationDate: '2016-05-18',
  taxpayerType: 'GENERAL',
  isIndividualBusiness: false,
  tags: ['HIGH_TECH', 'INNOVATIVE_SME', 'SPECIALIZED', 'TECH_SME'],
  figures: [
    { year: 2023, employees: 78, revenueFen: wan(4200), totalAssetsFen: wan(3100), rdExpenseFen: wan(260), mainBusinessRevenueFen: wan(4050) },
    { year: 2024, employees: 82, revenueFen: wan(4800), totalAssetsFen: wan(3600), rdExpenseFen: wan(310), mainBusinessRevenueFen: wan(4630) },
    { year: 2025, employees: 85, revenueFen: wan(5300), totalAssetsFen: wan(4000), rdExpenseFen: wan(355), mainBusinessRevenueFen: wan(5120) },
  ],
};

export const DEMO_PASSWORD = 'huiqi-demo';

export interface DemoLogin {
  username: string;
  displayName: string;
  role: 'ENTERPRISE' | 'SME_BUREAU' | 'DEPARTMENT' | 'FINANCIAL_INSTITUTION' | 'AUDITOR';
  jurisdiction: string;
  uscc?: string;
  departmentId?: string;
  institutionId?: string;
  description: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'enterprise', displayName: '鹏城智造（企业用户）', role: 'ENTERPRISE', jurisdiction: `${SHENZHEN}-nanshan`, uscc: DEMO_ENTERPRISE_USCC, description: '企业 深圳市鹏城智造科技有限公司' },
  { username: 'bureau', displayName: '市中小企业服务局 工作人员', role: 'SME_BUREAU', jurisdiction: SHENZHEN, departmentId: 'dept-sme', description: '中小企业服务局 SME bureau' },
  { username: 'dept-miit', displayName: '市工业和信息化局 工作人员', role: 'DEPARTMENT', jurisdiction: SHENZHEN, departmentId: 'dept-miit', description: '市工业和信息化局' },
  { username: 'dept-commerce', displayName: '市商务局 工作人员', role: 'DEPARTMENT', jurisdiction: SHENZHEN, departmentId: 'dept-commerce', description: '市商务局' },
  { username: 'dept-futian', displayName: '福田区企业服务中心 工作人员', role: 'DEPARTMENT', jurisdiction: `${SHENZHEN}-futian`, departmentId: 'dept-futian', description: '福田区 (district-scoped)' },
  { username: 'bank', displayName: '某银行深圳分行 客户经理', role: 'FINANCIAL_INSTITUTION', jurisdiction: SHENZHEN, institutionId: DEMO_BANK.id, description: '金融机构 bank' },
  { username: 'auditor', displayName: '审计人员（只读）', role: 'AUDITOR', jurisdiction: SHENZHEN, description: '审计 auditor (read-only)' },
];
