import { createEnterprise, createUser, DEMO_PASSWORD, saveFund, type Database } from '@huiqi/db';
import { actOnProvider, createProgramme, issueVouchers, providerOfUscc, registerProvider } from '@huiqi/api';
import { addDays, completeUscc, today, type PlainDate } from '@huiqi/kernel';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:services';
export const DEMO_PROVIDER_USCC = completeUscc('91440300MA5FW0011');
export const DEMO_PROVIDER_NAME = '深圳市前海知识产权服务有限公司（演示）';
export const DEMO_VOUCHER_FUND = 'sz-demo-service-vouchers';

/**
 * Services demo data: one approved provider (an organisation of the registry, signing in as `provider`),
 * a fund, and an innovation-voucher programme with vouchers issued for the demo enterprise to claim.
 */
export const servicesDemoSeed: ModuleDemoSeed = {
  id: 'services',
  async run(db: Database) {
    const [done] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER]);
    if (done) return;
    const [bureau] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    if (!bureau) return; // not the demo city
    const user = await db.transaction(async (tx) => {
      await createEnterprise(tx, DEMO_PROVIDER_USCC, {
        name: DEMO_PROVIDER_NAME, registeredAddress: '深圳市前海深港合作区演示路 1 号', district: 'cn-gd-sz-nanshan', industryCode: 'M7520', registrationDate: '2016-05-20',
        taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [],
      }, null);
      await tx.query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [DEMO_PROVIDER_USCC, '陈演示']);
      await saveFund(tx, { id: DEMO_VOUCHER_FUND, name: { zh: '中小企业服务券资金（演示）', en: 'SME service voucher fund (demo)' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: Number(today().slice(0, 4)), budgetFen: 100_000_000 }, null);
      return createUser(tx, { username: 'provider', displayName: '前海知识产权（服务机构）', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz-nanshan', uscc: DEMO_PROVIDER_USCC, password: DEMO_PASSWORD, isDemo: true }, null);
    });
    if (!(await providerOfUscc(db, DEMO_PROVIDER_USCC))) {
      const p = await registerProvider(db, { userId: user.id, uscc: DEMO_PROVIDER_USCC }, {
        name: DEMO_PROVIDER_NAME, categories: ['IP_PROTECTION', 'LEGAL_CONSULTING', 'TECHNICAL_SUPPORT'],
        qualifications: [{ name: '专利代理机构执业许可证（演示）', certificateNumber: null, validUntil: null }],
        description: '专利申请、商标注册、知识产权维权与法律咨询（演示数据）', contactPhone: '0755-00000000', shareholders: ['陈演示'],
        account: { accountName: DEMO_PROVIDER_NAME, accountNumber: '6222000000000001', bankName: '某银行深圳分行' },
      });
      await actOnProvider(db, p.providerId, 'APPROVED', { kind: 'BUREAU', userId: bureau.id }, { note: null });
    }
    const from = today() as PlainDate;
    const programme = await createProgramme(db, bureau.id, {
      kind: 'INNOVATION', name: '知识产权创新券（演示）', description: '用于专利申请、商标注册等知识产权服务', amountFen: 1_000_000, validFrom: from, validUntil: addDays(from, 180),
      categories: ['IP_PROTECTION', 'TECHNICAL_SUPPORT'], eligibilityPolicyId: null, budgetFen: 20_000_000, fundId: DEMO_VOUCHER_FUND,
    });
    await issueVouchers(db, bureau.id, programme.programmeId, 10);
    await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ loadedAt: new Date().toISOString() })]);
  },
};
