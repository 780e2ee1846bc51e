import type { Database, Queryable } from '../database';
import type { EnterpriseSummary } from '../enterprises/enterprise-types';
import { inSubtreeSql } from '../registry/jurisdictions';
import { countAtMost, countUpTo, ESTIMATE_FIRST_FACTOR } from './count-up-to';

export interface EnterpriseSearch {
  /** Only enterprises within this jurisdiction subtree (the viewer's scope); null = everywhere. */
  scope: string | null;
  /** Only this one enterprise (enterprise users). */
  onlyUscc?: string | null;
  /** Letters and digits only: the credit code starts with it; anything else: the name contains it. */
  q?: string;
  district?: string;
  /** GB/T 4754 prefix: C matches C3911. */
  industry?: string;
  tag?: string;
  pageSize: number;
  /** Key of the last row of the previous page (`nextCursor`): the page after it, in name order. */
  after?: string | null;
  /** Rows to skip before the page (shallow pages only: at most MAX_OFFSET). */
  offset?: number;
  /** Exact counts up to here (default COUNT_EXACT_LIMIT). */
  exactCountLimit?: number;
  /** A name search with more matches than this pages in credit-code order (default NAME_SORT_LIMIT). */
  nameSortLimit?: number;
}

export interface EnterpriseSearchPage {
  items: EnterpriseSummary[];
  /** Exact up to COUNT_EXACT_LIMIT; past it (or when the planner expects far more) its estimate, with `totalEstimated`. */
  total: number;
  totalEstimated: boolean;
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Totals are counted exactly up to here; a larger one is the planner's estimate (labelled as such). */
export const COUNT_EXACT_LIMIT = 10_000;
/** The deepest page reached by skipping rows; deeper pages go by key (`after`). */
export const MAX_OFFSET = 2_000;

const CODE_LIKE = /^[0-9A-Za-z]{1,18}$/;

/** The indexed key list of an enterprise (migration 0805): district ancestors, industry prefixes, tags. */
const FILTER_KEYS = 'enterprise_filter_keys(e.district, e.industry_code, e.tags)';

/** The keys every match must hold: its district (subtree), industry prefix and tag, as asked. */
export function filterKeys(s: Pick<EnterpriseSearch, 'district' | 'industry' | 'tag'>): string[] {
  return [
    ...(s.district ? [`d:${s.district}`] : []),
    ...(s.industry ? [`i:${s.industry}`] : []),
    ...(s.tag ? [`t:${s.tag}`] : []),
  ];
}

/** A name search with at most this many matches is shown in name order and counted exactly; past it in credit-code order with an estimated total. */
export const NAME_SORT_LIMIT = 1_000;

/**
 * A cursor: the (name, uscc) of the last row shown, base64url JSON; or, for a name search with
 * many matches (credit-code order), ['', uscc, 'uscc'] with `byCode`. Null when malformed.
 */
export function decodeCursor(cursor: string): { name: string; uscc: string; byCode?: true } | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { name: v[0], uscc: v[1] };
    if (Array.isArray(v) && v.length === 3 && v[0] === '' && typeof v[1] === 'string' && v[2] === 'uscc') return { name: '', uscc: v[1], byCode: true };
  } catch {
    // not a cursor
  }
  return null;
}

export function encodeCursor(name: string, uscc: string, byCode = false): string {
  return Buffer.from(JSON.stringify(byCode ? ['', uscc, 'uscc'] : [name, uscc]), 'utf8').toString('base64url');
}

/**
 * The registry in name order, a page at a time by key: `(name, uscc) > cursor` walks the
 * (name, uscc) index however deep the page. Filters: the viewer's scope, district subtree,
 * industry prefix and tag (one GIN index over the filter keys), and `q` — a credit-code prefix (a
 * primary-key range) or any part of the name (LIKE, served by the trigram index where pg_trgm
 * exists). A name search takes its matches first (MATERIALIZED) and sorts them by name: walking
 * the name index instead meets the matches late when they share a prefix (names start with the
 * city and district: 62 s measured for 龙华区 at 2.6 M). Its total is exact up to NAME_SORT_LIMIT,
 * past it estimated from a sample; a search with so many matches that reading them all costs more
 * than walking the registry pages in credit-code order (`codeOrderPage`). Other totals are counted
 * up to COUNT_EXACT_LIMIT; past it the planner's row estimate is returned and said to be one.
 */
