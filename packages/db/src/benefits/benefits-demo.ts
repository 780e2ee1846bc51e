import { completeUscc } from '@huiqi/kernel';
import type { Database } from '../database';
import { DEMO_ENTERPRISE_USCC, DEMO_PASSWORD } from '../demo/demo-city';
import { importInTransaction, type ImportedEnterprise } from '../enterprises/import-enterprises';
import { recordYearlyFigures } from '../enterprises/record-yearly-figures';
import { createUser } from '../identity/users';
import { linkPolicyToFund, recordSharedFacts, saveFund, type BenefitFund, type FundPolicyLink } from './benefit-funds';

const wan = (n: number) => Math.round(n * 1_000_000); // 万元 → fen

/** The demo funds: 2023 budgets for the demo policies (fictional figures). */
export const BENEFIT_DEMO_FUNDS: BenefitFund[] = [
  { id: 'sz-2023-sme-relief', name: { zh: '2023年深圳市中小企业纾困专项资金', en: '2023 Shenzhen SME relief fund' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2023, budgetFen: wan(500) },
  { id: 'sz-2023-tech-interest-subsidy', name: { zh: '2023年深圳市科技型中小企业贷款贴息资金', en: '2023 Shenzhen technology-SME loan interest subsidy fund' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-miit', year: 2023, budgetFen: wan(100) },
];

export const BENEFIT_DEMO_LINKS: FundPolicyLink[] = [
  { policyId: 'sz-2023-first-loan-interest-subsidy', fundId: 'sz-2023-sme-relief', channel: 'ONLINE_APPLICATION', capParam: 'relief.sz_first_loan.max_subsidy', noticeWorkingDays: 0, reviewWorkingDays: 20, expenseKind: 'LOAN' },
  { policyId: 'sz-2023-maker-china-award', fundId: 'sz-2023-sme-relief', channel: 'ONLINE_APPLICATION', capParam: null, noticeWorkingDays: 5, reviewWorkingDays: 30, expenseKind: null },
  // 免申即享 pays cash only: the tech-SME interest subsidy (深工信〔2023〕26号 第13项, CASH). The guarantee-fee
  // cut of 第6项 is charged less by the guarantee institution (FEE_REDUCTION): no fund pays it.
  { policyId: 'sz-2023-tech-sme-interest-subsidy', fundId: 'sz-2023-tech-interest-subsidy', channel: 'NO_APPLICATION', capParam: null, noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null },
];

const fig = (employees: number, revenueWan: number, assetsWan: number) => ({ year: 2022, employees, revenueFen: wan(revenueWan), totalAssetsFen: wan(assetsWan) });

/**
 * Four fictional enterprises with loan-interest data shared by the (fictional) technology-finance
 * data service: the three small or micro ones are registered technology SMEs and qualify for
 * 免申即享 (interest paid × min(base ratio + 30 points, 80 %)), the medium-sized one is not registered.
 */
export const BENEFIT_DEMO_ENTERPRISES: (ImportedEnterprise & { login: string; interest: { paidYuan: string; baseRatio: string; registered: boolean } })[] = [
  { login: 'micro-a', uscc: completeUscc('91440300MA5BNF0A0'), name: '深圳市福田示例微电子工作室有限公司', district: 'cn-gd-sz-futian', registeredAddress: '深圳市福田区示例路 11 号', industryCode: 'C3971', registrationDate: '2020-03-02', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false, tags: [], figures: [fig(15, 200, 150)], interest: { paidYuan: '60000', baseRatio: '0.5', registered: true } },
  { login: 'small-b', uscc: completeUscc('91440300MA5BNF0B0'), name: '深圳市宝安示例精密制造有限公司', district: 'cn-gd-sz-baoan', registeredAddress: '深圳市宝安区示例路 22 号', industryCode: 'C3484', registrationDate: '2017-08-15', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures: [fig(60, 1200, 900)], interest: { paidYuan: '100000', baseRatio: '0.3', registered: true } },
  { login: 'small-c', uscc: completeUscc('91440300MA5BNF0C0'), name: '深圳市南山示例软件有限公司', district: 'cn-gd-sz-nanshan', registeredAddress: '深圳市南山区示例路 33 号', industryCode: 'I6513', registrationDate: '2019-11-01', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures: [fig(30, 600, 400)], interest: { paidYuan: '30000', baseRatio: '0.6', registered: true } },
  { login: 'medium-d', uscc: completeUscc('91440300MA5BNF0D0'), name: '深圳市龙岗示例装备有限公司', district: 'cn-gd-sz-longgang', registeredAddress: '深圳市龙岗区示例路 44 号', industryCode: 'C3435', registrationDate: '2012-05-20', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures: [fig(400, 30000, 26000)], interest: { paidYuan: '200000', baseRatio: '0.4', registered: false } },
];

export const BENEFIT_DEMO_SOURCE = '市科技金融数据共享（演示）';

/** Extra demo logins of the benefits module (password as the demo city's). */
export const BENEFIT_DEMO_LOGINS: { username: string; displayName: string; role: 'SME_BUREAU' | 'SME_BUREAU_FINANCE'; jurisdiction: string; departmentId: string | null }[] = [
  { username: 'finance', displayName: '市中小企业服务局 财务拨付人员', role: 'SME_BUREAU_FINANCE', jurisdiction: 'cn-gd-sz', departmentId: null },
  { username: 'bureau-2', displayName: '市中小企业服务局 复核人员', role: 'SME_BUREAU', jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme' },
];

const MARKER = 'demo:benefits';

/**
 * Loads the benefits demo once (marker `demo:benefits` in app_settings, same transaction): funds,
 * policy links, the `finance` and `bureau-2` logins, the 2022 figures of the demo enterprise
 * (the year the 2023 first-loan subsidy's size test reads) when missing, and the four 免申即享
 * enterprises with their logins and shared loan-interest data. Requires the demo city.
 */
export async function seedBenefitsDemo(db: Database, at = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [done] = await tx.query('SELECT 1 AS one FROM app_settings WHERE key = $1 FOR UPDATE', [MARKER]);
    if (done) return false;
    for (const f of BENEFIT_DEMO_FUNDS) await saveFund(tx, f, null, at);
    for (const l of BENEFIT_DEMO_LINKS) await linkPolicyToFund(tx, l, null, at);
    for (const login of BENEFIT_DEMO_LOGINS) {
      const [exists] = await tx.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [login.username]);
      if (!exists) await createUser(tx, { username: login.username, displayName: login.displayName, role: login.role, jurisdiction: login.jurisdiction, departmentId: login.departmentId, password: DEMO_PASSWORD, isDemo: true }, null, at);
    }
    const [has2022] = await tx.query('SELECT 1 AS one FROM enterprise_figures WHERE uscc = $1 AND year = 2022', [DEMO_ENTERPRISE_USCC]);
    if (!has2022) await recordYearlyFigures(tx, DEMO_ENTERPRISE_USCC, 2022, { employees: 70, revenueFen: wan(3600), totalAssetsFen: wan(2800), rdExpenseFen: wan(220), mainBusinessRevenueFen: wan(3500) }, null, at);
    const fresh = [];
    for (const e of BENEFIT_DEMO_ENTERPRISES) {
      const [exists] = await tx.query('SELECT 1 AS one FROM enterprises WHERE uscc = $1', [e.uscc]);
      if (!exists) fresh.push(e);
    }
    if (fresh.length > 0) await importInTransaction(tx, fresh.map(({ login: _l, interest: _i, ...row }) => row), 'DEMO_BENEFITS', null, at);
    for (const e of BENEFIT_DEMO_ENTERPRISES) {
      const [exists] = await tx.query('SELECT 1 AS one FROM users WHERE username = $1', [e.login]);
      if (!exists) await createUser(tx, { username: e.login, displayName: `${e.name}（企业用户）`, role: 'ENTERPRISE', jurisdiction: e.district, uscc: e.uscc, password: DEMO_PASSWORD, isDemo: true }, null, at);
      await recordSharedFacts(tx, e.uscc, 'sz-2023-tech-sme-interest-subsidy', {
        isRegisteredTechSme: e.interest.registered, interestPaid: Number(e.interest.paidYuan) * 100, interestSubsidyBaseRatio: e.interest.baseRatio,
      }, BENEFIT_DEMO_SOURCE, null, at);
    }
    await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKER, JSON.stringify({ seededAt: at.toISOString() })]);
    return true;
  });
}
