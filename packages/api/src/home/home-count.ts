import { countUpTo, type Queryable } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import type { HomeCard } from './home-schemas';

/** Counts are exact up to here; past it the planner's estimate (a city has 2.6 million enterprises). */
const HOME_EXACT_COUNT_LIMIT = 10_000;

/** A count card: `fromWhere` is `FROM … WHERE …` over an indexed condition, counted up to the limit. */
export async function countCard(
  q: Queryable,
  key: string,
  fromWhere: string,
  params: unknown[],
  link: string | null,
  options: { attentionWhenAny?: boolean } = {},
): Promise<HomeCard> {
  const { total, estimated } = await countUpTo(q, fromWhere, params, HOME_EXACT_COUNT_LIMIT);
  return { key, value: total, unit: 'COUNT', isEstimated: estimated, isAttention: options.attentionWhenAny === true && total > 0, link };
}

/** An amount card (fen), from one aggregate row. */
export async function sumCard(q: Queryable, key: string, sql: string, params: unknown[], link: string | null): Promise<HomeCard> {
  const [r] = await q.query<{ s: number | string | null }>(sql, params);
  return { key, value: Number(r?.s ?? 0), unit: 'FEN', isEstimated: false, isAttention: false, link };
}

/** The Beijing calendar date of an instant (ISO text from the database). */
export function beijingDate(iso: string): string {
  return today('Asia/Shanghai', new Date(iso));
}

/** The first and last day of the year of `day` (YYYY-MM-DD), for aggregates of "this year". */
export function yearRange(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}
