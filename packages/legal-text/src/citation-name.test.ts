import { describe, expect, it } from 'vitest';
import { citationName } from './citation-name';
import { lawDir } from './law-dir';
import { loadLawLibrary } from './load-law-library';

const lib = loadLawLibrary(lawDir());

describe('citationName', () => {
  it('names an article as a reader cites it: 《title》第X条第Y款', () => {
    const found = lib.resolve('cn/measures/procurement-sme-promotion@2021-01-01#art_9__para_1')!;
    expect(citationName(lib, found)).toBe('《政府采购促进中小企业发展管理办法》第九条第一款');
  });

  it('names a whole text by its title alone, and a draft with its label', () => {
    const whole = lib.resolve('cn/measures/procurement-sme-promotion@2021-01-01')!;
    expect(citationName(lib, whole)).toBe('《政府采购促进中小企业发展管理办法》');
    const draft = lib.resolve('cn-gd-sz/regulation/sme-promotion#art_45__para_1')!;
    expect(draft.status).toBe('DRAFT');
    expect(citationName(lib, draft)).toBe(`《深圳经济特区中小企业发展促进条例（征求意见稿）》${draft.citation}`);
  });
});
