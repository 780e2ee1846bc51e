import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { fakeUsccFactory } from '@huiqi/testing';
import { referenceDraw, referenceInspectors } from '../../../workflows/src/inspections/testing/reference-draw';
import { runCommand } from '../../../../apps/cli/src/testing/run-command';
import drawCommand from '../../../../apps/cli/src/commands/inspections-draw';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describeEachEngine('inspections API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user?: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload ? { payload } : {}) });

  it('a department publishes an item, plans, commits to a seed, draws; anyone recomputes the draw from the published seed and list', async () => {
    const bad = await call('POST', '/api/inspections/items', 'dept-miit', { name: '工业产品质量', legalBasis: ['cn/law/no-such@2000-01-01#art_1'], method: 'ON_SITE', annualCapPerEnterprise: 1 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('INSPECTION_LEGAL_BASIS_UNRESOLVED');
    expect(bad.json().error.message.zh).toContain('cn/law/no-such@2000-01-01#art_1');

    const created = await call('POST', '/api/inspections/items', 'dept-miit', { name: '工业产品生产许可证获证企业检查', legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 1 });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json();
    expect(item.legalBasis[0].citation).toContain('第六十八条');
    expect(item.publishedAt).toBeNull();

    // An unpublished item cannot be planned (and so cannot be inspected).
    const early = await call('POST', '/api/inspections/plans', 'dept-miit', { kind: 'AD_HOC', year: 2026, title: '专项', itemIds: [item.id] });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('INSPECTION_ITEM_NOT_PUBLISHED');
    expect((await call('POST', `/api/inspections/items/${item.id}/publish`, 'dept-commerce')).statusCode).toBe(403);
    expect((await call('POST', `/api/inspections/items/${item.id}/publish`, 'dept-miit')).json().publishedAt).not.toBeNull();
    expect((await call('GET', '/api/inspections/public/items')).json().items.map((i: { id: string }) => i.id)).toContain(item.id);

    for (const [id, conflicts] of [['miit-a', [DEMO_ENTERPRISE_USCC]], ['miit-b', []], ['miit-c', []]] as const) {
      const res = await call('PUT', `/api/inspections/inspectors/${id}`, 'dept-miit', { name: `检查员${id}`, certificateNo: `粤执-${id}`, conflicts });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await call('PUT', '/api/inspections/risk-grades', 'bureau', { gradedOn: '2026-11-01', grades: [{ uscc: DEMO_ENTERPRISE_USCC, riskGrade: 'D', creditClass: null }] })).json()).toEqual({ count: 1 });

    const ratioBad = await call('POST', '/api/inspections/plans', 'dept-miit', { kind: 'AD_HOC', year: 2026, title: '专项', itemIds: [item.id], ratios: { C: -0.1 } });
    expect(ratioBad.statusCode).toBe(422);
    expect(ratioBad.json().error.details).toMatchObject({ code: 'RATIO_INVALID', stratum: 'C' });

    const planRes = await call('POST', '/api/inspections/plans', 'dept-miit', { kind: 'AD_HOC', year: 2026, title: '2026 年工业产品专项抽查', itemIds: [item.id], ratios: { D: 1, UNGRADED: '0.5' } });
    expect(planRes.statusCode, planRes.body).toBe(201);
    const plan = planRes.json();
    expect(plan).toMatchObject({ status: 'DRAFT', seedDigest: null, seed: null, ratios: { A: '0.01', D: '1', UNGRADED: '0.5' } });
    expect(plan.ratioSources.A).toContain('inspections.sampling_ratio.grade_a');
    expect(plan.ratioSources.A).toContain('unverified');
    expect(plan.candidatesByStratum.D).toBe(1);

    expect((await call('POST', `/api/inspections/plans/${plan.planId}/draw`, 'dept-miit')).statusCode).toBe(409);
    const committed = (await call('POST', `/api/inspections/plans/${plan.planId}/commit`, 'dept-miit')).json();
    expect(committed).toMatchObject({ status: 'SEED_COMMITTED', seed: null, seedDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const listed = (await call('GET', '/api/inspections/public/plans')).json().items.find((p: { planId: string }) => p.planId === plan.planId);
    expect(listed).toMatchObject({ seed: null, seedDigest: committed.seedDigest });
    expect((await call('GET', `/api/inspections/public/plans/${plan.planId}/candidates`)).statusCode).toBe(409);
    expect((await call('POST', `/api/inspections/plans/${plan.planId}/commit`, 'dept-miit')).statusCode).toBe(409);

    const drawRes = await call('POST', `/api/inspections/plans/${plan.planId}/draw`, 'dept-miit');
    expect(drawRes.statusCode, drawRes.body).toBe(200);
    const drawn = drawRes.json();
    expect(sha(drawn.seed)).toBe(committed.seedDigest);

    // Anyone: the published candidate list and seed give exactly the published targets and inspectors.
    const publicPlan = (await call('GET', `/api/inspections/public/plans/${plan.planId}`)).json();
    const lines = (await call('GET', `/api/inspections/public/plans/${plan.planId}/candidates`)).body;
    const candidates = lines.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { uscc: string; stratum: string });
    expect(candidates).toHaveLength(committed.candidateCount);
    expect(sha([...candidates].sort((a, b) => (a.uscc < b.uscc ? -1 : 1)).map((c) => `${c.uscc},${c.stratum}\n`).join(''))).toBe(committed.candidateListDigest);
    expect(publicPlan.targets.map((x: { uscc: string }) => x.uscc)).toEqual(referenceDraw(publicPlan.seed, candidates, publicPlan.ratios));
    const cli = await runCommand(drawCommand, ['--seed', publicPlan.seed, '--ratios', JSON.stringify(publicPlan.ratios)], lines);
    expect(cli.out.split('\n').filter(Boolean)).toEqual(publicPlan.targets.map((x: { uscc: string }) => x.uscc));
    const demo = publicPlan.targets.find((x: { uscc: string }) => x.uscc === DEMO_ENTERPRISE_USCC);
    expect(demo.stratum).toBe('D');
    expect(demo.inspectors.map((i: { id: string }) => i.id)).toEqual(referenceInspectors(publicPlan.seed, DEMO_ENTERPRISE_USCC, ['miit-a', 'miit-b', 'miit-c'], ['miit-a'], 2));
    for (const target of publicPlan.targets) expect(target.inspectors).toHaveLength(2);
    expect((await call('GET', `/api/inspections/plans/${plan.planId}`, 'dept-commerce')).statusCode).toBe(403);
  });

  it('POST /api/inspections/draw, the CLI and the documented algorithm agree on generated populations', async () => {
    const uscc = fakeUsccFactory(77);
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[0-9a-f]{1,64}$/),
        fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'UNGRADED'), { maxLength: 80 }),
        fc.record({ A: fc.constantFrom('0.01', '0.5'), B: fc.constantFrom('0.02', '1'), C: fc.constantFrom('0.1', '0'), D: fc.constantFrom('0.3', '0.75'), UNGRADED: fc.constantFrom('0.02', '0.33') }),
        async (seed, strata, ratios) => {
          const candidates = strata.map((stratum, i) => ({ uscc: uscc(i, i % 3 === 0), stratum }));
          const api = await call('POST', '/api/inspections/draw', undefined, { seed, ratios, candidates });
          expect(api.statusCode, api.body).toBe(200);
          const cli = await runCommand(drawCommand, ['--seed', seed, '--ratios', JSON.stringify(ratios)], candidates.map((c) => JSON.stringify(c)).join('\n'));
          const expected = referenceDraw(seed, candidates, ratios);
          expect(api.json().selected.map((s: { uscc: string }) => s.uscc)).toEqual(expected);
          expect(cli.out.split('\n').filter(Boolean)).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the public draw refuses a wrong ratio naming the stratum, and an invalid USCC', async () => {
    const uscc = fakeUsccFactory(5)(1, false);
    const res = await call('POST', '/api/inspections/draw', undefined, { seed: 's', ratios: { B: 'NaN' }, candidates: [{ uscc, stratum: 'B' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message.zh).toContain('层级「B」');
    const bad = await call('POST', '/api/inspections/draw', undefined, { seed: 's', ratio: 0.5, candidates: [{ uscc: `${uscc.slice(0, 17)}${uscc[17] === '0' ? '1' : '0'}` }] });
    expect(bad.statusCode).toBe(400);
  });

  it('监督码: an enterprise gets its code as a QR; an inspector scanning it sees the drawn task with items, legal basis and inspectors; a forged code is refused', async () => {
    const mine = await call('GET', '/api/inspections/my/code', 'enterprise');
    expect(mine.statusCode, mine.body).toBe(200);
    const { code, svg, uscc } = mine.json();
    expect(uscc).toBe(DEMO_ENTERPRISE_USCC);
    expect(code).toMatch(/^E1\./);
    expect(svg).toContain('<svg');
    const scanned = await call('POST', '/api/inspections/codes/scan-enterprise', 'dept-miit', { code });
    expect(scanned.statusCode, scanned.body).toBe(200);
    const task = scanned.json().tasks.find((x: { title: string }) => x.title === '2026 年工业产品专项抽查');
    expect(task.items[0].legalBasis[0].citation).toContain('第六十八条');
    expect(task.inspectors).toHaveLength(2);
    expect(task.inspectors).not.toContain('检查员miit-a'); // recused for a declared conflict
    // Another department sees none of dept-miit's tasks; a changed code is refused.
    expect((await call('POST', '/api/inspections/codes/scan-enterprise', 'dept-commerce', { code })).json().tasks).toEqual([]);
    const forged = await call('POST', '/api/inspections/codes/scan-enterprise', 'dept-miit', { code: code.replace(DEMO_ENTERPRISE_USCC, '91440300MA5HQ1PD0Y') });
    expect(forged.statusCode).toBe(422);
    expect(forged.json().error.details.code).toBe('CODE_INVALID');
  });
});
