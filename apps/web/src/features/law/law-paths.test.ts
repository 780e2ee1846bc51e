import { describe, expect, it } from 'vitest';
import { diffPath, eidAncestors, eidFromHash, readerPath, splitSnippet, workKeyOf } from './law-paths';

describe('law reader paths', () => {
  it('write work ids with ~ and keep the eId as the anchor', () => {
    expect(workKeyOf('cn-sh/regulation/sme-promotion')).toBe('cn-sh~regulation~sme-promotion');
    expect(readerPath('cn-sh/regulation/sme-promotion', '2020-06-18', 'art_45__para_1__item_2')).toBe('/law/cn-sh~regulation~sme-promotion/2020-06-18#art_45__para_1__item_2');
    expect(readerPath('cn-hn~regulation~x', '2020-09-16~revision-draft')).toBe('/law/cn-hn~regulation~x/2020-09-16~revision-draft');
    expect(diffPath('cn-hn/regulation/x', '2020-09-16~revision-draft', '2020-09-16')).toBe('/law/cn-hn~regulation~x/diff?old=2020-09-16%7Erevision-draft&new=2020-09-16');
    expect(diffPath('cn-hn/regulation/x')).toBe('/law/cn-hn~regulation~x/diff');
  });

  it('accept only eIds from the hash', () => {
    expect(eidFromHash('#art_45__para_1__item_2')).toBe('art_45__para_1__item_2');
    expect(eidFromHash('#preface__para_3')).toBe('preface__para_3');
    expect(eidFromHash('')).toBeNull();
    expect(eidFromHash('#<img onerror=x>')).toBeNull();
  });

  it('list the ancestors of an element, article first', () => {
    expect(eidAncestors('art_45__para_1__item_2')).toEqual(['art_45', 'art_45__para_1', 'art_45__para_1__item_2']);
    expect(eidAncestors('art_3')).toEqual(['art_3']);
  });

  it('split a snippet around its match, clamped to the text', () => {
    expect(splitSnippet('…推动政府性融资担保行业发展', { start: 6, length: 4 })).toEqual(['…推动政府性', '融资担保', '行业发展']);
    expect(splitSnippet('abc', { start: 5, length: 4 })).toEqual(['abc', '', '']);
  });
});
