import {
  createProcurementProject, getEnterprise, getFigures, listProcurementProjects, recordProcurementAward, recordProcurementDeclaration, recordProcurementEvaluation,
  type Database, type Queryable,
} from '@huiqi/db';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { today, toDecimalText, yearOf } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import {
  buildAwardNotice, buildDeclaration, checkDeclaration, checkPlanProject, evaluateBids, makerFromRegistry, type PlanProjectInput, type ProcurementInputError, type RegistryEnterprise,
} from '@huiqi/workflows';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:procurement';
const AWARD_MARKER = 'demo:procurement-award';
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
    await seedDemoAward(db);
  },
};

/**
 * One published award on 办公设备采购 (reserved wholly for SMEs): the demo enterprise wins with its
 * 声明函 made from its previous-year registry figures. When the registry has no figures for that
 * year the award is not made, and the marker records why.
 */
async function seedDemoAward(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING RETURNING key', [AWARD_MARKER, '{}']);
    if (inserted.length === 0) return;
    const skip = (reason: string) => tx.query('UPDATE app_settings SET value = $2::jsonb WHERE key = $1', [AWARD_MARKER, JSON.stringify({ skipped: reason })]);
    const loaded = loadRuleBase();
    if (!loaded.ok) return void (await skip('rules/ did not load'));
    const rb = loaded.value;
    const date = today();
    const project = (await listProcurementProjects(tx, { year: yearOf(date), departmentId: 'dept-miit' })).find((p) => p.code === 'GX-01');
    const registry = await demoRegistry(tx);
    if (!project || !registry) return void (await skip('demo project or enterprise missing'));
    const maker = makerFromRegistry(registry, date, rb);
    if (!maker.ok) return void (await skip(maker.error.en));
    const bids = [
      { id: 'A', supplier: registry.name, price: '1698000', items: [{ name: '办公设备', makerName: registry.name, makerSize: maker.value.size }] },
      { id: 'B', supplier: '深圳市示例办公用品有限公司', price: '1725000', items: [{ name: '办公设备', makerSize: 'medium' as const }] },
    ];
    const evaluation = evaluateBids({ date, jurisdiction: 'cn-gd-sz', category: 'GOODS', reservedForSme: true, bids: bids.map((b) => ({ id: b.id, priceFen: Number(b.price) * 100, items: b.items })) }, rb);
    const declaration = buildDeclaration({ category: 'GOODS', purchaser: '市工业和信息化局', project: project.name, supplier: { name: registry.name, uscc: registry.uscc }, items: [{ name: '办公设备', industry: '工业', maker: maker.value }], date });
    if (!evaluation.ok || !declaration.ok) return void (await skip('the demo bids or declaration were refused'));
    const check = checkDeclaration(declaration.value, [registry], date, rb);
    const notice = buildAwardNotice({ projectName: project.name, purchaser: '市工业和信息化局', date, evaluation: evaluation.value, winnerId: 'A', winnerName: registry.name, declaration: declaration.value });
    if (!notice.ok) return void (await skip('the demo award was refused'));
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
    const ev = await recordProcurementEvaluation(tx, { projectId: project.id, lotId: null, evaluatedOn: date, reservedForSme: true, input: { date, lotId: null, bids }, result: plain({ ...evaluation.value, parameters: evaluation.value.parameters.map((p) => ({ path: p.path, value: toDecimalText(p.value, 12), unit: String(p.unit), jurisdiction: p.jurisdiction, from: p.from, reference: p.reference, unverified: p.unverified, note: p.note })) }), bidCount: bids.length }, null);
    const decl = await recordProcurementDeclaration(
      tx,
      {
        uscc: registry.uscc!, projectId: project.id, category: 'GOODS', purchaser: '市工业和信息化局', projectName: project.name, declaredOn: date,
        declaredSize: maker.value.size, computedSize: maker.value.size, checkStatus: check.status, content: plain({ ...declaration.value, extraWarnings: declaration.value.warnings }), checkResult: plain(check),
      },
      null,
    );
    await recordProcurementAward(tx, { projectId: project.id, evaluationId: ev.id, winnerBidId: 'A', winnerName: registry.name, declarationId: decl.id, announcedOn: date, usedSmePreference: notice.value.usedSmePreference, notice: plain(notice.value) }, null);
    await tx.query('UPDATE app_settings SET value = $2::jsonb WHERE key = $1', [AWARD_MARKER, JSON.stringify({ awardedOn: date })]);
  });
}

async function demoRegistry(tx: Queryable): Promise<RegistryEnterprise | null> {
  const e = await getEnterprise(tx, DEMO_ENTERPRISE_USCC);
  if (!e) return null;
  const figures = await getFigures(tx, e.uscc);
  return { name: e.name, uscc: e.uscc, industryCode: e.industryCode, isIndividualBusiness: e.isIndividualBusiness, yearlyFigures: figures.map((f) => ({ year: f.year, employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen })) };
}
