import { describe, expect, it } from 'vitest';
import { fen } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import { buildAwardNotice } from './award-notice';
import { buildDeclaration } from './declaration';
import { evaluateBids } from './evaluate-bids';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

const ev = evaluateBids(
  { date: '2024-05-01', jurisdiction: 'cn', category: 'GOODS', reservedForSme: false, deductionRate: '0.1', bids: [{ id: 'A', priceFen: fen(100_000_00), items: [{ makerSize: 'small' }] }, { id: 'B', priceFen: fen(95_000_00), items: [{ makerSize: 'large' }] }] },
  rb,
);
if (!ev.ok) throw new Error('evaluation failed');
const decl = buildDeclaration({ category: 'GOODS', purchaser: '某中学', project: '课桌椅', supplier: { name: '甲公司' }, date: '2024-04-20', items: [{ name: '课桌', industry: '工业', maker: { name: '乙家具厂', employees: 30, revenueFen: 500_000_000, totalAssetsFen: 100_000_000, size: 'small' } }] });
if (!decl.ok) throw new Error('declaration failed');
const base = { projectName: '课桌椅', purchaser: '某中学', date: '2024-05-10', evaluation: ev.value };

describe('buildAwardNotice', () => {
  it('an award won with the small-micro deduction publishes the declaration with it', () => {
    const r = buildAwardNotice({ ...base, winnerId: 'A', winnerName: '甲公司', declaration: decl.value });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ usedSmePreference: true, winner: { id: 'A', evaluatedPriceFen: 90_000_00, rank: 1 } });
    expect(r.value.smePreference.zh).toContain('小微企业价格扣除');
    expect(r.value.declaration?.text).toContain('中小企业声明函（货物）');
    expect(r.value.declaration?.html).toContain('<h1>中小企业声明函（货物）</h1>');
  });

  it('refuses to publish an SME-preference award without the declaration, or with another supplier\'s', () => {
    const r = buildAwardNotice({ ...base, winnerId: 'A', winnerName: '甲公司' });
    expect(r.ok || r.error.map((e) => e.code)).toEqual(['DECLARATION_REQUIRED']);
    const other = buildAwardNotice({ ...base, winnerId: 'A', winnerName: '丙公司', declaration: decl.value });
    expect(other.ok || other.error.map((e) => e.field)).toEqual(['declaration.supplier.name']);
  });

  it('an award without a preference needs no declaration and publishes none', () => {
    const r = buildAwardNotice({ ...base, winnerId: 'B', winnerName: '丁公司', declaration: decl.value });
    expect(r.ok && r.value).toMatchObject({ usedSmePreference: false, declaration: null, winner: { rank: 2 } });
    expect(r.ok && r.value.notes.map((n) => n.zh).join('\n')).toMatch(/不随结果公告[\s\S]*排名第 2/);
  });

  it('names an unknown winner', () => {
    const r = buildAwardNotice({ ...base, winnerId: 'Z', winnerName: '甲公司' });
    expect(r.ok || r.error[0]!.field).toBe('winnerId');
  });
});
