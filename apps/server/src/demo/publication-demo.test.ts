import { expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listJobs, listPublishedPolicies, seedDemoCity } from '@huiqi/db';
import { PUBLICATION_NOTICES_QUEUE } from '@huiqi/api';
import { DEMO_PUBLISHED_POLICY_KEY, publicationDemoSeed } from './publication-demo';

describeEachEngine('publication demo seed', (getDb) => {
  it('publishes one demo policy (author ≠ publisher) with its notice jobs queued, once', async () => {
    const db = getDb();
    await publicationDemoSeed.run(db);
    await publicationDemoSeed.run(db);
    const mine = (await listPublishedPolicies(db)).filter((p) => p.policyKey === DEMO_PUBLISHED_POLICY_KEY);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.publishedByUserId).not.toBe(mine[0]!.authorUserId);
    const jobs = (await listJobs(db, PUBLICATION_NOTICES_QUEUE)).filter((j) => (j.payload as { draftId: string }).draftId === mine[0]!.id);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
  });
}, { setup: async (db) => { await seedDemoCity(db); } });
