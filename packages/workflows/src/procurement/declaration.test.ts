import { describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { loadRuleBase } from '@huiqi/rules-engine';
import { checkDeclaration, makerFromRegistry, type RegistryEnterprise } from './check-declaration';
import { buildDeclaration, DECLARATION_STATEMENT, fenToWanYuanText, type DeclarationInput } from './declaration';
import { renderDeclarationHtml, renderDeclarationText } from './render-declaration';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;
const WAN = 1_000_000;

const input: DeclarationInput = {
  category: 'GOODS',
  purchaser: '某市第一中学',
  project: '2024年实验室设备采购',
  supplier: { name: '示例科技有限公司' },
  date: '2024-04-10',
  items: [
    { name: '显微镜', industry: '工业', maker: { name: '示例光学仪器有限公司', employees: 56, revenueFen: 1234 * WAN + 56_789, totalAssetsFen: 800 * WAN, figuresYear: 2023, size: 'small' } },
    { name: '实验台', industry: '工业', maker: { name: '示例家具厂', employees: 12, revenueFen: 250 * WAN, totalAssetsFen: 90 * WAN, figuresYear: 2023, size: 'micro' } },
  ],
};
const build = (over: Partial<DeclarationInput> = {}) => {
  const r = buildDeclaration({ ...input, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('buildDeclaration and its renderings', () => {
  it('goods: the template title, opening, one line per item in 万元, the fixed statement', () => {
    const d = build();
    expect(d.title).toBe('中小企业声明函（货物）');
    expect(d.opening).toBe('本公司（联合体）郑重声明，根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，本公司（联合体）参加某市第一中学的2024年实验室设备采购活动，提供的货物全部由符合政策要求的中小企业制造。');
    expect(d.lines.map((l) => l.text)).toEqual([
      '1.显微镜，属于工业行业；制造商为示例光学仪器有限公司，从业人员56人，营业收入为1234.056789万元，资产总额为800万元，属于小型企业；',
      '2.实验台，属于工业行业；制造商为示例家具厂，从业人员12人，营业收入为250万元，资产总额为90万元，属于微型企业；',
    ]);
    expect(d.closing).toBe(DECLARATION_STATEMENT);
    expect(d.warnings).toEqual([]);
  });

  it('works and services use their own wording and role', () => {
    expect(build({ category: 'WORKS' }).opening).toContain('工程的施工单位全部为符合政策要求的中小企业');
    expect(build({ category: 'WORKS' }).lines[0]!.text).toContain('承建企业为');
    expect(build({ category: 'SERVICES' }).opening).toContain('服务全部由符合政策要求的中小企业承接');
    expect(build({ category: 'SERVICES' }).title).toBe('中小企业声明函（服务）');
    expect(build({ project: '物业管理服务项目' }).opening).toContain('的物业管理服务项目采购活动');
    expect(build({ items: [{ ...input.items[0]!, industry: '软件和信息技术服务业' }] }).lines[0]!.text).toContain('属于软件和信息技术服务业行业；');
  });

  it('plain text keeps the template order, signature block and notes', () => {
    const t = renderDeclarationText(build());
    const order = ['中小企业声明函（货物）', '本公司（联合体）郑重声明', '相关企业（含联合体中的中小企业、签订分包意向协议的中小企业）的具体情况如下：', '1.显微镜', '2.实验台', '以上企业，不属于大企业的分支机构', '企业名称（盖章）：示例科技有限公司', '日　　期：2024年4月10日', '备注：从业人员、营业收入、资产总额填报上一年度数据'];
    const positions = order.map((s) => t.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('HTML is one self-contained Chinese page, escaped, with print CSS', () => {
    const h = renderDeclarationHtml(build({ project: '<script>x</script>采购' }));
    expect(h).toMatch(/^<!DOCTYPE html>/);
    expect(h).toContain('<html lang="zh-CN">');
    expect(h).toContain('@page { size: A4');
    expect(h).not.toMatch(/<script|<link|src=|href=/);
    expect(h).toContain('&lt;script&gt;x&lt;/script&gt;采购');
    expect(h).toContain('<li>2.实验台，属于工业行业；');
  });

  it('blank figures render as blanks and warn; figures of the wrong year warn', () => {
    const d = build({ items: [{ name: '软件', industry: '软件和信息技术服务业', maker: { name: '新成立软件有限公司', employees: null, revenueFen: null, totalAssetsFen: null, size: 'micro' } }, { ...input.items[0]!, maker: { ...input.items[0]!.maker, figuresYear: 2022 } }] });
    expect(d.lines[0]!.text).toContain('从业人员____人，营业收入为____万元');
    expect(d.warnings.map((w) => w.zh).join('\n')).toMatch(/新成立企业[\s\S]*2022 年[\s\S]*2023 年/);
  });

  it('refuses a large maker and missing names, naming the fields', () => {
    const r = buildDeclaration({ ...input, purchaser: ' ', items: [{ name: '', industry: '工业', maker: { ...input.items[0]!.maker, size: 'large' as never } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.field)).toEqual(['purchaser', 'items[0].name', 'items[0].maker.size']);
  });

  it('万元 text is exact', () => {
    expect(fenToWanYuanText(1)).toBe('0.000001');
    expect(fenToWanYuanText(3 * WAN)).toBe('3');
    expect(fenToWanYuanText(12_345_678_90)).toBe('1234.56789');
  });
});

describe('checkDeclaration — declared size against the registry as of contract signing', () => {
  const registry: RegistryEnterprise[] = [
    // 2023: 56 people, ¥12.34m revenue → small (工业 small needs ≥20 people and ≥¥3m)
    { name: '示例光学仪器有限公司', industryCode: 'C35', yearlyFigures: [{ year: 2023, employees: 56, revenueFen: 1234 * WAN + 56_789, totalAssetsFen: 800 * WAN }, { year: 2024, employees: 400, revenueFen: 30_000 * WAN, totalAssetsFen: 9_000 * WAN }] },
    // 2023: 25 people and ¥5m revenue → small, though it declared micro
    { name: '示例家具厂', industryCode: 'C21', yearlyFigures: [{ year: 2023, employees: 25, revenueFen: 500 * WAN, totalAssetsFen: 90 * WAN }] },
  ];

  it('lists the maker whose declared size differs from the computed one, with the figures that differ', () => {
    const c = checkDeclaration(build(), registry, plainDate('2024-05-20'), rb);
    expect(c.figuresYear).toBe(2023);
    expect(c.status).toBe('MISMATCH');
    expect(c.items[0]).toMatchObject({ declaredSize: 'small', computedSize: 'small', matches: true });
    expect(c.mismatches).toHaveLength(1);
    expect(c.mismatches[0]).toMatchObject({ index: 2, makerName: '示例家具厂', declaredSize: 'micro', computedSize: 'small', matches: false });
    expect(c.mismatches[0]!.figureDifferences).toEqual([
      { field: 'employees', declared: 12, registry: 25 },
      { field: 'revenueFen', declared: 250 * WAN, registry: 500 * WAN },
    ]);
    expect(c.mismatches[0]!.reasons[0]!.zh).toContain('计算为小型企业');
  });

  it('a contract signed in 2025 uses the 2024 figures: the first maker has grown to medium', () => {
    const c = checkDeclaration(build(), registry, plainDate('2025-02-01'), rb);
    expect(c.items[0]).toMatchObject({ computedSize: 'medium', matches: false });
    expect(c.items[1]).toMatchObject({ computedSize: null, matches: null });
    expect(c.items[1]!.reasons[0]!.zh).toContain('2024');
  });

  it('a maker missing from the registry makes the check incomplete, not a mismatch', () => {
    const c = checkDeclaration(build(), registry.slice(0, 1), plainDate('2024-05-20'), rb);
    expect(c.status).toBe('INCOMPLETE');
    expect(c.items[1]!.reasons[0]!.zh).toContain('没有找到');
  });

  it('makerFromRegistry fills the previous year and the computed size, and refuses a large enterprise', () => {
    const m = makerFromRegistry(registry[0]!, plainDate('2024-04-10'), rb);
    expect(m).toEqual({ ok: true, value: { name: '示例光学仪器有限公司', uscc: null, employees: 56, revenueFen: 1234 * WAN + 56_789, totalAssetsFen: 800 * WAN, figuresYear: 2023, size: 'small' } });
    const big: RegistryEnterprise = { name: '大厂', industryCode: 'C35', yearlyFigures: [{ year: 2023, employees: 5000, revenueFen: 100_000 * WAN, totalAssetsFen: 1 }] };
    const r = makerFromRegistry(big, plainDate('2024-04-10'), rb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.zh).toContain('大型企业');
  });
});