export async function searchEnterprises(db: Queryable, s: EnterpriseSearch): Promise<EnterpriseSearchPage> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (s.scope) where.push(inSubtreeSql('e.district', p(s.scope)));
  if (s.onlyUscc) where.push(`e.uscc = ${p(s.onlyUscc)}`);
  if (s.industry || s.tag) {
    // Industry or tag, with or without a district: one containment test on the filter-key index
    // (migration 0805), whose keys hold every district ancestor and industry prefix.
    where.push(`${FILTER_KEYS} @> ${p(filterKeys(s))}::text[]`);
  } else if (s.district) {
    // A district alone without sub-districts (the usual case) is an equality: the (district, name,
    // uscc) index then serves the page in name order.
    const [child] = await db.query('SELECT 1 AS one FROM jurisdictions WHERE id LIKE $1 LIMIT 1', [`${s.district.replace(/[\\%_]/g, (ch) => `\\${ch}`)}-%`]);
    where.push(child ? inSubtreeSql('e.district', p(s.district)) : `e.district = ${p(s.district)}`);
  }
  let byName = false;
  let byCodePrefix = false;
  if (s.q) {
    if (CODE_LIKE.test(s.q)) {
      where.push(prefixSql('e.uscc', s.q.toUpperCase(), p));
      byCodePrefix = true;
    } else {
      byName = true;
      where.push(`e.name LIKE ${p(`%${s.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`)}`);
    }
  }
  const filters = [...where];
  const countParams = [...params];
  const key = s.after ? decodeCursor(s.after) : null;
  if (s.after && !key) throw new RangeError('bad cursor');
  const page = { db, s, where, params };
  // A credit-code prefix lists in code order: a range of the primary key, read from the index.
  // Where the page does not depend on the count, both are asked at once (two pool connections on
  // PostgreSQL): a search under load waits for one round trip fewer.
  if (byCodePrefix) return codeOrderPage(page, key?.uscc ?? null, countOf(db, filters, countParams, s.exactCountLimit ?? COUNT_EXACT_LIMIT));
  if (!byName) return nameOrderPage(page, key, null, countOf(db, filters, countParams, s.exactCountLimit ?? COUNT_EXACT_LIMIT));
  // A name search: how many match, up to NAME_SORT_LIMIT + 1 (the trigram index finds them). A few
  // are sorted by name; many are walked in credit-code order instead (primary key, the name test on
  // each row, stopping at the page): names share their beginnings (深圳市龙华区…), so in name order
  // the matches of a common part can lie behind most of the registry, in code order they are spread.
  // A cursor keeps the order its search began in.
  const sortLimit = s.nameSortLimit ?? NAME_SORT_LIMIT;
  const sampled = async () => estimatedTotal(await sampledEstimate(db, filters, countParams), sortLimit);
  if (key?.byCode) return codeOrderPage(page, key.uscc, sampled());
  // How many match is first estimated from a fixed 1 % sample of the registry (about 10 ms at 2.6 M):
  // the planner cannot estimate a name part (it put 国际贸, with 74 947 matches, at 260), and
  // counting a common part, or sorting its matches, reads tens of thousands of rows.
  const estimate = await sampledEstimate(db, filters, countParams);
  const many = Promise.resolve(estimatedTotal(estimate, sortLimit));
  if (estimate > sortLimit * ESTIMATE_FIRST_FACTOR) return key ? nameOrderPage(page, key, sortLimit, many, false) : codeOrderPage(page, null, many);
  // Few expected: the limited count and the page in name order are asked at once (the page sorts at
  // most sortLimit + 1 matches). When the count finds more than expected, a search that has not
  // begun pages in code order after all; a name-ordered cursor keeps its order.
  const fromWhere = `FROM enterprises e WHERE ${filters.join(' AND ')}`;
  const [n, inNameOrder] = await Promise.all([countAtMost(db, fromWhere, countParams, sortLimit), nameOrderPage(page, key, sortLimit, null, true)]);
  if (n <= sortLimit) return { ...inNameOrder, total: n, totalEstimated: false };
  if (!key) return codeOrderPage(page, null, many);
  return nameOrderPage(page, key, sortLimit, many, false);
}

