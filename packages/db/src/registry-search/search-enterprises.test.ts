import { expect, it } from 'vitest';
import { completeUscc } from '@huiqi/kernel';
import type { Database } from '../database';
import { describeEachEngine } from '../testing';
import { seedDemoCity } from '../demo/seed-demo-city';
import { decodeCursor, prefixUpperBound, searchEnterprises, type EnterpriseSearch } from './search-enterprises';

const PLACES = ['鹏城', '前海', '南山', '福田', '宝安', '龙华', '光明', '坪山'];
const WORDS = ['智造', '科技', '新材料', '生物医药', '电子', '物流', '软件', '精密机械', '食品', '能源'];
const FORMS = ['有限公司', '股份有限公司', '个体工商户'];
const DISTRICTS = ['cn-gd-sz-nanshan', 'cn-gd-sz-futian', 'cn-gd-sz-luohu', 'cn-gd-sz-baoan'];
const INDUSTRIES = ['C3911', 'C39', 'F51', 'I65', 'M73', 'C2710'];
const TAGS = ['HIGH_TECH', 'SPECIALIZED', 'TECH_SME'];

/** A registry of n enterprises with Chinese names built from a few parts (shared substrings), spread over districts, industries and tags. */
function population(n: number) {
  return Array.from({ length: n }, (_, k) => ({
    uscc: completeUscc(`91440300${String(100_000 + k * 7919).padStart(9, '0')}`),
    name: `深圳市${PLACES[k % 8]}${WORDS[(k * 7) % 10]}${k % 13}号${FORMS[k % 3]}`,
    registeredAddress: '深圳市',
    district: DISTRICTS[k % 4]!,
    industryCode: INDUSTRIES[(k * 5) % 6]!,
    registrationDate: '2019-05-01',
    taxpayerType: k % 2 ? 'GENERAL' : 'SMALL_SCALE',
    isIndividualBusiness: k % 3 === 2,
    tags: TAGS.filter((_, b) => (k >> b) % 3 === 0),
  }));
}

interface Row { uscc: string; name: string; district: string; industry_code: string; tags: string[] }

/** Every page of a search, following the cursor. */
async function walk(db: Database, s: Omit<EnterpriseSearch, 'pageSize' | 'after'>, pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let k = 0; k < 1000; k++) {
    const page = await searchEnterprises(db, { ...s, pageSize, after });
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page.items.map((i) => i.uscc));
    if (!page.nextCursor) return seen;
    after = page.nextCursor;
  }
  throw new Error('too many pages');
}

