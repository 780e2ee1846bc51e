import { createProcurementProject, type Database } from '@huiqi/db';
import { today, yearOf } from '@huiqi/kernel';
import { checkPlanProject, type PlanProjectInput, type ProcurementInputError } from '@huiqi/workflows';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:procurement';
const WAN = 1_000_000; // 1万元 in fen

/**
 * The demo purchaser 市工业和信息化局 (dept-miit) with this year's plan: four projects (one
 * exempt) that do not yet meet the reserved-share rules, so an officer sees the card red and what
 * it would take. Invented projects.
 */
export const DEMO_PROCUREMENT_PROJECTS: (PlanProjectInput & { code: string })[] = [
  { id: 'GX-01', code: 'GX-01', name: '办公设备采购', category: 'GOODS', budgetFen: 180 * WAN, suitableForSme: true, reservation: { method: 'WHOLE_PROJECT', reservedFor: 'SME' } },
  { id: 'GX-02', code: 'GX-02', name: '工业互联网平台运维服务', category: 'SERVICES', budgetFen: 600 * WAN, suitableForSme: true, reservation: { method: 'NONE' } },
  { id: 'GX-03', code: 'GX-03', name: '产业园区道路改造工程', category: 'WORKS', budgetFen: 900 * WAN, suitableForSme: true, reservation: { method: 'SUBCONTRACT', smeShare: '0.3', smallMicroShare: '0.1' } },
  {
    id: 'GX-04', code: 'GX-04', name: '专用电磁兼容检测系统', category: 'GOODS', budgetFen: 300 * WAN, suitableForSme: false,
    exemption: { article: '财库〔2020〕46号 第六条', reason: '按照本办法规定预留采购份额无法确保充分供应、充分竞争' }, reservation: { method: 'NONE' },
  },
];

export const procurementDemoSeed: ModuleDemoSeed = {
  id: 'procurement',
  async run(db: Database) {
    await db.transaction(async (tx) => {
      const inserted = await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key', [MARKER, JSON.stringify({ year: yearOf(today()) })]);
      if (inserted.length === 0) return; // already loaded
      const year = yearOf(today());
      for (const p of DEMO_PROCUREMENT_PROJECTS) {
        const errors: ProcurementInputError[] = [];
        const c = checkPlanProject(p, 0, errors);
        if (!c) throw new Error(`demo procurement project ${p.code} is invalid: ${JSON.stringify(errors)}`);
        await createProcurementProject(
          tx,
          {
            departmentId: 'dept-miit', year, code: p.code, name: p.name, category: p.category, budgetFen: c.budgetFen, suitableForSme: p.suitableForSme,
            exemption: c.exemption, reservation: p.reservation as unknown as Record<string, unknown>, reservationMethod: c.method, reservedFen: c.reservedFen, smallMicroFen: c.smallMicroFen,
          },
          null,
        );
      }
    });
  },
};