/** What both page readers start from: the search, its filters and their parameters (each reader adds its own to a copy). */
interface PageQuery {
  db: Queryable;
  s: EnterpriseSearch;
  where: readonly string[];
  params: readonly unknown[];
}

/** A copy of the query's conditions and parameters, and the placeholder maker that adds to that copy. */
function extend(q: PageQuery): { where: string[]; params: unknown[]; p: (v: unknown) => string } {
  const where = [...q.where];
  const params = [...q.params];
  return { where, params, p: (v: unknown) => (params.push(v), `$${params.length}`) };
}

/**
 * A page in name order, after the cursor `key` when there is one. A name search (`sortLimit` set)
 * takes its matches first (MATERIALIZED; with `bounded`, at most sortLimit + 1 of them: the caller
 * counts and discards the page when there are more) and sorts them; other searches walk the
 * (name, uscc) index. `counting` null: the caller counts (the total is left 0 here).
 */
async function nameOrderPage(
  q: PageQuery, key: { name: string; uscc: string } | null, sortLimit: number | null,
  counting: Promise<{ total: number; estimated: boolean }> | null, bounded = false,
): Promise<EnterpriseSearchPage> {
  const { where, params, p } = extend(q);
  if (key) where.push(`(e.name, e.uscc) > (${p(key.name)}, ${p(key.uscc)})`);
  const offset = q.s.after ? 0 : Math.min(q.s.offset ?? 0, MAX_OFFSET);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [rows, counted] = await Promise.all([q.db.query<SummaryRow>(
    `SELECT ${PAGE_COLUMNS}
     FROM (${sortLimit !== null ? `WITH m AS MATERIALIZED (SELECT * FROM enterprises e ${whereSql}${bounded ? ` LIMIT ${p(sortLimit + 1)}` : ''}) SELECT * FROM m e` : `SELECT * FROM enterprises e ${whereSql}`}
           ORDER BY e.name, e.uscc LIMIT ${p(q.s.pageSize + 1)} OFFSET ${p(offset)}) e
     ${PAGE_JOINS}
     ORDER BY e.name, e.uscc`,
    params,
  ), counting ?? Promise.resolve({ total: 0, estimated: false })]);
  const more = rows.length > q.s.pageSize;
  const page = more ? rows.slice(0, q.s.pageSize) : rows;
  const last = page[page.length - 1];
  return {
    total: counted.total,
    totalEstimated: counted.estimated,
    nextCursor: more && last ? encodeCursor(last.name, last.uscc) : null,
    items: page.map(summaryOf),
  };
}

type SummaryRow = {
  uscc: string; name: string; district: string; district_zh: string; industry_code: string; registration_date: string;
  tags: string[]; year: number | null; employees: number | null; revenue_fen: number | null;
};

const summaryOf = (r: SummaryRow): EnterpriseSummary => ({
  uscc: r.uscc,
  name: r.name,
  district: r.district,
  districtName: r.district_zh,
  industryCode: r.industry_code,
  registrationDate: r.registration_date,
  tags: r.tags,
  latestYear: r.year,
  employees: r.employees,
  revenueFen: r.revenue_fen,
});

/** The row of a page with its district name and latest figures. */
const PAGE_COLUMNS = `e.uscc, e.name, e.district, j.name_zh AS district_zh, e.industry_code, e.registration_date, e.tags, f.year, f.employees, f.revenue_fen`;
const PAGE_JOINS = `JOIN jurisdictions j ON j.id = e.district
     LEFT JOIN LATERAL (
       SELECT year, employees, revenue_fen FROM enterprise_figures ef WHERE ef.uscc = e.uscc ORDER BY year DESC LIMIT 1
     ) f ON true`;

/**
 * A page in credit-code order (a code prefix, or a name search with many matches): the registry's covering index
 * (uscc, with district, industry, tags and name: migration 0806) walked from the cursor, the name
 * tested on each entry, stopping at the page — index only. The name test is written on
 * `name || ''` so that the planner cannot take the trigram index (whose matches it would have to
 * sort), and it runs without parallel workers: starting them cost 100–150 ms of a walk that takes
 * one on its own.
 */
