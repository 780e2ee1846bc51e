import { createPolicyDraft, publishPolicyDraft, submitPolicyDraft, type Database, type PolicyDraftContent } from '@huiqi/db';
import { enqueueNoticeJobs, validateDraftConditions } from '@huiqi/api';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:policies-publish';
export const DEMO_PUBLISHED_POLICY_KEY = 'demo-sme-digital-upgrade';

/** A policy drafted by the 工信局 officer and published by the SME bureau; the demo enterprise (5300万元, 85 people) qualifies. */
function demoContent(departmentId: string, jurisdiction: string): PolicyDraftContent {
  return {
    titleZh: '中小企业数字化改造补助（演示）',
    titleEn: 'SME digital upgrade grant (demo)',
    summaryZh: '对营业收入不超过1亿元、从业人员不少于10人的中小企业，按数字化改造投入给予补助。',
    summaryEn: 'A grant on digital-upgrade spending for SMEs with revenue up to 100M yuan and at least 10 employees.',
    departmentId,
    jurisdiction,
    effectiveFrom: '2026-01-01',
    effectiveUntil: '2027-12-31',
    channel: 'ONLINE_APPLICATION',
    topics: ['DIGITAL'],
    conditions: [
      { id: 'revenue', labelZh: '营业收入不超过1亿元', labelEn: 'Revenue at most 100M yuan', when: 'revenue <= wan_yuan(10000)', cite: 'cn/law/sme-promotion#art_2' },
      { id: 'staff', labelZh: '从业人员不少于10人', labelEn: 'At least 10 employees', when: 'employees >= 10', cite: 'cn/law/sme-promotion#art_2' },
    ],
  };
}

/** One published demo policy with its notice jobs queued (the server's job runner then fills the inbox). */
export const publicationDemoSeed: ModuleDemoSeed = {
  id: 'policies-publish',
  async run(db: Database) {
    const users = await db.query<{ username: string; id: string; department_id: string; jurisdiction: string }>(
      "SELECT username, id, department_id, jurisdiction FROM users WHERE username IN ('dept-miit', 'bureau')",
    );
    const author = users.find((u) => u.username === 'dept-miit');
    const reviewer = users.find((u) => u.username === 'bureau');
    if (!author || !reviewer) return; // not the demo city
    const content = demoContent(author.department_id, author.jurisdiction);
    // Seeded before (every start from a demo copy): skip checking the conditions, which loads the rule base and the law library.
    const [seeded] = await db.query('SELECT 1 FROM app_settings WHERE key = $1', [MARKER]);
    if (seeded) return;
    await validateDraftConditions(DEMO_PUBLISHED_POLICY_KEY, content);
    await db.transaction(async (tx) => {
      const [done] = await tx.query('SELECT value FROM app_settings WHERE key = $1 FOR UPDATE', [MARKER]);
      if (done) return;
      const created = await createPolicyDraft(tx, { policyKey: DEMO_PUBLISHED_POLICY_KEY, ...content }, author.id);
      if (!created.ok) throw new Error(`demo policy not drafted: ${created.reason}`);
      await submitPolicyDraft(tx, created.value.id, author.id);
      const published = await publishPolicyDraft(tx, created.value.id, reviewer.id);
      if (!published.ok) throw new Error(`demo policy not published: ${published.reason}`);
      const jobs = await enqueueNoticeJobs(tx, created.value.id);
      await tx.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb)', [MARKER, JSON.stringify({ draftId: created.value.id, noticeJobs: jobs })]);
    });
  },
};
