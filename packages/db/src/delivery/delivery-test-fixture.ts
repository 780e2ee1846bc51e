/** Test data for the delivery tests (not exported): a published policy, enterprises and their notices on a database with the demo city. */
import type { Database } from '../database';
import { createEnterprise } from '../enterprises/create-enterprise';
import { fakeUscc, profileFixture } from '../testing/fixtures';
import { createPolicyDraft, publishPolicyDraft, submitPolicyDraft } from '../publication/policy-drafts-write';
import { insertNotices, type NewNotice } from '../publication/policy-notices';

let seq = 0;

async function userId(db: Database, username: string): Promise<{ id: string; departmentId: string; jurisdiction: string }> {
  const [u] = await db.query<{ id: string; department_id: string; jurisdiction: string }>('SELECT id, department_id, jurisdiction FROM users WHERE username = $1', [username]);
  if (!u) throw new Error(`demo user ${username} missing: seed the demo city first`);
  return { id: u.id, departmentId: u.department_id, jurisdiction: u.jurisdiction };
}

/** A policy drafted by dept-miit and published by the bureau, with these topics; returns its draft id. */
export async function publishTestPolicy(db: Database, topics: string[]): Promise<string> {
  const miit = await userId(db, 'dept-miit');
  const bureau = await userId(db, 'bureau');
  const policyKey = `delivery-test-${Date.now().toString(36)}-${seq++}`;
  const created = await db.transaction((tx) => createPolicyDraft(tx, {
    policyKey, titleZh: '数字化转型补贴', titleEn: 'Digital transformation grant', summaryZh: '', summaryEn: '', departmentId: miit.departmentId,
    jurisdiction: miit.jurisdiction, effectiveFrom: '2025-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics,
    conditions: [{ id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= 10000000 yuan', cite: 'cn-sme-promotion-law@2017#art-2' }],
  }, miit.id));
  if (!created.ok) throw new Error(created.reason);
  await db.transaction((tx) => submitPolicyDraft(tx, created.value.id, miit.id));
  const published = await db.transaction((tx) => publishPolicyDraft(tx, created.value.id, bureau.id));
  if (!published.ok) throw new Error(published.reason);
  return created.value.id;
}

export async function newEnterprise(db: Database): Promise<string> {
  const uscc = fakeUscc();
  await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture(), null));
  return uscc;
}

/** Inserts the enterprise's notice of the policy and returns its id. */
export async function addNotice(db: Database, draftId: string, uscc: string, kind: NewNotice['kind'] = 'ELIGIBLE', missing: string[] = []): Promise<number> {
  await db.transaction((tx) => insertNotices(tx, draftId, [{ uscc, kind, missing }]));
  const [row] = await db.query<{ id: number }>('SELECT id FROM policy_notices WHERE uscc = $1 AND draft_id = $2', [uscc, draftId]);
  return row!.id;
}
