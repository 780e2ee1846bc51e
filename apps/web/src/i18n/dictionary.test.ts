import { describe, it, expect } from 'vitest';
import { zh } from './zh';
import { en } from './en';
import { placeholdersOf, translate } from './dictionary';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
const keys = Object.keys(zh) as (keyof typeof zh)[];

describe('UI dictionary', () => {
  it('has exactly the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(100);
  });

  it('has no empty message in either language', () => {
    for (const key of keys) {
      expect(zh[key].trim(), `zh ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) {
      expect(placeholdersOf(en[key]), key).toEqual(placeholdersOf(zh[key]));
    }
  });

  it('keeps Chinese out of the English dictionary (except the label that switches to Chinese)', () => {
    const offenders = keys.filter((key) => key !== 'lang.switchTo' && CJK.test(en[key]));
    expect(offenders).toEqual([]);
  });

  it('writes the Chinese dictionary in Chinese (except the label that switches to English)', () => {
    const offenders = keys.filter((key) => key !== 'lang.switchTo' && !CJK.test(zh[key]));
    expect(offenders).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'figures.editTitle', { year: 2024 })).toBe('编辑 2024 年度数据');
    expect(translate('en', 'figures.editTitle', { year: 2024 })).toBe('Edit figures for 2024');
    expect(translate('en', 'figures.editTitle')).toBe('Edit figures for {year}');
    expect(translate('en', 'search.total', { other: 1 })).toBe('{total} enterprises');
  });
});
