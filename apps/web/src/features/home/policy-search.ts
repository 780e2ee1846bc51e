import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

/** A published policy as the front door's search shows it. */
export interface FoundPolicy {
  policyKey: string;
  title: BilingualText;
  summary: BilingualText;
}

interface PublishedRow {
  policyKey: string;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  topics: string[];
  conditions: { labelZh: string; labelEn: string }[];
}

/** Today's date in Beijing (the date policies are in force on), whatever the browser's zone. */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whether every word of the query appears in the policy's titles, summaries or conditions (case-insensitive). */
export function matchesQuery(p: PublishedRow, query: string): boolean {
  const text = [p.titleZh, p.titleEn, p.summaryZh, p.summaryEn, ...p.conditions.flatMap((c) => [c.labelZh, c.labelEn])].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
}

/** The published policies in force today that match the query (the public list of 惠企政策, read without login). */
export async function searchPublishedPolicies(query: string): Promise<FoundPolicy[]> {
  const rows = await request<PublishedRow[]>('GET', '/api/public/published-policies', { query: { date: beijingToday() } });
  return rows.filter((p) => matchesQuery(p, query)).map((p) => ({ policyKey: p.policyKey, title: { zh: p.titleZh, en: p.titleEn }, summary: { zh: p.summaryZh, en: p.summaryEn } }));
}
