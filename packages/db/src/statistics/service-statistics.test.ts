import { expect, it } from 'vitest';
import { DEMO_ENTERPRISE_USCC } from '../demo/demo-city';
import { seedDemoCity } from '../demo/seed-demo-city';
import { describeEachEngine } from '../testing/engines';
import { consultationsByDepartment, financingByInstitution, inspectionsByDepartment } from './service-statistics';

/**
 * The inspections, financing and consultation aggregates of the statistics module on both engines,
 * over rows written straight into those modules' tables: what each counts, the period bounds
 * (Beijing dates, both inclusive) and what is left out (cancelled plans, withdrawn comments,
 * answers superseded by a later one).
 */
const U = DEMO_ENTERPRISE_USCC;
const Y = 2025;

describeEachEngine('statistics: inspections, financing and consultation aggregates', (getDb) => {
  it('counts inspections planned (drawn targets of the year, cancelled plans left out), done and with findings per department', async () => {
    const db = getDb();
    const plan = (id: string, status: string, year = Y) => db.query(
      `INSERT INTO inspection_plans (id, department_id, kind, year, title, status, projection, version, updated_at) VALUES ($1, 'dept-miit', 'ANNUAL', $2, '统计测试计划', $3, '{}'::jsonb, 1, now())`, [id, year, status]);
    await plan('ip-stats-drawn1', 'DRAWN');
    await plan('ip-stats-cancel', 'CANCELLED');
    await plan('ip-stats-lastyr', 'CLOSED', Y - 1);
    const digest = 'a'.repeat(64);
    const target = (planId: string, uscc: string) => db.query(
      `INSERT INTO inspection_targets (plan_id, uscc, stratum, rank, digest, inspectors) VALUES ($1, $2, 'ALL', 1, $3, '[]'::jsonb)`, [planId, uscc, digest]);
    await target('ip-stats-drawn1', U);
    await target('ip-stats-drawn1', '91440300MA5TJ00003');
    await target('ip-stats-cancel', U);
    await target('ip-stats-lastyr', U);
    const visit = async (id: string, dept: string, on: string, outcome: string) => {
      await db.query(
        `INSERT INTO inspection_visits (id, department_id, uscc, plan_id, item_ids, inspector_ids, is_emergency, emergency_reason, registered_at)
         VALUES ($1, $2, $3, NULL, ARRAY['ii-stats-item-1'], ARRAY['i1', 'i2'], true, '统计测试', now())`, [id, dept, U]);
      await db.query(
        `INSERT INTO inspection_results (visit_id, department_id, uscc, outcome, summary, inspected_on, publish_due, recorded_at)
         VALUES ($1, $2, $3, $4, '统计测试', $5::date, $5::date, now())`, [id, dept, U, outcome, on]);
    };
    await visit('it-stats-0001', 'dept-miit', `${Y}-03-10`, 'NO_PROBLEM');
    await visit('it-stats-0002', 'dept-miit', `${Y}-06-30`, 'ORDERED_TO_RECTIFY');
    await visit('it-stats-0003', 'dept-miit', `${Y}-07-01`, 'PROBLEM_FOUND');
    await visit('it-stats-0004', 'dept-commerce', `${Y}-01-01`, 'CASE_OPENED');

    const rows = await inspectionsByDepartment(db, Y, `${Y}-01-01`, `${Y}-06-30`);
    expect(rows).toEqual([
      { departmentId: 'dept-commerce', departmentZh: '市商务局', planned: 0, done: 1, withFindings: 1 },
      { departmentId: 'dept-miit', departmentZh: '市工业和信息化局', planned: 2, done: 2, withFindings: 1 },
    ]);
    expect((await inspectionsByDepartment(db, Y, `${Y}-01-01`, `${Y}-12-31`)).find((r) => r.departmentId === 'dept-miit')).toMatchObject({ done: 3, withFindings: 2 });
  });

  it('counts financing demands by the institution that took them, loans, first loans and credit loans with amounts in fen', async () => {
    const db = getDb();
    const demand = (id: string, fen: number, at: string, takenBy: string | null) => db.query(
      `INSERT INTO financing_demands (demand_id, uscc, status, amount_fen, term_months, purpose, collateral, urgency, taken_by, published_at, updated_at, version)
       VALUES ($1, $2, 'PUBLISHED', $3, 12, '流动资金', 'NONE', 'NORMAL', $4, $5::timestamptz, now(), 1)`, [id, U, fen, takenBy, at]);
    // 2025-03-31T17:00Z is 1 April in Beijing: outside a March period.
    await demand('fd-stats-1', 50_000_000, `${Y}-03-02T02:00:00Z`, 'bank-demo');
    await demand('fd-stats-2', 30_000_000, `${Y}-03-05T02:00:00Z`, 'bank-demo');
    await demand('fd-stats-3', 20_000_000, `${Y}-03-06T02:00:00Z`, null);
    await demand('fd-stats-4', 10_000_000, `${Y}-03-31T17:00:00Z`, null);
    const loan = (id: string, fen: number, first: boolean, kind: string, on: string) => db.query(
      `INSERT INTO financing_loans (demand_id, uscc, institution_id, granted_amount_fen, annual_rate_percent, term_months, is_first_loan, kind, granted_on, recorded_at)
       VALUES ($1, $2, 'bank-demo', $3, '3.45', 12, $4, $5, $6::date, now())`, [id, U, fen, first, kind, on]);
    await loan('fd-stats-1', 40_000_000, true, 'CREDIT', `${Y}-03-20`);
    await loan('fd-stats-2', 30_000_000, false, 'SECURED', `${Y}-03-31`);

    const rows = await financingByInstitution(db, `${Y}-03-01`, `${Y}-03-31`);
    expect(rows).toEqual([
      { institutionId: 'bank-demo', institutionZh: '某银行深圳分行', demands: 2, demandFen: 80_000_000, loans: 2, loanFen: 70_000_000, firstLoans: 1, firstLoanFen: 40_000_000, creditLoans: 1, creditLoanFen: 40_000_000 },
      { institutionId: null, institutionZh: null, demands: 1, demandFen: 20_000_000, loans: 0, loanFen: 0, firstLoans: 0, firstLoanFen: 0, creditLoans: 0, creditLoanFen: 0 },
    ]);
  });

  it('counts consultations opened, opinions (withdrawn left out), the latest answers and feedback published on time', async () => {
    const db = getDb();
    const consultation = (id: string, opened: string, end: string, status: string) => db.query(
      `INSERT INTO consultations (consultation_id, work_id, version_id, draft_kind, title, issuing_body, owner_department, jurisdiction, status, start_date, end_date, opened_at, updated_at, version)
       VALUES ($1, 'cn-gd-sz/test', 'v1', 'POLICY_DOCUMENT', '统计测试征求意见', '市中小企业服务局', 'dept-sme', 'cn-gd-sz', $2, $3, $4, $5::timestamptz, now(), 1)`,
      [id, status, opened.slice(0, 10), end, opened]);
    await consultation('cs-stats-a', `${Y}-02-01T02:00:00Z`, `${Y}-02-28`, 'CLOSED');
    await consultation('cs-stats-b', `${Y}-04-01T02:00:00Z`, `${Y}-04-30`, 'PROCESSING');
    await consultation('cs-stats-c', `${Y}-05-01T02:00:00Z`, `${Y}-05-30`, 'CANCELLED');
    let seq = 0;
    const act = (cid: string, type: string, at: string, payload: object) => db.query(
      `INSERT INTO consultation_actions (consultation_id, seq, action_id, type, occurred_at, at_text, actor, actor_id, payload, computed, recorded_at)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $7, '{}'::jsonb, 'someone', $6::jsonb, '{}'::jsonb, now())`,
      [cid, ++seq, `act-${seq}`, type, at, JSON.stringify(payload), at]);
    await act('cs-stats-a', 'COMMENT_SUBMITTED', `${Y}-02-03T02:00:00Z`, { commentId: 'c1' });
    await act('cs-stats-a', 'COMMENT_SUBMITTED', `${Y}-02-04T02:00:00Z`, { commentId: 'c2' });
    await act('cs-stats-a', 'COMMENT_SUBMITTED', `${Y}-02-05T02:00:00Z`, { commentId: 'c3' });
    await act('cs-stats-a', 'COMMENT_WITHDRAWN', `${Y}-02-06T02:00:00Z`, { commentId: 'c3' });
    await act('cs-stats-a', 'OPINION_ANSWERED', `${Y}-03-02T02:00:00Z`, { commentId: 'c1', outcome: 'NOT_ADOPTED', reason: '—' });
    await act('cs-stats-a', 'OPINION_ANSWERED', `${Y}-03-03T02:00:00Z`, { commentId: 'c1', outcome: 'ADOPTED', reason: '—' });
    await act('cs-stats-a', 'OPINION_ANSWERED', `${Y}-03-03T02:00:00Z`, { commentId: 'c2', outcome: 'PARTLY_ADOPTED', reason: '—' });
    // Period ended 28 February: with a 30-day target the feedback is due on 30 March; published 10 March.
    await act('cs-stats-a', 'FEEDBACK_PUBLISHED', `${Y}-03-10T02:00:00Z`, {});
    await act('cs-stats-b', 'COMMENT_SUBMITTED', `${Y}-04-02T02:00:00Z`, { commentId: 'c1' });
    await act('cs-stats-b', 'OPINION_ANSWERED', `${Y}-05-10T02:00:00Z`, { commentId: 'c1', outcome: 'NOT_ADOPTED', reason: '—' });

    const [all] = await consultationsByDepartment(db, `${Y}-01-01`, `${Y}-12-31`, 30);
    // b's feedback was due on 30 May and is not published: late by the end of the year.
    expect(all).toEqual({
      departmentId: 'dept-sme', departmentZh: '市中小企业服务局', opened: 3, opinions: 3, answered: 3, adopted: 1, partlyAdopted: 1,
      feedbackDue: 2, feedbackOnTime: 1, feedbackLate: 1,
    });
    // By the end of April: b is not due yet; the later answer and b's comment are outside.
    const [april] = await consultationsByDepartment(db, `${Y}-01-01`, `${Y}-04-30`, 30);
    expect(april).toMatchObject({ opened: 2, opinions: 3, answered: 2, adopted: 1, partlyAdopted: 1, feedbackDue: 1, feedbackOnTime: 1, feedbackLate: 0 });
    // A 5-day target makes a's feedback (published 10 days after the period) late.
    const [strict] = await consultationsByDepartment(db, `${Y}-01-01`, `${Y}-04-30`, 5);
    expect(strict).toMatchObject({ feedbackOnTime: 0, feedbackLate: 1 });
  });
}, { setup: async (db) => {
  await seedDemoCity(db);
  await db.query(`INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
    VALUES ('91440300MA5TJ00003', '统计测试企业', '深圳市福田区', 'cn-gd-sz-futian', 'I6510', '2020-01-01', 'SMALL_SCALE', false, '{}', 1, now())`);
} });
