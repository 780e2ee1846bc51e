import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { listAuditEvents } from '../audit/list-audit-events';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { Database } from '../database';
import {
  amendPolicy, createPolicyDraft, editPolicyDraft, getPolicyDraft, listPolicyDraftActions, listPublishedPolicies, publishPolicyDraft,
  returnPolicyDraft, submitPolicyDraft, withdrawPolicy, type PolicyDraftContent,
} from './index';

async function official(db: Database, username: string): Promise<{ id: string; departmentId: string; jurisdiction: string }> {
  const [u] = await db.query<{ id: string; department_id: string; jurisdiction: string }>('SELECT id, department_id, jurisdiction FROM users WHERE username = $1', [username]);
  return { id: u!.id, departmentId: u!.department_id, jurisdiction: u!.jurisdiction };
}

const content = (departmentId: string, jurisdiction: string, over: Partial<PolicyDraftContent> = {}): PolicyDraftContent => ({
  titleZh: '专精特新研发补助', titleEn: 'R&D grant for specialised SMEs', summaryZh: '按研发投入给予补助', summaryEn: 'A grant on R&D spending',
  departmentId, jurisdiction, effectiveFrom: '2025-01-01', effectiveUntil: '2027-12-31', channel: 'ONLINE_APPLICATION', topics: ['RND'],
  conditions: [{ id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= 10000000 yuan', cite: 'cn-sme-promotion-law@2017#art-2' }],
  ...over,
});

let seq = 0;
const key = () => `test-policy-${Date.now().toString(36)}-${seq++}`;

describeEachEngine('policy drafts lifecycle', (getDb) => {
  it('drafts, edits, submits, and a second official publishes; every step logged and audited', async () => {
    const db = getDb();
    const miit = await official(db, 'dept-miit');
    const bureau = await official(db, 'bureau');
    const k = key();
    const created = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: k, ...content(miit.departmentId, miit.jurisdiction) }, miit.id));
    if (!created.ok) throw new Error(created.reason);
    expect(created.value).toMatchObject({ policyKey: k, version: 1, status: 'DRAFTED', authorUserId: miit.id });
    const id = created.value.id;

    const edited = await db.transaction((tx) => editPolicyDraft(tx, id, content(miit.departmentId, miit.jurisdiction, { titleZh: '研发补助（修订）' }), miit.id));
    expect(edited.ok && edited.value.titleZh).toBe('研发补助（修订）');

    expect((await db.transaction((tx) => publishPolicyDraft(tx, id, bureau.id)))).toMatchObject({ ok: false, reason: 'WRONG_STATUS', status: 'DRAFTED' });
    expect((await db.transaction((tx) => submitPolicyDraft(tx, id, miit.id))).ok).toBe(true);
    expect(await db.transaction((tx) => editPolicyDraft(tx, id, content(miit.departmentId, miit.jurisdiction), miit.id))).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
    // The author cannot publish their own policy.
    expect(await db.transaction((tx) => publishPolicyDraft(tx, id, miit.id))).toMatchObject({ ok: false, reason: 'SAME_OFFICIAL' });
    const published = await db.transaction((tx) => publishPolicyDraft(tx, id, bureau.id));
    if (!published.ok) throw new Error(published.reason);
    expect(published.value.published).toMatchObject({ status: 'PUBLISHED', publishedByUserId: bureau.id });
    expect(published.value.supersedes).toBeNull();
    expect((await listPublishedPolicies(db, '2026-01-01')).map((p) => p.id)).toContain(id);
    expect((await listPublishedPolicies(db, '2028-01-01')).map((p) => p.id)).not.toContain(id);

    const actions = await listPolicyDraftActions(db, id);
    expect(actions.map((a) => `${a.action}:${a.fromStatus ?? '-'}>${a.toStatus}`)).toEqual([
      'DRAFTED:->DRAFTED', 'EDITED:DRAFTED>DRAFTED', 'SUBMITTED_FOR_REVIEW:DRAFTED>SUBMITTED_FOR_REVIEW', 'PUBLISHED:SUBMITTED_FOR_REVIEW>PUBLISHED',
    ]);
    const events = (await listAuditEvents(db, { page: 1, pageSize: 50, subject: id })).items.map((e) => e.type);
    expect(events).toEqual(expect.arrayContaining(['POLICY_DRAFTED', 'POLICY_DRAFT_EDITED', 'POLICY_SUBMITTED_FOR_REVIEW', 'POLICY_PUBLISHED']));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('amends a published policy as a new version; publishing it marks the old one AMENDED', async () => {
    const db = getDb();
    const miit = await official(db, 'dept-miit');
    const bureau = await official(db, 'bureau');
    const k = key();
    const v1 = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: k, ...content(miit.departmentId, miit.jurisdiction) }, miit.id));
    if (!v1.ok) throw new Error(v1.reason);
    await db.transaction((tx) => submitPolicyDraft(tx, v1.value.id, miit.id));
    await db.transaction((tx) => publishPolicyDraft(tx, v1.value.id, bureau.id));
    expect(await db.transaction((tx) => createPolicyDraft(tx, { policyKey: k, ...content(miit.departmentId, miit.jurisdiction) }, miit.id))).toMatchObject({ ok: false, reason: 'KEY_TAKEN' });

    const v2 = await db.transaction((tx) => amendPolicy(tx, v1.value.id, miit.id));
    if (!v2.ok) throw new Error(v2.reason);
    expect(v2.value).toMatchObject({ policyKey: k, version: 2, status: 'DRAFTED' });
    // Only one open draft per policy.
    expect(await db.transaction((tx) => amendPolicy(tx, v1.value.id, miit.id))).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
    await db.transaction((tx) => editPolicyDraft(tx, v2.value.id, content(miit.departmentId, miit.jurisdiction, { effectiveFrom: '2026-01-01' }), miit.id));
    await db.transaction((tx) => submitPolicyDraft(tx, v2.value.id, miit.id));
    const returned = await db.transaction((tx) => returnPolicyDraft(tx, v2.value.id, '请补充条款出处', bureau.id));
    expect(returned.ok && returned.value.status).toBe('DRAFTED');
    await db.transaction((tx) => submitPolicyDraft(tx, v2.value.id, miit.id));
    const pub = await db.transaction((tx) => publishPolicyDraft(tx, v2.value.id, bureau.id));
    expect(pub.ok && pub.value.supersedes?.id).toBe(v1.value.id);
    expect((await getPolicyDraft(db, v1.value.id))?.status).toBe('AMENDED');

    const w = await db.transaction((tx) => withdrawPolicy(tx, v2.value.id, '政策停止执行', bureau.id));
    expect(w.ok && w.value.status).toBe('WITHDRAWN');
    expect(await db.transaction((tx) => withdrawPolicy(tx, v2.value.id, 'again', bureau.id))).toMatchObject({ ok: false, reason: 'WRONG_STATUS' });
    expect((await listPublishedPolicies(db)).some((p) => p.policyKey === k)).toBe(false);
  });

  it('stores the amount, edits it, and carries it into an amended version', async () => {
    const db = getDb();
    const miit = await official(db, 'dept-miit');
    const bureau = await official(db, 'bureau');
    const amount = { labelZh: '补助金额', labelEn: 'Grant', formula: 'min(round(rdExpense * 0.1), wan_yuan(50))', cite: 'cn/law/sme-promotion#art_2' };
    const plain = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: key(), ...content(miit.departmentId, miit.jurisdiction) }, miit.id));
    expect(plain.ok && plain.value.amount).toBeNull();
    const created = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: key(), ...content(miit.departmentId, miit.jurisdiction, { amount }) }, miit.id));
    if (!created.ok) throw new Error(created.reason);
    expect(created.value.amount).toEqual(amount);
    const id = created.value.id;

    // The same amount with its keys in another order is no change (jsonb does not keep key order).
    const { formula, cite, labelEn, labelZh } = amount;
    await db.transaction((tx) => editPolicyDraft(tx, id, content(miit.departmentId, miit.jurisdiction, { amount: { formula, cite, labelEn, labelZh } }), miit.id));
    expect((await listPolicyDraftActions(db, id)).map((a) => a.action)).toEqual(['DRAFTED']);

    const raised = { ...amount, formula: 'min(round(rdExpense * 0.2), wan_yuan(80))' };
    const edited = await db.transaction((tx) => editPolicyDraft(tx, id, content(miit.departmentId, miit.jurisdiction, { amount: raised }), miit.id));
    expect(edited.ok && edited.value.amount).toEqual(raised);
    expect((await listPolicyDraftActions(db, id)).map((a) => `${a.action}:${a.note ?? ''}`)).toEqual(['DRAFTED:', 'EDITED:amount']);

    await db.transaction((tx) => submitPolicyDraft(tx, id, miit.id));
    await db.transaction((tx) => publishPolicyDraft(tx, id, bureau.id));
    const v2 = await db.transaction((tx) => amendPolicy(tx, id, miit.id));
    expect(v2.ok && v2.value.amount).toEqual(raised);
    if (!v2.ok) throw new Error(v2.reason);
    const removed = await db.transaction((tx) => editPolicyDraft(tx, v2.value.id, content(miit.departmentId, miit.jurisdiction, { amount: null }), miit.id));
    expect(removed.ok && removed.value.amount).toBeNull();
    expect((await getPolicyDraft(db, v2.value.id))?.amount).toBeNull();
  });

  it('refuses unknown drafts', async () => {
    const db = getDb();
    const miit = await official(db, 'dept-miit');
    expect(await db.transaction((tx) => submitPolicyDraft(tx, '00000000-0000-0000-0000-000000000000', miit.id))).toEqual({ ok: false, reason: 'NOT_FOUND' });
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
