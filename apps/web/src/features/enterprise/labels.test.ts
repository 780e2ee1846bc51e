import { describe, it, expect } from 'vitest';
import { districtText, fieldLabelKey, tagLabelKey } from './labels';

describe('enterprise labels', () => {
  it('names districts in the current language from the server or the known list', () => {
    expect(districtText({ zh: '南山区', en: 'Nanshan' }, 'cn-gd-sz-nanshan', 'en')).toBe('Nanshan');
    expect(districtText('南山区', 'cn-gd-sz-nanshan', 'en')).toBe('Nanshan');
    expect(districtText('南山区', 'cn-gd-sz-nanshan', 'zh')).toBe('南山区');
    expect(districtText('某新区', 'cn-xx-new', 'en')).toBe('某新区');
    expect(districtText(null, 'cn-xx-new', 'zh')).toBe('cn-xx-new');
  });

  it('labels known tags and history fields, and leaves unknown ones to be shown by code', () => {
    expect(tagLabelKey('LITTLE_GIANT')).toBe('tag.LITTLE_GIANT');
    expect(tagLabelKey('SOMETHING_NEW')).toBeNull();
    expect(fieldLabelKey('revenueFen')).toBe('figures.revenue');
    expect(fieldLabelKey('toString')).toBeNull();
  });
});
