import { describe, expect, it } from 'vitest';
import { parseYearEntry } from './parse-year-entry';

const good = {
  year: 2026,
  jurisdiction: 'cn',
  source: { issuer: '国务院办公厅', title: '通知', documentNumber: null, publishedOn: '2025-11-04', url: null, provenance: 'test' },
  holidays: [{ name: { zh: '春节', en: 'Spring Festival' }, off: { from: '2026-02-15', to: '2026-02-23' }, work: ['2026-02-14'] }],
};

const wheres = (raw: unknown) => {
  const r = parseYearEntry(raw, 'cn/2026.yaml');
  return 'issues' in r ? r.issues.map((i) => i.where) : [];
};

describe('parseYearEntry', () => {
  it('accepts a well-formed entry', () => {
    const r = parseYearEntry(good, 'x');
    expect('entry' in r && r.entry.holidays[0]?.off).toEqual({ from: '2026-02-15', to: '2026-02-23' });
  });

  it('reports every problem with its location, in both languages', () => {
    const raw = {
      ...good,
      year: '2026',
      jurisdiction: 'CN',
      holidays: [
        { name: { zh: '春节' }, off: { from: '2026-02-23', to: '2026-02-15' }, work: ['2026-02-31'] },
        { name: { zh: '国庆', en: 'National Day' }, off: { from: '2026-10-01', to: '2026-10-07' }, work: ['2026-10-03'] },
      ],
    };
    expect(wheres(raw)).toEqual([
      'cn/2026.yaml year',
      'cn/2026.yaml jurisdiction',
      'cn/2026.yaml holidays[0].name',
      'cn/2026.yaml holidays[0].off',
      'cn/2026.yaml holidays[0].work[0]',
      'cn/2026.yaml holidays[1].work[0]',
    ]);
    const r = parseYearEntry(raw, 'f');
    expect('issues' in r && r.issues[0]?.message.zh).toMatch(/年份/);
    expect('issues' in r && r.issues[0]?.message.en).toMatch(/year/);
  });

  it('requires a cited source and rejects implausible periods and far-away dates', () => {
    expect(wheres({ ...good, source: undefined })).toEqual(['cn/2026.yaml source']);
    expect(wheres({ ...good, source: { ...good.source, title: ' ' } })).toEqual(['cn/2026.yaml source.title']);
    expect(wheres({ ...good, holidays: [{ ...good.holidays[0], off: { from: '2026-01-01', to: '2026-03-01' } }] })).toEqual(['cn/2026.yaml holidays[0].off']);
    expect(wheres({ ...good, holidays: [{ ...good.holidays[0], work: ['2029-01-01'] }] })).toEqual(['cn/2026.yaml holidays[0].work[0]']);
    expect(wheres('nonsense')).toEqual(['cn/2026.yaml']);
  });
});
