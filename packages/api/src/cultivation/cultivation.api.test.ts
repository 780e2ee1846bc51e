import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, DEMO_PASSWORD, recordYearlyFigures } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { multipartFile, PDF_BYTES } from '../appeals/appeals-test-helpers';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { setCultivationClock } from './cultivation-clock';

const E = DEMO_ENTERPRISE_USCC;
/** A Futian firm three criteria short of 专精特新 (no 创新型 title, main-business share 50%, R&D 10万元). */
const FUTIAN = fakeUscc();
const at = (local: string) => setCultivationClock(() => new Date(`${local}+08:00`));
const wan = (n: number) => n * 10_000 * 100;

interface Clause { id: string; value: boolean | null }
interface Policy { policyId: string; status: string; reasons: { zh: string }[]; explanation?: { clauses: Clause[] } }

describeEachEngine('cultivation API: recognition from application to the qualification', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, payload, headers: { ...headers, ...(who ? { cookie: await t.cookie(who) } : {}) } });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: object, status = 200) => {
    const r = await call(method, url, who, payload);
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  };
  const refused = async (method: 'POST', url: string, who: string | null, payload: object | undefined, status: number, code: string) => {
    const r = await call(method, url, who, payload);
    expect([r.statusCode, r.json().error?.code], r.body).toEqual([status, code]);
  };
  const upload = async (kind: string) => {
    const file = multipartFile(`${kind}.pdf`, PDF_BYTES, 'application/pdf');
    const r = await t.app.inject({ method: 'POST', url: `/api/cultivation/attachments?kind=${kind}`, payload: file.payload, headers: { ...file.headers, cookie: await t.cookie('enterprise') } });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const round = (over: object = {}) => ok('POST', '/api/cultivation/rounds', 'bureau', { tier: 'SPECIALIZED', year: 2026, title: '2026年专精特新中小企业认定（第二批）', deadline: '2026-12-20', publicityWorkingDays: 5, expertsPerApplication: 2, ...over }, 201);
  const littleGiant = async (date: string): Promise<Policy> => {
    const a = await ok('GET', `/api/enterprises/${E}/eligibility?date=${date}&explain=1`, 'enterprise');
    return (a.policies as Policy[]).find((p) => p.policyId === 'little-giant')!;
  };

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      await tx.query(`INSERT INTO departments (id, name_zh, name_en, jurisdiction, is_sme_bureau) VALUES ('dept-nanshan', '南山区工业和信息化局', 'Nanshan Bureau of Industry', 'cn-gd-sz-nanshan', false) ON CONFLICT DO NOTHING`);
      await createEnterprise(tx, FUTIAN, profileFixture({ name: '深圳市福田测试精密有限公司', district: 'cn-gd-sz-futian' }), null);
      for (const year of [2024, 2025]) await recordYearlyFigures(tx, FUTIAN, year, { employees: 60, revenueFen: wan(3000), totalAssetsFen: wan(2000), rdExpenseFen: wan(10), mainBusinessRevenueFen: wan(1500) }, null);
      await createUser(tx, { username: 'officer-nanshan', displayName: '南山区 工作人员', role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz-nanshan', departmentId: 'dept-nanshan', password: DEMO_PASSWORD, isDemo: true }, null);
    });
    // The enterprise's data for fiscal year 2025 (the year before recognition), so that the 2026 小巨人
    // criteria are met except the 专精特新 title.
    await ok('PUT', `/api/enterprises/${E}/figures/2025`, 'enterprise', { employees: 85, revenueFen: wan(5300), totalAssetsFen: wan(4000), rdExpenseFen: wan(700), mainBusinessRevenueFen: wan(5120) });
    await ok('PUT', `/api/enterprises/${E}/figures/2024`, 'enterprise', { employees: 82, revenueFen: wan(4800), totalAssetsFen: wan(3600), rdExpenseFen: wan(600), mainBusinessRevenueFen: wan(4630) });
    await ok('PUT', `/api/enterprises/${E}/declared-facts/2025`, 'enterprise', { facts: { yearsInNicheMarket: 6, ipClass1Count: 5, marketShare: '0.12', littleGiantScore: 72, specializedScore: 70, totalLiabilities: wan(1000) } });
    for (const [id, conflicts] of [['exp-1', []], ['exp-2', []], ['exp-3', [E]], ['exp-4', []]] as const) {
      await ok('PUT', `/api/cultivation/experts/${id}`, 'bureau', { name: `专家${id}`, organisation: '深圳某大学', fields: ['C'], conflicts });
    }
  });
  afterAll(async () => {
    setCultivationClock(null);
    await t.stop();
  });

  it('applies, passes district and city, is scored by two drawn experts, goes through 公示 with one objection answered, is recognised — and a policy requiring the tag becomes eligible that day', async () => {
    const r = await round();
    at('2026-12-01T10:00:00');
    const assessment = await ok('GET', '/api/cultivation/self-assessment?tier=SPECIALIZED&date=2026-12-01', 'enterprise');
    expect(assessment.version).toMatchObject({ from: '2026-04-01', unverified: true });
    expect(assessment.criteria.length).toBeGreaterThan(5);
    expect(assessment.criteria[0].cite).toContain('quality-sme-tiered-cultivation@2026-04-01');

    const files = [await upload('FINANCIAL_STATEMENTS'), await upload('DECLARATION')];
    const app = await ok('POST', '/api/cultivation/applications', 'enterprise', { roundId: r.roundId, attachmentIds: files }, 201);
    const id = app.applicationId as string;
    expect(app).toMatchObject({ status: 'SUBMITTED', selfAssessment: { versionFrom: '2026-04-01' } });
    await refused('POST', '/api/cultivation/applications', 'enterprise', { roundId: r.roundId, attachmentIds: files }, 409, 'CULTIVATION_DUPLICATE_APPLICATION');

    at('2026-12-02T10:00:00');
    await refused('POST', `/api/cultivation/applications/${id}/district-review`, 'dept-futian', { decision: 'PASS', opinion: '同意' }, 403, 'CULTIVATION_ACTOR_NOT_PERMITTED');
    await ok('POST', `/api/cultivation/applications/${id}/district-review`, 'officer-nanshan', { decision: 'PASS', opinion: '材料齐全，同意推荐' });
    at('2026-12-03T10:00:00');
    await ok('POST', `/api/cultivation/applications/${id}/city-review`, 'bureau', { decision: 'PASS', opinion: '同意' });
    const drawn = await ok('POST', `/api/cultivation/applications/${id}/draw`, 'bureau');
    expect(drawn.draw.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(drawn.draw.recused).toEqual(['exp-3']);
    const experts = (drawn.draw.assigned as { id: string }[]).map((x) => x.id);
    expect(experts).toHaveLength(2);

    at('2026-12-04T10:00:00');
    const sheet = { specialization: 20, refinement: 20, distinctiveness: 10, innovation: 25 };
    await refused('POST', `/api/cultivation/applications/${id}/scores`, 'bureau', { expertId: 'exp-3', scores: sheet }, 409, 'CULTIVATION_EXPERT_CONFLICT');
    for (const expertId of experts) await ok('POST', `/api/cultivation/applications/${id}/scores`, 'bureau', { expertId, scores: sheet });

    at('2026-12-07T10:00:00');
    const notice = await ok('POST', `/api/cultivation/applications/${id}/publicity`, 'bureau');
    expect(notice).toMatchObject({ status: 'IN_PUBLICITY', aggregate: 75, publicity: { from: '2026-12-08', until: '2026-12-14', workingDays: 5 } });
    const list = await ok('GET', '/api/cultivation/publicity', null);
    expect(list.items).toContainEqual(expect.objectContaining({ applicationId: id, enterpriseName: app.enterpriseName, publicityUntil: '2026-12-14' }));
    at('2026-12-09T10:00:00');
    const { objectionId } = await ok('POST', `/api/cultivation/applications/${id}/objections`, null, { text: '该企业研发费用数据存疑', objector: null }, 201);
    at('2026-12-15T09:00:00');
    await refused('POST', `/api/cultivation/applications/${id}/recognise`, 'bureau', { certificateNumber: 'SZZJTX-2026-0001' }, 409, 'CULTIVATION_OBJECTIONS_UNANSWERED');
    await ok('POST', `/api/cultivation/applications/${id}/objections/${objectionId}/answer`, 'bureau', { answer: '经核查审计报告，研发费用属实', upheld: false });
    const recognised = await ok('POST', `/api/cultivation/applications/${id}/recognise`, 'bureau', { certificateNumber: 'SZZJTX-2026-0001' });
    expect(recognised).toMatchObject({ status: 'RECOGNISED', certificate: { number: 'SZZJTX-2026-0001', validFrom: '2026-12-15', validUntil: '2029-12-14' } });
    const mine = await ok('GET', `/api/cultivation/applications/${id}`, 'enterprise');
    expect(mine.objections[0]).toMatchObject({ text: '该企业研发费用数据存疑', answer: { text: '经核查审计报告，研发费用属实', upheld: false } });
    expect(mine.scores[0]).not.toHaveProperty('expertId');

    // The qualification is a department certificate: valid from the recognition date, so the 2026 小巨人
    // criterion "already a 专精特新 SME" is false the day before and true that day.
    const before = await littleGiant('2026-12-14');
    const on = await littleGiant('2026-12-15');
    expect(before.explanation!.clauses.find((c) => c.id === 'specialized_title')?.value, JSON.stringify(before.reasons)).toBe(false);
    expect(on.explanation!.clauses.find((c) => c.id === 'specialized_title')?.value).toBe(true);
    expect(before.status).toBe('INELIGIBLE');
    expect(on.status, JSON.stringify(on.reasons)).toBe('ELIGIBLE');
    const [fact] = await getDb().query<{ value: Record<string, string> }>(`SELECT value FROM department_facts WHERE uscc = $1 AND kind = 'QUALIFICATIONS' AND period = 'SPECIALIZED'`, [E]);
    expect(fact?.value).toMatchObject({ certificateNumber: 'SZZJTX-2026-0001', validFrom: '2026-12-15', validUntil: '2029-12-14' });
  });

  it('lists the 培育库: enterprises meeting part of the 专精特新 criteria, nearest first, from the batch engine over the registry', async () => {
    const pool = await ok('GET', '/api/cultivation/pool?tier=SPECIALIZED&date=2026-12-15&maxMissing=3', 'bureau');
    expect(pool.items).toContainEqual(expect.objectContaining({ uscc: E, district: 'cn-gd-sz-nanshan', holdsTier: true, distance: 0 }));
    expect(pool.byDistance[0].count).toBeGreaterThanOrEqual(1);
    const distances = (pool.items as { distance: number }[]).map((x) => x.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(pool.version).toMatchObject({ from: '2026-04-01', unverified: true });
    const futian = (pool.items as { uscc: string; distance: number; unmetCriteria: { id: string }[] }[]).find((x) => x.uscc === FUTIAN);
    expect(futian).toMatchObject({ distance: 3 });
    expect(futian!.unmetCriteria.map((c) => c.id).sort()).toEqual(['innovative_title', 'main_business_share', 'rd_two_years']);
    expect((pool.items as { uscc: string }[]).findIndex((x) => x.uscc === E)).toBeLessThan((pool.items as { uscc: string }[]).findIndex((x) => x.uscc === FUTIAN));
    const district = await ok('GET', '/api/cultivation/pool?tier=SPECIALIZED&date=2026-12-15&maxMissing=3', 'dept-futian');
    expect((district.items as { uscc: string; district: string }[]).map((x) => x.uscc)).toEqual([FUTIAN]);
  });

  it('tracks yearly targets per tier and district (深工信〔2023〕26号 第14项) against the recognitions', async () => {
    const set = await ok('PUT', '/api/cultivation/targets/2026', 'bureau', { items: [{ tier: 'SPECIALIZED', district: 'cn-gd-sz', target: 5000 }, { tier: 'SPECIALIZED', district: 'cn-gd-sz-nanshan', target: 800, cumulative: false }] });
    expect(set.items).toContainEqual(expect.objectContaining({ district: 'cn-gd-sz-nanshan', target: 800, recognisedInYear: 1, source: 'cn-gd-sz/measures/sme-relief-2023#measure_14' }));
    const district = await ok('GET', '/api/cultivation/targets/2026', 'dept-futian');
    expect(district.items).toEqual([]);
    const score = await ok('GET', '/api/cultivation/innovation-score?date=2026-12-15', 'enterprise');
    expect(score).toMatchObject({ fiscalYear: 2025, unverified: true, cite: 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_33' });
    expect(score.indicators.find((i: { id: string }) => i.id === 'ip')).toMatchObject({ points: 15, missing: [] });
  });

  it('refuses an application after the deadline, one without the required attachments, and an objection after 公示', async () => {
    at('2026-12-05T10:00:00');
    const late = await round({ tier: 'INNOVATIVE_SME', deadline: '2026-12-04' });
    const files = [await upload('FINANCIAL_STATEMENTS'), await upload('DECLARATION')];
    await refused('POST', '/api/cultivation/applications', 'enterprise', { roundId: late.roundId, attachmentIds: files }, 409, 'CULTIVATION_ROUND_DEADLINE_PASSED');
    const strict = await round({ tier: 'LITTLE_GIANT', requiredAttachments: ['FINANCIAL_STATEMENTS', 'IP_CERTIFICATES', 'DECLARATION'] });
    const r = await call('POST', '/api/cultivation/applications', 'enterprise', { roundId: strict.roundId, attachmentIds: files });
    expect([r.statusCode, r.json().error.code]).toEqual([422, 'CULTIVATION_ATTACHMENTS_MISSING']);
    expect(r.json().error.message.zh).toContain('知识产权证明');
    const [inNotice] = (await ok('GET', '/api/cultivation/applications?status=RECOGNISED', 'bureau')).items;
    at('2026-12-16T10:00:00');
    await refused('POST', `/api/cultivation/applications/${inNotice.applicationId}/objections`, null, { text: '迟到的异议', objector: null }, 409, 'CULTIVATION_PUBLICITY_ENDED');
  });
});
