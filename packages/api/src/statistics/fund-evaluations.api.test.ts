import { afterAll, beforeAll, expect, it } from 'vitest';
import { fundEvaluationVersions, saveFund, seedDemoCity } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { today } from '@huiqi/kernel';
import { createTestApi } from '../testing/test-api';

/** 资金评估审计结果 (深圳 draft 第五十六条): recorded and published by the SME bureau, shown under the fund in the public disclosure and in the annual report. */
const YEAR = 2025;
const FUND = 'stats-eval-fund-2025';
const URL = '/api/statistics/fund-evaluations';

const AUDIT = {
  fundId: FUND, kind: 'AUDIT', bodyZh: '深圳市审计局', bodyEn: 'Shenzhen Audit Bureau', reportDate: '2026-03-02', conclusion: 'PROBLEMS_RECTIFIED',
  findings: '2 家企业重复申报同一费用，多拨付 3.2 万元。', rectification: '已追回多拨付资金并完善费用凭证比对。', rectifiedOn: '2026-05-10',
};

describeEachEngine('funds evaluation and audit results', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: unknown) =>
    t.app.inject({ method, url, headers: who ? { cookie: await t.cookie(who) } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const publicFund = async () => {
    const res = await call('GET', `/api/statistics/public/funds/${YEAR}`, null);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().funds as { fundId: string; evaluations: Record<string, unknown>[] }[]).find((f) => f.fundId === FUND)!;
  };
  beforeAll(async () => {
    await t.start();
    await getDb().transaction((tx) => saveFund(tx, { id: FUND, name: { zh: '2025年评估测试资金', en: '2025 evaluation test fund' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: YEAR, budgetFen: 200_000_000 }, null));
  }, 120_000);
  afterAll(() => t.stop());

  it('records a result unpublished, publishes it once, and the public disclosure then lists it under its fund in plain words', async () => {
    const recorded = await call('POST', URL, 'bureau', AUDIT);
    expect(recorded.statusCode, recorded.body).toBe(200);
    const e = recorded.json().evaluation;
    expect(e).toMatchObject({ fundId: FUND, fundYear: YEAR, published: false, publishedAt: null, version: 1, kindLabel: { zh: '审计' }, conclusionLabel: { zh: '发现问题，已整改' } });
    expect((await publicFund()).evaluations).toEqual([]);

    const officers = await call('GET', `${URL}/${YEAR}`, 'auditor');
    expect(officers.statusCode).toBe(200);
    expect(officers.json().article).toBe('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_56');
    expect(officers.json().funds.find((f: { fundId: string }) => f.fundId === FUND).evaluations.map((x: { evaluationId: string }) => x.evaluationId)).toEqual([e.evaluationId]);

    const stale = await call('POST', `${URL}/${e.evaluationId}/publish`, 'bureau', { expectedVersion: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STATISTICS_FUND_EVALUATION_CONFLICT');
    const [pub, again] = [await call('POST', `${URL}/${e.evaluationId}/publish`, 'bureau', { expectedVersion: 1 }), await call('POST', `${URL}/${e.evaluationId}/publish`, 'bureau', { expectedVersion: 1 })];
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json()).toMatchObject({ changed: true, evaluation: { published: true, version: 2 } });
    expect(again.json()).toMatchObject({ changed: false, evaluation: { version: 2, publishedAt: pub.json().evaluation.publishedAt } });

    const shown = (await publicFund()).evaluations;
    expect(shown).toEqual([{
      evaluationId: e.evaluationId, kind: 'AUDIT', kindLabel: { zh: '审计', en: 'Audit' }, body: { zh: '深圳市审计局', en: 'Shenzhen Audit Bureau' },
      reportDate: '2026-03-02', conclusion: 'PROBLEMS_RECTIFIED', conclusionLabel: { zh: '发现问题，已整改', en: 'Problems found and rectified' },
      findings: AUDIT.findings, rectification: AUDIT.rectification, rectifiedOn: '2026-05-10', publishedAt: pub.json().evaluation.publishedAt,
    }]);
    // The officers' fields (version, who and when recorded) are not part of the public answer.
    expect(Object.keys(shown[0]!)).not.toContain('version');
  });

  it('keeps every version of a result and audits every write; a change after publication stays published', async () => {
    const e = (await call('POST', URL, 'bureau', { ...AUDIT, kind: 'PERFORMANCE_EVALUATION', bodyZh: '某会计师事务所（第三方评价机构）', bodyEn: null, conclusion: 'RECTIFICATION_IN_PROGRESS', rectifiedOn: null })).json().evaluation;
    expect(e.body).toEqual({ zh: '某会计师事务所（第三方评价机构）', en: null });
    await call('POST', `${URL}/${e.evaluationId}/publish`, 'bureau', { expectedVersion: 1 });
    const changed = await call('PUT', `${URL}/${e.evaluationId}`, 'bureau', { ...AUDIT, kind: 'PERFORMANCE_EVALUATION', bodyZh: '某会计师事务所（第三方评价机构）', expectedVersion: 2 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().evaluation).toMatchObject({ version: 3, published: true, conclusion: 'PROBLEMS_RECTIFIED', rectifiedOn: '2026-05-10' });
    const lost = await call('PUT', `${URL}/${e.evaluationId}`, 'bureau', { ...AUDIT, expectedVersion: 2 });
    expect(lost.json().error.code).toBe('STATISTICS_FUND_EVALUATION_CONFLICT');

    const versions = await fundEvaluationVersions(getDb(), e.evaluationId);
    expect(versions.map((v) => [v.version, v.content.conclusion, v.content.published])).toEqual([
      [1, 'RECTIFICATION_IN_PROGRESS', false], [2, 'RECTIFICATION_IN_PROGRESS', true], [3, 'PROBLEMS_RECTIFIED', true],
    ]);
    const events = await getDb().query<{ type: string }>('SELECT type FROM audit_events WHERE subject = $1 ORDER BY seq', [e.evaluationId]);
    expect(events.map((x) => x.type)).toEqual(['STATISTICS_FUND_EVALUATION_RECORDED', 'STATISTICS_FUND_EVALUATION_PUBLISHED', 'STATISTICS_FUND_EVALUATION_CHANGED']);
  });

  it('lets only the SME bureau record, change and publish; officials and auditors read the unpublished list, others are refused', async () => {
    for (const who of ['dept-miit', 'auditor', 'enterprise', 'bank']) {
      const res = await call('POST', URL, who, AUDIT);
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.message.zh).toContain('仅中小企业主管部门');
    }
    expect((await call('POST', URL, null, AUDIT)).statusCode).toBe(401);
    expect((await call('GET', `${URL}/${YEAR}`, 'enterprise')).statusCode).toBe(403);
    expect((await call('GET', `${URL}/${YEAR}`, 'dept-miit')).statusCode).toBe(200);
  });

  it('refuses bad input with bilingual messages: an unknown fund named, a report in the future, rectification that does not fit the conclusion', async () => {
    const unknown = await call('POST', URL, 'bureau', { ...AUDIT, fundId: 'no-such-fund-2025' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'STATISTICS_FUND_NOT_FOUND', message: { zh: expect.stringContaining('no-such-fund-2025'), en: expect.stringContaining('no-such-fund-2025') } });

    const tomorrow = new Date(Date.parse(`${today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await call('POST', URL, 'bureau', { ...AUDIT, reportDate: tomorrow, rectifiedOn: null, conclusion: 'NO_MAJOR_PROBLEM' });
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('STATISTICS_FUND_EVALUATION_INVALID');
    expect(future.json().error.message.zh).toContain(`报告日期 ${tomorrow} 晚于今天`);
    expect(future.json().error.message.en).toContain(`report date ${tomorrow} is after today`);

    const noDate = await call('POST', URL, 'bureau', { ...AUDIT, rectifiedOn: null });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.json().error.message.zh).toContain('整改完成日期');
    const noRectification = await call('POST', URL, 'bureau', { ...AUDIT, conclusion: 'RECTIFICATION_IN_PROGRESS', rectification: '', rectifiedOn: null });
    expect(noRectification.json().error.details.problems.map((p: { field: string }) => p.field)).toEqual(['rectification']);
    const early = await call('POST', URL, 'bureau', { ...AUDIT, rectifiedOn: '2026-01-01' });
    expect(early.json().error.message.en).toContain('before the report date');

    const badKind = await call('POST', URL, 'bureau', { ...AUDIT, kind: 'INSPECTION' });
    expect(badKind.statusCode).toBe(400);
    const badDate = await call('POST', URL, 'bureau', { ...AUDIT, reportDate: '2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect((await call('PUT', `${URL}/fe-no-such-result`, 'bureau', { ...AUDIT, expectedVersion: 1 })).json().error.code).toBe('STATISTICS_FUND_EVALUATION_NOT_FOUND');
    const [{ n } = { n: -1 }] = await getDb().query<{ n: number }>('SELECT count(*)::int AS n FROM fund_evaluations WHERE fund_id <> $1', [FUND]);
    expect(n).toBe(0);
  });

  it('names the year\'s published results in section (二) of the annual report', async () => {
    const res = await call('GET', `/api/statistics/reports/${YEAR}`, 'bureau');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const funds = res.json().sections[1].paragraphs.join('');
    expect(funds).toContain('2025 年扶持资金已向社会公布的绩效评估和审计结果 2 项');
    expect(funds).toContain('深圳市审计局对“2025年评估测试资金”的审计（报告日期 2026-03-02）：发现问题，已整改（2026-05-10 整改完成）');
    expect(funds).not.toMatch(/AUDIT|PROBLEMS_RECTIFIED/);
    // The third-party evaluation pack carries the same published results.
    const pack = await call('GET', `/api/statistics/evaluation-pack/${YEAR}`, 'auditor');
    expect(pack.statusCode, pack.body.slice(0, 300)).toBe(200);
    expect(pack.json().fundEvaluations.map((e: { fundId: string; kind: string }) => `${e.fundId} ${e.kind}`).sort()).toEqual([`${FUND} AUDIT`, `${FUND} PERFORMANCE_EVALUATION`]);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
