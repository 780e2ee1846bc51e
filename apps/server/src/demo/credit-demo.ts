import {
  BENEFIT_DEMO_ENTERPRISES, createUser, CURRENT_FIRST_LOAN_POLICY_ID, DEMO_PASSWORD, designatePartnerDepartment, ensureDepartment, insertCosign, insertLoanProduct, insertNomination, insertReview,
  linkPolicyToFund, publishEdition, saveFund, type Database, type Queryable,
} from '@huiqi/db';
import type { LoanProductTerms } from '@huiqi/workflows';
import { addDays, today } from '@huiqi/kernel';
import { publishDemand } from '@huiqi/api';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:credit-demand';
const FIRST_LOAN_MARKER = 'demo:credit-first-loan-fund';
const MARKETPLACE_MARKER = 'demo:credit-products-whitelist';

/** The demo financial regulator's department: it co-signs the 产融合作白名单 (第十条 联合建立). */
export const DEMO_REGULATOR = { id: 'dept-finance', name: { zh: '市地方金融管理局', en: 'Shenzhen Local Financial Regulatory Bureau' }, username: 'dept-finance' } as const;

/** The demo bank's loan products (fictional terms); conditions in the rules language with their articles. */
export const DEMO_PRODUCTS: LoanProductTerms[] = [
  {
    name: '科技型中小企业信用贷（演示）', description: '无需抵押，按企业经营数据授信（演示数据）', minAmountFen: 50_000_000, maxAmountFen: 1_000_000_000, annualRatePercent: '3.45',
    minTermMonths: 6, maxTermMonths: 36, collateral: ['NONE', 'INTELLECTUAL_PROPERTY'],
    conditions: [
      { id: 'is_sme', label: { zh: '属于中小企业', en: 'is an SME' }, when: 'isSme', cite: 'cn/law/sme-promotion@2018-01-01#art_2__para_1' },
      { id: 'revenue', label: { zh: '上年营业收入不低于1000万元', en: 'prior-year revenue of at least 10 million yuan' }, when: 'revenue >= wan_yuan(1000)', cite: 'cn/law/sme-promotion@2018-01-01#art_16__para_1' },
      { id: 'age', label: { zh: '成立满2年', en: 'registered at least 2 years ago' }, when: 'days_between(registrationDate, asOf) >= 730', cite: 'cn/law/sme-promotion@2018-01-01#art_16__para_1' },
    ],
  },
  {
    name: '首贷户专享贷（演示）', description: '面向首次贷款的小微企业（演示数据）', minAmountFen: 10_000_000, maxAmountFen: 300_000_000, annualRatePercent: '3.2',
    minTermMonths: 3, maxTermMonths: 24, collateral: ['NONE', 'GUARANTOR'],
    conditions: [{ id: 'small_or_micro', label: { zh: '属于小型或微型企业', en: 'is a small or micro enterprise' }, when: 'isSmallOrMicro', cite: 'cn/law/sme-promotion@2018-01-01#art_17__para_1' }],
  },
];

async function userId(q: Queryable, username: string): Promise<string | null> {
  const [u] = await q.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return u?.id ?? null;
}
export const DEMO_DEMAND_PURPOSE = '购置数控加工设备（演示数据）';

/** The demo fund that pays the first-loan subsidy in force (免申即享) in the year the demo was loaded (Beijing). */
export const firstLoanDemoFundId = (year: number) => `sz-first-loan-${year}`;

/**
 * One financing demand of the demo enterprise (demo data), so the bank's marketplace is not empty at
 * its first sign-in, and a fund of the current year paying the first-loan subsidy in force
 * (rules/policies/sz-first-loan-interest-subsidy) as 免申即享, so a first loan a bank records today
 * reaches the enterprise's 我的政策 and the bureau's 数据比对; the demo bank's loan products; and the
 * 产融合作白名单 built jointly with the city's financial regulator (a department that co-signs; a login
 * `dept-finance`): two nominations by 市工业和信息化局, accepted, an edition valid for a year, co-signed.
 * No consent is seeded: what a bank may read is always the enterprise's own choice.
 */
