/** Test data for the delivery tests: a published policy, an enterprise with its preferences and its notices (on a database with the demo city). */
import {
  createEnterprise, createPolicyDraft, insertNotices, publishPolicyDraft, saveSubscription, submitPolicyDraft, type Database, type SubscriptionInput,
} from '@huiqi/db';
import { fakeUscc, profileFixture } from '@huiqi/db/testing';

let seq = 0;

async function official(db: Database, username: string): Promise<{ id: string; departmentId: string; jurisdiction: string }> {
  const [u] = await db.query<{ id: string; department_id: string; jurisdiction: string }>('SELECT id, department_id, jurisdiction FROM users WHERE username = $1', [username]);
  if (!u) throw new Error(`demo user ${username} missing: seed the demo city first`);
  return { id: u.id, departmentId: u.department_id, jurisdiction: u.jurisdiction };
}

export async function publishPolicy(db: Database, topics: string[] = ['DIGITAL']): Promise<string> {
  const miit = await official(db, 'dept-miit');
  const bureau = await official(db, 'bureau');
  const created = await db.transaction((tx) => createPolicyDraft(tx, {
    policyKey: `server-delivery-${Date.now().toString(36)}-${seq++}`, titleZh: '中小企业数字化转型补贴', titleEn: 'SME digital transformation grant', summaryZh: '', summaryEn: '',
    departmentId: miit.departmentId, jurisdiction: miit.jurisdiction, effectiveFrom: '2025-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics,
    conditions: [{ id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= 10000000 yuan', cite: 'cn-sme-promotion-law@2017#art-2' }],
  }, miit.id));
  if (!created.ok) throw new Error(created.reason);
  await db.transaction((tx) => submitPolicyDraft(tx, created.value.id, miit.id));
  const published = await db.transaction((tx) => publishPolicyDraft(tx, created.value.id, bureau.id));
  if (!published.ok) throw new Error(published.reason);
  return created.value.id;
}

/** A new enterprise with these preferences and one notice for each policy; returns its uscc. */
export async function subscriberWithNotices(db: Database, preferences: SubscriptionInput, draftIds: string[], kind: 'ELIGIBLE' | 'UNKNOWN' = 'ELIGIBLE'): Promise<string> {
  const uscc = fakeUscc();
  await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture(), null));
  await db.transaction((tx) => saveSubscription(tx, uscc, preferences, null));
  for (const draftId of draftIds) await db.transaction((tx) => insertNotices(tx, draftId, [{ uscc, kind, missing: kind === 'UNKNOWN' ? ['研发费用', '从业人员'] : [] }]));
  return uscc;
}

export const rowsOf = (db: Database, uscc: string) => db.query<{ id: number; channel: string; status: string; attempts: number; last_error: string | null; receipt: string | null; message_text: string | null; reason: string | null }>(
  'SELECT id, channel, status, attempts, last_error, receipt, message_text, reason FROM notice_deliveries WHERE uscc = $1 ORDER BY id', [uscc],
);