async function codeOrderPage(
  q: PageQuery, afterUscc: string | null, counting: Promise<{ total: number; estimated: boolean }>,
): Promise<EnterpriseSearchPage> {
  const { db, s } = q;
  const { where, params, p } = extend(q);
  const conditions = where.map((w) => w.replace('e.name LIKE', "(e.name || '') LIKE"));
  if (afterUscc !== null) conditions.push(`e.uscc > ${p(afterUscc)}`);
  const offset = s.after ? 0 : Math.min(s.offset ?? 0, MAX_OFFSET);
  const [rows, counted] = await Promise.all([withoutParallelWorkers(db, (tx) => tx.query<SummaryRow>(
    `SELECT ${PAGE_COLUMNS}
     FROM (SELECT e.uscc, e.name, e.district, e.industry_code, e.tags FROM enterprises e WHERE ${conditions.join(' AND ')} ORDER BY e.uscc LIMIT ${p(s.pageSize + 1)} OFFSET ${p(offset)}) k
     JOIN enterprises e ON e.uscc = k.uscc
     ${PAGE_JOINS}
     ORDER BY e.uscc`,
    params,
  )), counting]);
  const more = rows.length > s.pageSize;
  const page = more ? rows.slice(0, s.pageSize) : rows;
  const last = page[page.length - 1];
  return { total: counted.total, totalEstimated: counted.estimated, nextCursor: more && last ? encodeCursor('', last.uscc, true) : null, items: page.map(summaryOf) };
}

/** Runs `fn` with parallel query off (in a transaction of its own when `db` can open one). */
async function withoutParallelWorkers<T>(db: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  if (!('transaction' in db)) return fn(db);
  return (db as Database).transaction(async (tx) => {
    await tx.query('SET LOCAL max_parallel_workers_per_gather = 0');
    return fn(tx);
  });
}

/**
 * The number of matches estimated from a 1 % sample of the table's pages (the same sample every
 * time, so a total does not move between pages): the planner cannot estimate a name part, and
 * counting every match of a common one reads them all.
 */
async function sampledEstimate(db: Queryable, filters: string[], params: unknown[]): Promise<number> {
  const [r] = await db.query<{ m: number | string; n: number | string; rows: number | string }>(
    `SELECT count(*) FILTER (WHERE ${filters.join(' AND ')}) AS m, count(*) AS n,
            (SELECT reltuples FROM pg_class WHERE oid = 'enterprises'::regclass) AS rows
     FROM enterprises e TABLESAMPLE SYSTEM (1) REPEATABLE (7)`,
    params,
  );
  const m = Number(r?.m ?? 0);
  const n = Number(r?.n ?? 0);
  const rows = Number(r?.rows ?? 0);
  return n > 0 && rows > 0 ? Math.round((m / n) * rows) : 0;
}

/** The total shown for a search with more than `floor` matches: the estimate, never below floor + 1, said to be one. */
function estimatedTotal(estimate: number, floor: number): { total: number; estimated: true } {
  return { total: Math.max(floor + 1, estimate), estimated: true };
}

/**
 * `column` starts with `prefix` (letters and digits): a range the column's btree index serves
 * under any collation that orders digits before letters (the upper bound is the prefix with its
 * last character stepped: 9 → A, Z carries), with LIKE kept for exactness.
 */
function prefixSql(column: string, prefix: string, p: (v: unknown) => string): string {
  const parts = [`${column} >= ${p(prefix)}`, `${column} LIKE ${p(`${prefix}%`)}`];
  const upper = prefixUpperBound(prefix);
  if (upper !== null) parts.push(`${column} < ${p(upper)}`);
  return `(${parts.join(' AND ')})`;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The least string of letters and digits after every string starting with `prefix`; null when there is none (all Z). */
export function prefixUpperBound(prefix: string): string | null {
  for (let k = prefix.length - 1; k >= 0; k--) {
    const at = ALNUM.indexOf(prefix[k]!.toUpperCase());
    if (at >= 0 && at < ALNUM.length - 1) return prefix.slice(0, k) + ALNUM[at + 1]!;
  }
  return null;
}

/** Counts at most `limit` + 1 matching rows; more than that, or a planner estimate far past it: the estimate, said to be one. */
async function countOf(db: Queryable, filters: string[], params: unknown[], limit: number): Promise<{ total: number; estimated: boolean }> {
  return countUpTo(db, `FROM enterprises e ${filters.length ? `WHERE ${filters.join(' AND ')}` : ''}`, params, limit, { estimateFirst: true });
}