describeEachEngine('enterprise search by key, prefix, part of the name and filters', (getDb) => {
  const all = async (db: Database) => (await db.query<Row>('SELECT uscc, name, district, industry_code, tags FROM enterprises')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.uscc < b.uscc ? -1 : 1));

  it('pages by key through the whole registry in name order, each row once', async () => {
    const db = getDb();
    const rows = await all(db);
    expect(await walk(db, { scope: 'cn-gd-sz' }, 37)).toEqual(rows.map((r) => r.uscc));
    const first = await searchEnterprises(db, { scope: null, pageSize: 5 });
    expect(first.total).toBe(rows.length);
    expect(first.totalEstimated).toBe(false);
    expect(decodeCursor(first.nextCursor!)).toEqual({ name: rows[4]!.name, uscc: rows[4]!.uscc });
    // A shallow page by offset is the same rows as by key.
    const third = await searchEnterprises(db, { scope: null, pageSize: 5, offset: 10 });
    expect(third.items.map((i) => i.uscc)).toEqual(rows.slice(10, 15).map((r) => r.uscc));
  });

  it('finds any part of a Chinese name, a credit-code prefix, and combines district, industry and tag filters', async () => {
    const db = getDb();
    const rows = await all(db);
    const sample = rows[17]!;
    const part = [...sample.name].slice(2, 5).join('');
    const byName = await walk(db, { scope: null, q: part }, 50);
    expect(byName).toEqual(rows.filter((r) => r.name.includes(part)).map((r) => r.uscc));
    expect(byName).toContain(sample.uscc);
    const prefix = sample.uscc.slice(0, 9);
    // A credit-code prefix lists in code order.
    expect(await walk(db, { scope: null, q: prefix.toLowerCase() }, 50)).toEqual(rows.filter((r) => r.uscc.startsWith(prefix)).map((r) => r.uscc).sort());
    const tagged = rows.find((r) => r.tags.length > 0)!;
    const industry = tagged.industry_code.slice(0, 1);
    const filters = { scope: 'cn-gd-sz', district: tagged.district, industry, tag: tagged.tags[0]! };
    const expected = rows.filter((r) => r.district === tagged.district && r.industry_code.startsWith(industry) && r.tags.includes(tagged.tags[0]!)).map((r) => r.uscc);
    expect(expected.length).toBeGreaterThan(0);
    expect(await walk(db, filters, 3)).toEqual(expected);
    // The filter keys (migration 0805): a longer industry prefix, a tag alone, a parent district's subtree.
    const longer = tagged.industry_code.slice(0, 3);
    expect(await walk(db, { scope: null, industry: longer }, 40)).toEqual(rows.filter((r) => r.industry_code.startsWith(longer)).map((r) => r.uscc));
    expect(await walk(db, { scope: null, district: 'cn-gd-sz', tag: tagged.tags[0]! }, 40))
      .toEqual(rows.filter((r) => r.district.startsWith('cn-gd-sz-') && r.tags.includes(tagged.tags[0]!)).map((r) => r.uscc));
    expect(await walk(db, { scope: null, district: 'cn-gd-s', tag: tagged.tags[0]! }, 40)).toEqual([]);
    // Wildcards typed by a user are plain characters.
    expect((await searchEnterprises(db, { scope: null, q: '%_', pageSize: 10 })).items).toEqual([]);
  });

  it('counts exactly up to the limit and estimates past it, saying so', async () => {
    const db = getDb();
    const n = (await all(db)).length;
    const exact = await searchEnterprises(db, { scope: null, pageSize: 1, exactCountLimit: n });
    expect(exact).toMatchObject({ total: n, totalEstimated: false });
    const est = await searchEnterprises(db, { scope: null, pageSize: 1, exactCountLimit: 100 });
    expect(est.totalEstimated).toBe(true);
    expect(est.total).toBeGreaterThan(100);
  });

  it('pages a name search with many matches in credit-code order, each match once, with an estimated total', async () => {
    const db = getDb();
    const rows = await all(db);
    const part = '科技';
    const expected = rows.filter((r) => r.name.includes(part)).map((r) => r.uscc).sort();
    expect(expected.length).toBeGreaterThan(30);
    expect(await walk(db, { scope: null, q: part, nameSortLimit: 10 }, 7)).toEqual(expected);
    const first = await searchEnterprises(db, { scope: null, q: part, pageSize: 5, nameSortLimit: 10 });
    expect(first.totalEstimated).toBe(true);
    expect(first.total).toBeGreaterThan(10);
    expect(decodeCursor(first.nextCursor!)).toEqual({ name: '', uscc: expected[4], byCode: true });
    const second = await searchEnterprises(db, { scope: null, q: part, pageSize: 5, offset: 5, nameSortLimit: 10 });
    expect(second.items.map((i) => i.uscc)).toEqual(expected.slice(5, 10));
    // Within the limit the same search is in name order with an exact total.
    const few = await searchEnterprises(db, { scope: null, q: part, pageSize: 5 });
    expect(few).toMatchObject({ total: expected.length, totalEstimated: false });
    expect(few.items.map((i) => i.uscc)).toEqual(rows.filter((r) => r.name.includes(part)).slice(0, 5).map((r) => r.uscc));
  });

  it('steps the last character of a prefix for its upper bound', () => {
    expect(prefixUpperBound('91440300')).toBe('91440301');
    expect(prefixUpperBound('9144039')).toBe('914403A');
    expect(prefixUpperBound('C39Z')).toBe('C3A');
    expect(prefixUpperBound('ZZ')).toBeNull();
  });
}, {
  setup: async (db) => {
    await seedDemoCity(db);
    const rows = population(600);
    await db.query(
      `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
       SELECT u, n, a, d, i, r::date, t, b, CASE WHEN g = '' THEN '{}'::text[] ELSE string_to_array(g, ',') END, 1, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::text[]) AS x(u, n, a, d, i, r, t, b, g)`,
      [rows.map((e) => e.uscc), rows.map((e) => e.name), rows.map((e) => e.registeredAddress), rows.map((e) => e.district), rows.map((e) => e.industryCode),
        rows.map((e) => e.registrationDate), rows.map((e) => e.taxpayerType), rows.map((e) => e.isIndividualBusiness), rows.map((e) => e.tags.join(','))],
    );
    await db.query('ANALYZE enterprises');
  },
});
