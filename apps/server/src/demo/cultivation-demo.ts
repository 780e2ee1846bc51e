import { randomUUID } from 'node:crypto';
import { createCultivationRound, createDepartment, createUser, DEMO_PASSWORD, saveCultivationExpert, type Database } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:cultivation';

/** Reviewing experts of the demo (fictional people): fields are GB/T 4754 sections. */
const EXPERTS = [
  { expertId: 'demo-expert-1', name: '张教授（演示）', organisation: '深圳某大学机电学院', fields: ['C'] },
  { expertId: 'demo-expert-2', name: '李高工（演示）', organisation: '某智能制造研究院', fields: ['C', 'M'] },
  { expertId: 'demo-expert-3', name: '王会计师（演示）', organisation: '某会计师事务所', fields: ['C', 'I', 'M'] },
  { expertId: 'demo-expert-4', name: '陈研究员（演示）', organisation: '某软件测评中心', fields: ['I'] },
];

/**
 * 梯度培育 demo data: this year's 专精特新 and 创新型 rounds (closing on 31 December), four experts and an officer
 * of the demo enterprise's district (南山区, signing in as `dept-nanshan`) for 初审, so the demo enterprise can
 * assess itself and apply, the district pass it, and the bureau take it through to 公示.
 */
export const cultivationDemoSeed: ModuleDemoSeed = {
  id: 'cultivation',
  async run(db: Database) {
    const [done] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER]);
    if (done) return;
    const [bureau] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    if (!bureau) return; // not the demo city
    const year = Number(today().slice(0, 4));
    const now = new Date();
    await db.transaction(async (tx) => {
      for (const [tier, title] of [['SPECIALIZED', `${year}年度专精特新中小企业认定（演示）`], ['INNOVATIVE_SME', `${year}年度创新型中小企业评价（演示）`]] as const) {
        await createCultivationRound(tx, {
          roundId: `cr-${randomUUID()}`, tier, year, title, deadline: `${year}-12-31`, requiredAttachments: ['FINANCIAL_STATEMENTS', 'DECLARATION'],
          publicityWorkingDays: 5, passMark: 60, aggregation: 'MEAN', expertsPerApplication: 2, createdBy: bureau.id, createdAt: now.toISOString(),
        });
      }
      const [district] = await tx.query('SELECT 1 AS one FROM departments WHERE id = $1', ['dept-nanshan']);
      if (!district) {
        const made = await createDepartment(tx, { id: 'dept-nanshan', nameZh: '南山区工业和信息化局', nameEn: 'Nanshan District Bureau of Industry and IT', jurisdiction: 'cn-gd-sz-nanshan', parentId: null }, bureau.id, now);
        if (!made.ok) throw new Error(made.error.message.en);
      }
      const [officer] = await tx.query("SELECT 1 AS one FROM users WHERE username = 'dept-nanshan'");
      if (!officer) await createUser(tx, { username: 'dept-nanshan', displayName: '南山区工业和信息化局 工作人员', role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz-nanshan', departmentId: 'dept-nanshan', password: DEMO_PASSWORD, isDemo: true }, null);
      for (const e of EXPERTS) await saveCultivationExpert(tx, { ...e, conflicts: [], active: true }, bureau.id, now);
      await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ loadedAt: now.toISOString() })]);
    });
  },
};
