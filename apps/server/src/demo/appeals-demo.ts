import { findUserById, type Database, type User } from '@huiqi/db';
import { actorOf, performAppealAction, submitAppeal, type SubmissionDraft } from '@huiqi/api';
import type { ModuleDemoSeed } from './module-demo-seeds';

const MARKER = 'demo:appeals';

const ARREARS_FORM = {
  contract: { number: 'HT-2025-0187', title: '检测设备采购合同', signedOn: '2025-09-01', agreedPaymentDays: 30, agreedDailyInterestRate: null, paymentTrigger: 'ACCEPTANCE', isSmeDeclaredAtSigning: true },
  debtor: { name: '某市示例研究院', uscc: null, kind: 'PUBLIC_INSTITUTION' },
  deliveredOn: '2025-10-10',
  acceptedOn: '2025-10-20',
  amountFen: 128_000_000,
  payments: [{ paidOn: '2025-12-01', amountFen: 28_000_000 }],
  claim: '请求督促对方支付剩余货款100万元及逾期利息。',
};

type Step = [username: string, type: string, payload: Record<string, unknown>];
interface DemoAppeal {
  key: string;
  draft: Omit<SubmissionDraft, 'reporter' | 'attachmentIds' | 'relatedCaseId'>;
  steps: Step[];
}

/** Fictional appeals of the demo enterprise in different states (every step by the demo logins). */
const DEMO_APPEALS: DemoAppeal[] = [
  { key: 'demo-appeal-01', draft: { type: 'REQUEST', title: '新建厂房消防验收久拖未办', description: '我司南山新厂房消防验收申请已提交两个月仍无结果，影响投产，请协调。', isAnonymous: false, arrears: null }, steps: [] },
  {
    key: 'demo-appeal-02',
    draft: { type: 'REQUEST', title: '技术改造补贴资金拨付进度', description: '2025年技改项目已通过验收，补贴资金尚未拨付，请告知进度。', isAnonymous: false, arrears: null },
    steps: [['bureau', 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-miit', coHandlers: [], note: '请工信局牵头办理' }]],
  },
  {
    key: 'demo-appeal-03',
    draft: { type: 'POLICY_QUESTION', title: '专精特新企业认定条件咨询', description: '我司研发投入占比5.6%，是否满足市级专精特新企业认定条件？', isAnonymous: false, arrears: null },
    steps: [
      ['bureau', 'ACCEPTED', { note: null }],
      ['bureau', 'ANSWERED', { text: '经核，贵司研发投入占比符合条件，可于每年申报期内通过本平台申报。', attachments: [] }],
    ],
  },
  {
    key: 'demo-appeal-04',
    draft: { type: 'ARREARS_COMPLAINT', title: '研究院拖欠检测设备款', description: '设备验收合格后对方逾期未付剩余货款。', isAnonymous: false, arrears: ARREARS_FORM as never },
    steps: [],
  },
  {
    key: 'demo-appeal-05',
    draft: { type: 'INSPECTION_COMPLAINT', title: '同一事项一月内重复检查', description: '同一检查事项一个月内被不同科室检查三次，影响正常经营。', isAnonymous: true, arrears: null },
    steps: [['bureau', 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-commerce', coHandlers: [], note: null }]],
  },
  {
    key: 'demo-appeal-06',
    draft: { type: 'REQUEST', title: '园区道路施工影响货车通行', description: '园区门口道路施工三个月，货车无法进出，请协调施工时段。', isAnonymous: false, arrears: null },
    steps: [
      ['bureau', 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-futian', coHandlers: [], note: null }],
      ['dept-futian', 'ANSWERED', { text: '已协调施工单位夜间施工，白天保留货车通道。', attachments: [] }],
      ['enterprise', 'RATED', { satisfaction: 'SATISFIED', isResolved: true, comment: '处理及时' }],
      ['bureau', 'CLOSED', { note: null }],
    ],
  },
];

async function userByName(db: Database, username: string): Promise<User> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  const user = row ? await findUserById(db, row.id) : null;
  if (!user) throw new Error(`demo user ${username} missing: load the demo city first`);
  return user;
}

/**
 * Demo appeals (idempotent twice over: the `demo:appeals` marker, and each case's own
 * idempotency key and step ids, so an interrupted seed completes without doubling anything).
 */
export const appealsDemoSeed: ModuleDemoSeed = {
  id: 'appeals',
  async run(db) {
    const [done] = await db.query('SELECT 1 AS one FROM app_settings WHERE key = $1', [MARKER]);
    if (done) return;
    const enterprise = await userByName(db, 'enterprise');
    for (const demo of DEMO_APPEALS) {
      const out = await submitAppeal(db, {
        actor: actorOf(enterprise)!,
        submitterScope: `user:${enterprise.id}`,
        idempotencyKey: demo.key,
        auditUserId: enterprise.id,
        draft: {
          ...demo.draft,
          relatedCaseId: null,
          attachmentIds: [],
          reporter: { userId: enterprise.id, enterpriseId: enterprise.uscc, enterpriseName: enterprise.enterpriseName, uscc: enterprise.uscc, contactName: '李经理', contactPhone: '13800000000', contactEmail: null },
        },
      });
      for (const [i, [username, type, payload]] of demo.steps.entries()) {
        await performAppealAction(db, await userByName(db, username), out.trackingNumber, { id: `${demo.key}-step-${i + 1}`, type: type as never, payload });
      }
    }
    await db.query('INSERT INTO app_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING', [MARKER, JSON.stringify({ seededAt: new Date().toISOString(), appeals: DEMO_APPEALS.length })]);
  },
};
