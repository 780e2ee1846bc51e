import { plainDate } from '@huiqi/kernel';
import type { Database } from '@huiqi/db';
import { actOnConsultation, draftTree, openConsultation } from '@huiqi/api';
import type { ConsultationActor } from '@huiqi/workflows';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:consultation-sz-sme-2025';
export const DEMO_CONSULTATION_WORK = 'cn-gd-sz/regulation/sme-promotion';
const VERSION = '2025-01-23';

/** The explanatory note (说明, annex 2 of the notice) as plain text, from the law library. */
function explanatoryNote(): string {
  const tree = draftTree(DEMO_CONSULTATION_WORK, VERSION);
  const block = tree?.children.find((n) => n.type === 'block' && n.role === 'explanation');
  return block && block.type === 'block' ? block.paragraphs.map((p) => p.text).join('\n') : '见附件2《关于〈深圳经济特区中小企业发展促进条例（征求意见稿）〉的说明》';
}

/** Sample comments (demo data, not real submissions): on 第七十一条, 第七十六条 and the whole draft. */
const DEMO_COMMENTS: { at: string; targetEid: string | null; text: string; proposedWording: string | null; who: 'enterprise' | 'public' }[] = [
  { at: '2025-02-05T10:12:00+08:00', targetEid: 'art_71', text: '建议明确意见采纳情况反馈的期限和方式，例如在政府网站公开反馈。', proposedWording: '……并在征求意见结束后三十日内通过政府网站公开反馈意见采纳情况。', who: 'enterprise' },
  { at: '2025-02-10T15:40:00+08:00', targetEid: 'art_76', text: '建议对拖欠中小企业账款的处理时限作出规定。', proposedWording: null, who: 'enterprise' },
  { at: '2025-02-18T09:05:00+08:00', targetEid: null, text: '总体赞成修改，建议进一步简化惠企政策申报材料。', proposedWording: null, who: 'public' },
];

/**
 * The consultation of seed 000 with its real notice dates (深圳市司法局, 2025-01-23, comments until
 * 2025-02-26) on the whole draft, opened by the SME bureau (the drafting department, as the notice
 * says) with demo comments, and the period ended: officers can moderate and answer in the demo.
 */
export const consultationDemoSeed: ModuleDemoSeed = {
  id: 'consultation',
  async run(db: Database) {
    const [done] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER]);
    if (done) return;
    const users = await db.query<{ username: string; id: string; display_name: string; department_id: string | null; enterprise_name: string | null }>(
      "SELECT u.username, u.id, u.display_name, u.department_id, e.name AS enterprise_name FROM users u LEFT JOIN enterprises e ON e.uscc = u.uscc WHERE u.username IN ('bureau', 'enterprise')",
    );
    const bureau = users.find((u) => u.username === 'bureau');
    const firm = users.find((u) => u.username === 'enterprise');
    if (!bureau?.department_id || !firm || !draftTree(DEMO_CONSULTATION_WORK, VERSION)) return; // not the demo city
    const officer: ConsultationActor = { kind: 'OFFICER', id: bureau.id, displayName: bureau.display_name, departmentId: bureau.department_id };
    const enterprise: ConsultationActor = { kind: 'ENTERPRISE', id: firm.id, displayName: firm.enterprise_name ?? firm.display_name, departmentId: null };
    const citizen: ConsultationActor = { kind: 'PUBLIC', id: 'demo-contact-1', displayName: '演示市民', departmentId: null };
    const c = await openConsultation(db, officer, {
      consultationId: 'cs-demo-sz-sme-2025',
      draft: { kind: 'REGULATION', workId: DEMO_CONSULTATION_WORK, versionId: VERSION },
      title: '关于公开征求《深圳经济特区中小企业发展促进条例（征求意见稿）》意见的通告',
      issuingBody: '深圳市司法局',
      ownerDepartment: bureau.department_id,
      jurisdiction: 'cn-gd-sz',
      contact: { name: null, phone: null, email: 'chensj@sf.sz.gov.cn', address: '深圳市福田区景田路72号天平大厦1611室（邮政编码：518034），信封注明“立法征求意见”' },
      startDate: plainDate('2025-01-23'),
      endDate: plainDate('2025-02-26'),
      explanatoryNote: explanatoryNote(),
      isIdentityPublished: false,
      shortPeriodReason: null,
    }, '2025-01-23T09:00:00+08:00');
    let n = 0;
    for (const x of DEMO_COMMENTS) {
      await actOnConsultation(db, c.consultationId, 'COMMENT_SUBMITTED', x.who === 'enterprise' ? enterprise : citizen, { commentId: `cm-demo-${++n}`, targetEid: x.targetEid, text: x.text, proposedWording: x.proposedWording, attachment: null }, { at: x.at, actionId: `demo-comment-${n}` });
    }
    await actOnConsultation(db, c.consultationId, 'PERIOD_ENDED', { kind: 'SYSTEM', id: 'system', displayName: '系统', departmentId: null }, {}, { at: '2025-02-27T00:05:00+08:00', actionId: 'demo-period-ended' });
    await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ consultationId: c.consultationId })]);
  },
};
