import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import {
  createEnterprise, createPolicyDraft, loadPopulation, publishPolicyDraft, recordYearlyFigures, registryRanges, seedDemoCity, submitPolicyDraft,
  type Database, type PolicyDraft, type PolicyDraftContent,
} from '@huiqi/db';
import { fen, parsePlainDate } from '@huiqi/kernel';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { enqueueNoticeJobs, NOTICE_PARTITION_SIZE, notifyPublication, type NoticeJobPayload } from './notify-publication';
import { outcomesOf } from './reach';
import { policyOfDraft } from './validate-draft';

const TODAY = '2026-11-22';
const cite = 'cn/law/sme-promotion#art_2';

/** Condition shapes of real policies: thresholds, ratios (R&D, growth), size class, tags, a declared fact, a district-only policy. */
const CASES: { key: string; jurisdiction?: string; when: string[] }[] = [
  { key: 'eq-revenue-staff', when: ['revenue <= wan_yuan(6000)', 'employees >= 10'] },
  { key: 'eq-rd-ratio', when: ['rdExpense / revenue >= 0.03', 'revenue >= wan_yuan(500)'] },
  { key: 'eq-growth', when: ['mainBusinessRevenue >= mainBusinessRevenueTwoYearsBefore * 1.1025', 'rdExpense + rdExpenseYearBefore >= wan_yuan(50)'] },
  { key: 'eq-sme-tags', when: ['isSme', "'HIGH_TECH' in tags || 'TECH_SME' in tags || revenueYearBefore < wan_yuan(300)"] },
  { key: 'eq-declared', when: ['yearsInNicheMarket >= 3', 'revenue >= wan_yuan(1000)'] },
  { key: 'eq-nanshan', jurisdiction: 'cn-gd-sz-nanshan', when: ['employees >= 20'] },
];

function content(departmentId: string, jurisdiction: string, when: string[]): PolicyDraftContent {
  return {
    titleZh: '等价性测试政策', titleEn: 'Equivalence test policy', summaryZh: '测试', summaryEn: 'test',
    departmentId, jurisdiction, effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: [],
    conditions: when.map((w, k) => ({ id: `c${k}`, labelZh: `条件${k}`, labelEn: `Condition ${k}`, when: w, cite })),
  };
}

type Notice = { uscc: string; kind: string; missing: string[] };

/** The single-enterprise path over the whole registry: what the notice jobs must insert. */
async function expectedNotices(db: Database, draft: PolicyDraft): Promise<Notice[]> {
  const { rb } = await getRules();
  const [j] = await db.query<{ name_zh: string }>('SELECT name_zh FROM jurisdictions WHERE id = $1', [draft.jurisdiction]);
  const policy = await policyOfDraft(draft.policyKey, draft, ruleJurisdictionOf(rb, draft.jurisdiction, j!.name_zh).id);
  const population = await loadPopulation(db);
  const outcomes = outcomesOf(rb, policy, population, parsePlainDate(TODAY)!);
  return population.flatMap((m, i) => {
    const o = outcomes[i]!;
    return o.status === 'ELIGIBLE' || o.status === 'UNKNOWN' ? [{ uscc: m.profile.uscc, kind: o.status, missing: o.missing }] : [];
  });
}

async function inserted(db: Database, draftId: string): Promise<Notice[]> {
  return db.query<Notice>('SELECT uscc, kind, missing FROM policy_notices WHERE draft_id = $1 ORDER BY uscc', [draftId]);
}

