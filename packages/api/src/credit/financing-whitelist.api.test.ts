import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, DEMO_PASSWORD, designatePartnerDepartment, ensureDepartment } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { lawDir, loadLawLibrary } from '@huiqi/legal-text';
import { createTestApi } from '../testing/test-api';
import { setCreditClock } from './credit-clock';
import { WHITELIST_ARTICLE } from './financing-whitelist-article';

const at = (iso: string) => setCreditClock(() => new Date(iso));

/**
 * 产融合作白名单 (湖南 二次审议稿 第十条): a department nominates, the bureau reviews and publishes an
 * edition with a validity period, and the bank's marketplace lists whitelisted enterprises' demands
 * first, marked, only while the edition is in force on the Beijing date.
 */
describeEachEngine('产融合作白名单 (financing whitelist)', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: await t.cookie(who) } });
  const firms = { listed: fakeUscc(), plain: fakeUscc() };

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      for (const [key, uscc] of Object.entries(firms)) {
        await createEnterprise(tx, uscc, profileFixture({ name: `深圳市白名单测试${key}有限公司` }), null);
        await createUser(tx, { username: `wl-${key}`, displayName: `白名单测试 ${key}`, role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
      }
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('cites 第十条【产融合作白名单】 of the Hunan draft as it stands in law/', () => {
    const a = loadLawLibrary(lawDir()).resolve(WHITELIST_ARTICLE);
    expect(a?.heading).toBe('产融合作白名单');
    expect(a?.text).toBe('县级以上人民政府工业和信息化主管部门应当与金融监督管理部门联合建立和完善中小企业产融合作白名单机制，引导金融机构差异化支持白名单中小企业融资，提供精准的金融服务。');
  });

  it('nominate → review → publish: the bank sees the whitelisted demand first and marked, only while the edition is in force (Beijing date)', async () => {
    at('2026-11-02T01:00:00Z');
    const listedDemand = await call('POST', '/api/financing/demands', 'wl-listed', { amountFen: 300_000_000, termMonths: 12, purpose: '流动资金', collateral: 'NONE', urgency: 'NORMAL' });
    expect(listedDemand.statusCode, listedDemand.body).toBe(201);
    at('2026-11-02T02:00:00Z'); // published later and urgent: first without the whitelist
    const plainDemand = await call('POST', '/api/financing/demands', 'wl-plain', { amountFen: 300_000_000, termMonths: 12, purpose: '设备采购', collateral: 'NONE', urgency: 'URGENT' });
    expect(plainDemand.statusCode, plainDemand.body).toBe(201);

    const n = await call('POST', '/api/financing/whitelist/nominations', 'dept-miit', { uscc: firms.listed, reason: '专精特新企业，研发投入高' });
    expect(n.statusCode, n.body).toBe(201);
    expect(n.json()).toMatchObject({ uscc: firms.listed, departmentId: 'dept-miit', review: null });
    const again = await call('POST', '/api/financing/whitelist/nominations', 'dept-miit', { uscc: firms.listed, reason: '再次推荐' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'WHITELIST_NOMINATION_PENDING', details: { field: 'uscc' } });
    expect((await call('GET', '/api/financing/whitelist/nominations', 'dept-commerce')).json().items.some((x: { uscc: string }) => x.uscc === firms.listed)).toBe(false);

    const id = n.json().nominationId as string;
    const review = await call('POST', `/api/financing/whitelist/nominations/${id}/review`, 'bureau', { decision: 'ACCEPTED' });
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json().review).toMatchObject({ decision: 'ACCEPTED' });
    const twice = await call('POST', `/api/financing/whitelist/nominations/${id}/review`, 'bureau', { decision: 'REFUSED', reason: '改变主意' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('WHITELIST_ALREADY_REVIEWED');

    const ed = await call('POST', '/api/financing/whitelist/editions', 'bureau', { validFrom: '2026-11-03', validUntil: '2026-11-30' });
    expect(ed.statusCode, ed.body).toBe(201);
    expect(ed.json().entries.map((e: { uscc: string }) => e.uscc)).toContain(firms.listed);
    expect(ed.json().basis).toBe(WHITELIST_ARTICLE);

    const order = async () => ((await call('GET', '/api/financing/demands', 'bank')).json().items as { demandId: string; whitelisted: boolean }[])
      .filter((d) => [listedDemand.json().demandId, plainDemand.json().demandId].includes(d.demandId)).map((d) => [d.demandId === listedDemand.json().demandId ? 'listed' : 'plain', d.whitelisted]);
    at('2026-11-02T15:59:00Z'); // 23:59 on 11-02 in Beijing: not yet in force
    expect(await order()).toEqual([['plain', false], ['listed', false]]);
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-listed')).json().onList).toBe(false);
    at('2026-11-02T16:00:00Z'); // 00:00 on 11-03 in Beijing
    expect(await order()).toEqual([['listed', true], ['plain', false]]);
    const list = await call('GET', '/api/financing/whitelist', 'bank');
    expect(list.json().current.entries.map((e: { uscc: string }) => e.uscc)).toContain(firms.listed);
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-listed')).json()).toMatchObject({ onList: true, validUntil: '2026-11-30' });
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-plain')).json().onList).toBe(false);
    at('2026-11-30T16:00:00Z'); // 12-01 in Beijing: expired
    expect(await order()).toEqual([['plain', false], ['listed', false]]);
    expect((await call('GET', '/api/financing/whitelist', 'bureau')).json().current).toBeNull();
  });

  it('refuses bad input naming the field (zh/en): unknown USCC, empty reason, refusal without reason, valid-until before valid-from', async () => {
    at('2026-11-05T02:00:00Z');
    const cases: [string, string, object, number, string][] = [
      ['dept-miit', '/api/financing/whitelist/nominations', { uscc: fakeUscc(), reason: '推荐' }, 400, 'uscc'],
      ['dept-miit', '/api/financing/whitelist/nominations', { uscc: firms.plain, reason: '  ' }, 400, 'reason'],
      ['dept-miit', '/api/financing/whitelist/nominations', { uscc: '91440300ABC', reason: '推荐' }, 400, 'uscc'],
      ['bureau', '/api/financing/whitelist/editions', { validFrom: '2026-12-01', validUntil: '2026-11-30' }, 400, 'validUntil'],
    ];
    for (const [who, url, body, status, f] of cases) {
      const r = await call('POST', url, who, body);
      expect(r.statusCode, r.body).toBe(status);
      expect(JSON.stringify(r.json().error)).toContain(f);
      expect(r.json().error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.json().error.message.en).toMatch(/[a-z]/);
    }
    const n = await call('POST', '/api/financing/whitelist/nominations', 'dept-commerce', { uscc: firms.plain, reason: '外贸企业' });
    expect(n.statusCode, n.body).toBe(201);
    const noReason = await call('POST', `/api/financing/whitelist/nominations/${n.json().nominationId}/review`, 'bureau', { decision: 'REFUSED' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.field).toBe('reason');
    const refused = await call('POST', `/api/financing/whitelist/nominations/${n.json().nominationId}/review`, 'bureau', { decision: 'REFUSED', reason: '近一年有欠税记录' });
    expect(refused.json().review).toMatchObject({ decision: 'REFUSED', reason: '近一年有欠税记录' });
    // refused: the department may nominate again (nothing is pending) — once, even when two requests race
    const raced = await Promise.all([1, 2].map((i) => call('POST', '/api/financing/whitelist/nominations', 'dept-commerce', { uscc: firms.plain, reason: `已补缴税款 ${i}` })));
    expect(raced.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('permissions: only departments nominate, only the bureau reviews and publishes, banks and the bureau read, the enterprise sees its own standing', async () => {
    const nominate = { uscc: firms.plain, reason: '推荐' };
    for (const who of ['bureau', 'bank', 'wl-plain', 'auditor']) expect((await call('POST', '/api/financing/whitelist/nominations', who, nominate)).statusCode, who).toBe(403);
    for (const who of ['dept-miit', 'bank', 'wl-plain', 'auditor']) {
      expect((await call('POST', '/api/financing/whitelist/editions', who, { validFrom: '2026-12-01', validUntil: '2026-12-31' })).statusCode, who).toBe(403);
      expect((await call('POST', '/api/financing/whitelist/nominations/x/review', who, { decision: 'ACCEPTED' })).statusCode, who).toBe(403);
    }
    for (const who of ['dept-miit', 'wl-plain', 'auditor']) expect((await call('GET', '/api/financing/whitelist', who)).statusCode, who).toBe(403);
    for (const who of ['bank', 'bureau', 'dept-miit']) expect((await call('GET', '/api/financing/whitelist/mine', who)).statusCode, who).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/financing/whitelist' })).statusCode).toBe(401);
  });

  it('removes an enterprise with a reason at once (also from later editions until nominated and accepted again); with the financial regulator designated, an edition takes effect only once co-signed (联合建立)', async () => {
    at('2026-12-01T02:00:00Z');
    const id = (await call('POST', '/api/financing/whitelist/nominations', 'dept-miit', { uscc: firms.listed, reason: '重点培育企业' })).json().nominationId as string;
    expect((await call('POST', `/api/financing/whitelist/nominations/${id}/review`, 'bureau', { decision: 'ACCEPTED' })).statusCode).toBe(200);
    const ed = await call('POST', '/api/financing/whitelist/editions', 'bureau', { validFrom: '2026-12-01', validUntil: '2027-05-31' });
    expect(ed.json().entries.map((e: { uscc: string }) => e.uscc)).toContain(firms.listed);
    expect(ed.json().awaitingCosign).toBe(false); // no regulator designated yet
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-listed')).json().onList).toBe(true);

    const noReason = await call('POST', '/api/financing/whitelist/removals', 'bureau', { uscc: firms.listed, reason: ' ' });
    expect([noReason.statusCode, noReason.json().error.details.field]).toEqual([400, 'reason']);
    expect((await call('POST', '/api/financing/whitelist/removals', 'bureau', { uscc: firms.plain, reason: '不在名单上' })).json().error.code).toBe('WHITELIST_NOT_LISTED');
    expect((await call('POST', '/api/financing/whitelist/removals', 'dept-miit', { uscc: firms.listed, reason: '越权' })).statusCode).toBe(403);
    at('2026-12-02T02:00:00Z');
    const removed = await call('POST', '/api/financing/whitelist/removals', 'bureau', { uscc: firms.listed, reason: '发生重大违约' });
    expect([removed.statusCode, removed.json().reason], removed.body).toEqual([201, '发生重大违约']);
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-listed')).json().onList).toBe(false);
    expect((await call('GET', '/api/financing/whitelist', 'bank')).json().current.entries.map((e: { uscc: string }) => e.uscc)).not.toContain(firms.listed);
    expect((await call('GET', '/api/financing/whitelist/removals', 'bureau')).json().items[0]).toMatchObject({ uscc: firms.listed, reason: '发生重大违约' });
    expect((await call('GET', '/api/financing/whitelist/removals', 'bank')).statusCode).toBe(403);
    // a new edition does not bring it back on the nomination accepted before the removal
    const other = (await call('POST', '/api/financing/whitelist/nominations', 'dept-miit', { uscc: firms.plain, reason: '外贸龙头' })).json().nominationId as string; // dept-commerce still has one pending
    await call('POST', `/api/financing/whitelist/nominations/${other}/review`, 'bureau', { decision: 'ACCEPTED' });
    const next = await call('POST', '/api/financing/whitelist/editions', 'bureau', { validFrom: '2026-12-02', validUntil: '2027-05-31' });
    expect(next.json().entries.map((e: { uscc: string }) => e.uscc)).toEqual(expect.not.arrayContaining([firms.listed]));

    // 联合建立: the city's financial regulator is designated; the latest edition waits for its co-signature
    await getDb().transaction(async (tx) => {
      await ensureDepartment(tx, { id: 'dept-finance-wl', name: { zh: '市地方金融管理局（测试）', en: 'Municipal financial regulator (test)' }, jurisdiction: 'cn-gd-sz', isSmeBureau: false }, null);
      await createUser(tx, { username: 'wl-regulator', displayName: '金融管理局 工作人员', role: 'DEPARTMENT', jurisdiction: 'cn-gd-sz', departmentId: 'dept-finance-wl', password: DEMO_PASSWORD, isDemo: true }, null);
      await designatePartnerDepartment(tx, 'dept-finance-wl', new Date('2026-12-02T03:00:00Z'));
    });
    at('2026-12-02T04:00:00Z');
    const waiting = (await call('GET', '/api/financing/whitelist', 'wl-regulator')).json();
    expect([waiting.current, waiting.latest.awaitingCosign]).toEqual([null, true]);
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-plain')).json().onList).toBe(false);
    expect((await call('POST', `/api/financing/whitelist/editions/${next.json().editionNo}/cosign`, 'dept-miit')).statusCode).toBe(403);
    expect((await call('POST', '/api/financing/whitelist/editions/999999/cosign', 'wl-regulator')).statusCode).toBe(404);
    const cosigned = await call('POST', `/api/financing/whitelist/editions/${next.json().editionNo}/cosign`, 'wl-regulator');
    expect([cosigned.statusCode, cosigned.json().awaitingCosign, cosigned.json().cosigns[0].departmentName.zh], cosigned.body).toEqual([200, false, '市地方金融管理局（测试）']);
    expect((await call('POST', `/api/financing/whitelist/editions/${next.json().editionNo}/cosign`, 'wl-regulator')).statusCode).toBe(200);
    expect((await call('GET', '/api/financing/whitelist/mine', 'wl-plain')).json().onList).toBe(true);
    const audit = await getDb().query<{ type: string }>("SELECT type FROM audit_events WHERE type IN ('WHITELIST_REMOVED', 'WHITELIST_EDITION_COSIGNED') ORDER BY seq");
    expect(audit.map((a) => a.type)).toEqual(['WHITELIST_REMOVED', 'WHITELIST_EDITION_COSIGNED']);
  });
});