export const creditDemoSeed: ModuleDemoSeed = {
  id: 'credit',
  async run(db: Database) {
    const [firm] = await db.query<{ id: string; uscc: string | null }>("SELECT id, uscc FROM users WHERE username = 'enterprise'");
    if (!firm?.uscc) return; // not the demo city
    const [done] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER]);
    if (!done) {
      await publishDemand(db, { kind: 'ENTERPRISE', userId: firm.id, uscc: firm.uscc }, { amountFen: 500_000_000, termMonths: 24, purpose: DEMO_DEMAND_PURPOSE, collateral: 'MOVABLE_PROPERTY', urgency: 'URGENT' });
      await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ loadedAt: new Date().toISOString() })]);
    }
    await db.transaction(async (tx) => {
      const [linked] = await tx.query('SELECT 1 AS one FROM app_settings WHERE key = $1 FOR UPDATE', [FIRST_LOAN_MARKER]);
      if (linked) return;
      const year = Number(today('Asia/Shanghai').slice(0, 4));
      const fundId = firstLoanDemoFundId(year);
      await saveFund(tx, { id: fundId, name: { zh: `${year}年深圳市中小企业首贷贴息资金（演示）`, en: `${year} Shenzhen SME first-loan subsidy fund (demo)` }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year, budgetFen: 200_000_000 }, null);
      await linkPolicyToFund(tx, { policyId: CURRENT_FIRST_LOAN_POLICY_ID, fundId, channel: 'NO_APPLICATION', capParam: 'financing.first_loan_subsidy.max_subsidy', noticeWorkingDays: 0, reviewWorkingDays: 10, expenseKind: null }, null);
      await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [FIRST_LOAN_MARKER, JSON.stringify({ fundId })]);
    });
    await db.transaction(async (tx) => {
      const [seeded] = await tx.query('SELECT 1 AS one FROM app_settings WHERE key = $1 FOR UPDATE', [MARKETPLACE_MARKER]);
      if (seeded) return;
      const at = new Date();
      const [bank, miit, bureau] = [await userId(tx, 'bank'), await userId(tx, 'dept-miit'), await userId(tx, 'bureau')];
      if (!bank || !miit || !bureau) return;
      for (const [i, p] of DEMO_PRODUCTS.entries()) await insertLoanProduct(tx, { ...p, productId: `lp-demo-${i + 1}`, institutionId: 'bank-demo' }, bank, at);
      // 产融合作白名单: the regulator co-builds the list; 市工业和信息化局 nominates two enterprises, the bureau accepts and publishes a year's edition, the regulator co-signs
      await ensureDepartment(tx, { id: DEMO_REGULATOR.id, name: DEMO_REGULATOR.name, jurisdiction: 'cn-gd-sz', isSmeBureau: false }, null, at);
      if (!(await userId(tx, DEMO_REGULATOR.username))) {
        await createUser(tx, { username: DEMO_REGULATOR.username, displayName: `${DEMO_REGULATOR.name.zh} 工作人员`, role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz', departmentId: DEMO_REGULATOR.id, password: DEMO_PASSWORD, isDemo: true }, null, at);
      }
      await designatePartnerDepartment(tx, DEMO_REGULATOR.id, at);
      const nominees: [string, string][] = [[firm.uscc!, '专精特新培育企业，研发投入占比高（演示数据）']];
      const [exists] = await tx.query('SELECT 1 AS one FROM enterprises WHERE uscc = $1', [BENEFIT_DEMO_ENTERPRISES[1]!.uscc]);
      if (exists) nominees.push([BENEFIT_DEMO_ENTERPRISES[1]!.uscc, '订单稳定、纳税记录良好的制造业企业（演示数据）']);
      for (const [i, [uscc, reason]] of nominees.entries()) {
        const nominationId = `wn-demo-${i + 1}`;
        await insertNomination(tx, { nominationId, uscc, departmentId: 'dept-miit', reason, at, userId: miit });
        await insertReview(tx, { nominationId, decision: 'ACCEPTED', reason: null, at, userId: bureau });
      }
      const from = today('Asia/Shanghai', at);
      const no = await publishEdition(tx, { validFrom: from, validUntil: addDays(from, 364), at, userId: bureau });
      const regulator = await userId(tx, DEMO_REGULATOR.username);
      if (no !== null && regulator) await insertCosign(tx, { editionNo: no, departmentId: DEMO_REGULATOR.id, at, userId: regulator });
      await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKETPLACE_MARKER, JSON.stringify({ seededAt: at.toISOString() })]);
    });
  },
};
