import { describe, expect, it } from 'vitest';
import { conditionFormOf, draftBodyFromForm, emptyDraftForm, formFromDraft, newCondition, normalizeTopic, switchMode, type DraftFormValues } from './draft-form';
import type { Draft } from './publication-api';
import { TEST_VOCABULARY as V } from './test-vocabulary';

const filled = (over: Partial<DraftFormValues> = {}): DraftFormValues => ({
  titleZh: ' 小微企业研发补助 ',
  titleEn: 'R&D grant',
  summaryZh: '',
  summaryEn: '',
  jurisdiction: 'cn-gd-sz',
  effectiveFrom: '2026-01-01',
  effectiveUntil: '',
  channel: 'ONLINE_APPLICATION',
  topics: ['rnd', 'RND', 'digital economy'],
  conditions: [
    { id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', cite: 'cn/law/sme-promotion#art_2', mode: 'BUILDER', clause: { subject: 'revenue', op: '<=', source: 'VALUE', value: '1000', moneyUnit: 'WAN_YUAN' } },
    { id: 'staff', labelZh: '从业人员不少于5人', labelEn: 'At least 5 employees', cite: 'cn/law/sme-promotion#art_2', mode: 'TEXT', when: '  employees >= 5 ' },
  ],
  hasAmount: false,
  ...over,
});

const draft: Draft = {
  id: 'd1', policyKey: 'rnd', version: 1, status: 'DRAFTED', titleZh: '研发补助', titleEn: 'R&D', summaryZh: '', summaryEn: '', departmentId: 'dept-sme',
  jurisdiction: 'cn-gd-sz', effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'NO_APPLICATION', topics: ['RND'],
  conditions: [
    { id: 'revenue', labelZh: '营业收入', labelEn: 'Revenue', when: 'revenue <= wan_yuan(1000)', cite: 'cn/law/sme-promotion#art_2' },
    { id: 'mix', labelZh: '组合', labelEn: 'Mixed', when: 'employees >= 5 || revenue > yuan(1)', cite: 'cn/law/sme-promotion#art_2' },
  ],
  amount: { labelZh: '补助', labelEn: 'Grant', formula: 'wan_yuan(10)', cite: 'cn/law/sme-promotion#art_2' },
  authorUserId: 'u1', publishedByUserId: null, publishedAt: null, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
};

describe('draft form → API body', () => {
  it('writes builder and text conditions into condition text, trims, and normalizes topics', () => {
    const r = draftBodyFromForm(filled(), V);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body).toEqual({
      titleZh: '小微企业研发补助', titleEn: 'R&D grant', summaryZh: '', summaryEn: '', jurisdiction: 'cn-gd-sz',
      effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: ['RND', 'DIGITAL_ECONOMY'], amount: null,
      conditions: [
        { id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= wan_yuan(1000)', cite: 'cn/law/sme-promotion#art_2' },
        { id: 'staff', labelZh: '从业人员不少于5人', labelEn: 'At least 5 employees', when: 'employees >= 5', cite: 'cn/law/sme-promotion#art_2' },
      ],
    });
    expect(r.body.amount).toBeNull();
    expect(r.body).not.toHaveProperty('policyKey');
  });

  it('sends the amount when set, and null when switched off (an edit removes it)', () => {
    const amount = { labelZh: '补助金额', labelEn: 'Grant', formula: ' min(round(revenue * 0.01), wan_yuan(50)) ', cite: 'cn/law/sme-promotion#art_2' };
    const on = draftBodyFromForm(filled({ hasAmount: true, amount, policyKey: 'e2e-rnd' }), V);
    expect(on.ok && on.body.amount).toEqual({ ...amount, formula: 'min(round(revenue * 0.01), wan_yuan(50))' });
    expect(on.ok && on.body.policyKey).toBe('e2e-rnd');
    const off = draftBodyFromForm(filled({ hasAmount: false, amount }), V);
    expect(off.ok && off.body.amount).toBeNull();
  });

  it('names every field that cannot be read, including the builder part that is missing', () => {
    const r = draftBodyFromForm(filled({
      titleZh: ' ',
      effectiveFrom: '2026/01/01',
      channel: undefined,
      topics: ['9X'],
      conditions: [
        { id: 'a', labelZh: 'x', labelEn: 'x', cite: 'c', mode: 'BUILDER', clause: { subject: 'revenue', op: '<=', value: 'abc', moneyUnit: 'WAN_YUAN' } },
        { id: '', labelZh: 'x', labelEn: 'x', cite: 'c', mode: 'TEXT', when: '' },
      ],
      hasAmount: true,
      amount: { labelZh: 'x', labelEn: 'x', cite: 'c' },
    }), V);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(expect.arrayContaining([
      { field: ['titleZh'], kind: 'REQUIRED' },
      { field: ['effectiveFrom'], kind: 'DATE' },
      { field: ['channel'], kind: 'REQUIRED' },
      { field: ['topics'], kind: 'TOPIC' },
      { field: ['conditions', 0, 'clause'], kind: 'VALUE' },
      { field: ['conditions', 1, 'when'], kind: 'REQUIRED' },
      { field: ['conditions', 1, 'id'], kind: 'REQUIRED' },
      { field: ['amount', 'formula'], kind: 'REQUIRED' },
    ]));
    expect(draftBodyFromForm(filled({ conditions: [] }), V)).toEqual({ ok: false, problems: [{ field: ['conditions'], kind: 'REQUIRED' }] });
  });

  it('normalizes topics to stored codes', () => {
    expect(normalizeTopic(' rnd support ')).toBe('RND_SUPPORT');
    expect(normalizeTopic('green-finance')).toBe('GREEN_FINANCE');
  });
});

describe('stored draft → form', () => {
  it('opens clauses the builder can write in the builder, the others as text, and keeps the amount', () => {
    const f = formFromDraft(draft, V);
    expect(f.conditions![0]).toMatchObject({ id: 'revenue', mode: 'BUILDER', clause: { subject: 'revenue', op: '<=', value: '1000', moneyUnit: 'WAN_YUAN' } });
    expect(f.conditions![1]).toMatchObject({ id: 'mix', mode: 'TEXT', when: 'employees >= 5 || revenue > yuan(1)' });
    expect(f).toMatchObject({ effectiveUntil: '', hasAmount: true, amount: draft.amount, channel: 'NO_APPLICATION' });
    // Without a vocabulary everything is text.
    expect(formFromDraft(draft, undefined).conditions!.every((c) => c.mode === 'TEXT')).toBe(true);
  });

  it('round-trips a stored draft through the form unchanged', () => {
    const r = draftBodyFromForm(formFromDraft(draft, V), V);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.conditions).toEqual(draft.conditions);
    expect(r.body.amount).toEqual(draft.amount);
  });

  it('starts a new draft in the author\'s jurisdiction with one builder condition', () => {
    expect(emptyDraftForm('cn-gd-sz', '2026-11-22')).toMatchObject({ jurisdiction: 'cn-gd-sz', effectiveFrom: '2026-11-22', conditions: [{ id: 'c1', mode: 'BUILDER' }] });
    expect(newCondition(1, { cite: 'cn/law/sme-promotion#art_2' })).toMatchObject({ id: 'c2', cite: 'cn/law/sme-promotion#art_2' });
  });
});

describe('switching a condition between builder and text', () => {
  it('carries the builder\'s text over to the text editor', () => {
    const c = conditionFormOf(draft.conditions[0]!, V);
    expect(switchMode(c, 'TEXT', V)).toMatchObject({ mode: 'TEXT', when: 'revenue <= wan_yuan(1000)' });
  });

  it('keeps an incomplete builder\'s last text rather than losing it', () => {
    expect(switchMode({ mode: 'BUILDER', clause: { subject: 'revenue' }, when: 'revenue > 1' }, 'TEXT', V)).toMatchObject({ mode: 'TEXT', when: 'revenue > 1' });
  });

  it('opens text in the builder only when the builder can write it', () => {
    expect(switchMode({ mode: 'TEXT', when: 'employees >= 5' }, 'BUILDER', V)).toMatchObject({ mode: 'BUILDER', clause: { subject: 'employees', op: '>=', value: '5' } });
    expect(switchMode({ mode: 'TEXT', when: 'employees >= 5 && revenue > yuan(1)' }, 'BUILDER', V)).toBeNull();
    expect(switchMode({ mode: 'TEXT', when: '' }, 'BUILDER', V)).toMatchObject({ mode: 'BUILDER' });
  });
});