/** Enterprises with what the synthetic demo city never has: unreported R&D or main-business revenue, a year missing between two reported ones, no figures at all. */
async function addOddEnterprises(db: Database): Promise<void> {
  const year = (employees: number, wan: number, rd: number | null, main: number | null) => ({
    employees, revenueFen: fen(wan * 1_000_000), totalAssetsFen: fen(wan * 800_000), rdExpenseFen: rd === null ? null : fen(rd * 1_000_000), mainBusinessRevenueFen: main === null ? null : fen(main * 1_000_000),
  });
  const shapes: [number, ReturnType<typeof year> | null][][] = [
    [[2025, year(30, 2000, null, 1900)], [2024, year(28, 1800, 60, 1700)], [2023, year(25, 1500, 50, 1400)]],
    [[2025, year(40, 3000, 120, null)], [2023, year(30, 2000, 80, 1500)]],
    [[2024, year(12, 800, 30, 700)], [2023, year(10, 600, null, 500)]],
    [[2025, year(15, 900, 40, 880)]],
    [[2025, year(200, 5000, 200, 4800)], [2024, year(180, 4200, null, null)], [2023, year(150, 3000, 100, 2900)]],
    [],
  ];
  await db.transaction(async (tx) => {
    for (const [k, shape] of shapes.entries()) {
      const uscc = fakeUscc();
      await createEnterprise(tx, uscc, profileFixture({ district: k % 2 ? 'cn-gd-sz-nanshan' : 'cn-gd-sz-futian', tags: k === 1 ? ['HIGH_TECH'] : [] }), null);
      for (const [y, f] of shape) if (f) await recordYearlyFigures(tx, uscc, y, f, null);
    }
  });
}

describeEachEngine('notice jobs insert exactly what the single-enterprise path decides (demo city)', (getDb) => {
  let author: string;
  let reviewer: string;
  beforeAll(async () => {
    const db = getDb();
    await seedDemoCity(db);
    await addOddEnterprises(db);
    const users = await db.query<{ id: string; username: string }>("SELECT id, username FROM users WHERE username IN ('dept-miit', 'bureau')");
    author = users.find((u) => u.username === 'dept-miit')!.id;
    reviewer = users.find((u) => u.username === 'bureau')!.id;
  }, 120_000);

  const publish = async (db: Database, key: string, c: PolicyDraftContent): Promise<{ draft: PolicyDraft; jobs: number }> =>
    db.transaction(async (tx) => {
      const created = await createPolicyDraft(tx, { policyKey: key, ...c }, author);
      if (!created.ok) throw new Error(created.reason);
      await submitPolicyDraft(tx, created.value.id, author);
      const published = await publishPolicyDraft(tx, created.value.id, reviewer);
      if (!published.ok) throw new Error(published.reason);
      return { draft: published.value.published, jobs: await enqueueNoticeJobs(tx, created.value.id) };
    });

  it('for each condition shape: same enterprises, same kind, same missing facts', async () => {
    const db = getDb();
    const n = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises'))[0]!.n;
    let unknownSeen = 0;
    for (const c of CASES) {
      const { draft, jobs } = await publish(db, c.key, content('dept-miit', c.jurisdiction ?? 'cn-gd-sz', c.when));
      expect(jobs).toBe(Math.ceil(n / NOTICE_PARTITION_SIZE));
      // The ranges the job queue got, here split finer (700 enterprises) so that several ranges meet.
      const ranges = await registryRanges(db, 700);
      expect(ranges.length).toBe(Math.ceil(n / 700));
      let evaluated = 0;
      for (const [partition, r] of ranges.entries()) {
        const payload: NoticeJobPayload = { draftId: draft.id, ...r, partition, partitions: ranges.length };
        evaluated += (await notifyPublication(db, payload, TODAY)).evaluated;
      }
      expect(evaluated).toBe(n);
      const expected = await expectedNotices(db, draft);
      expect(expected.length, c.key).toBeGreaterThan(0);
      expect(await inserted(db, draft.id), c.key).toEqual(expected);
      unknownSeen += expected.filter((x) => x.kind === 'UNKNOWN').length;
    }
    expect(unknownSeen).toBeGreaterThan(0);
  }, 300_000);

  it('a job queued before uscc ranges (hash partition i of n) is answered by partition 0 alone', async () => {
    const db = getDb();
    const { draft } = await publish(db, 'eq-legacy', content('dept-miit', 'cn-gd-sz', ['revenue <= wan_yuan(3000)']));
    const legacy = (partition: number) => ({ draftId: draft.id, partition, partitions: 3 }) as unknown as NoticeJobPayload;
    expect((await notifyPublication(db, legacy(1), TODAY)).evaluated).toBe(0);
    await notifyPublication(db, legacy(0), TODAY);
    expect(await inserted(db, draft.id)).toEqual(await expectedNotices(db, draft));
    await expect(notifyPublication(db, { draftId: draft.id, from: 'B', to: 'A', partition: 0, partitions: 1 }, TODAY)).rejects.toThrow(/bad notice job payload/);
  }, 120_000);
});
