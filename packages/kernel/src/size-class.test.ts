import { describe, expect, it } from 'vitest';
import { isSizeClass, isSmallOrMicro, SIZE_CLASS_NAMES, SIZE_CLASSES, sizeClassCode, sizeClassLabel, SizeClassSchema, SME_SIZE_CLASSES, SmeSizeClassSchema } from './size-class';
import { isSizeSector, SIZE_SECTOR_NAMES, SIZE_SECTORS, SizeSectorSchema } from './size-sector';

describe('size classes (one spelling)', () => {
  it('lists the four classes largest first, the SMEs being the last three', () => {
    expect(SIZE_CLASSES).toEqual(['large', 'medium', 'small', 'micro']);
    expect(SME_SIZE_CLASSES).toEqual(SIZE_CLASSES.slice(1));
  });

  it('names every class in Chinese and English', () => {
    expect(SIZE_CLASSES.map((s) => sizeClassLabel(s).zh)).toEqual(['大型', '中型', '小型', '微型']);
    expect(Object.keys(SIZE_CLASS_NAMES)).toEqual([...SIZE_CLASSES]);
  });

  it('accepts only the one spelling', () => {
    expect(SizeClassSchema.safeParse('micro').success).toBe(true);
    expect(SizeClassSchema.safeParse('MICRO').success).toBe(false);
    expect(SmeSizeClassSchema.safeParse('large').success).toBe(false);
    expect(isSizeClass('small')).toBe(true);
    expect(isSizeClass('Small')).toBe(false);
    expect(SIZE_CLASSES.filter(isSmallOrMicro)).toEqual(['small', 'micro']);
  });

  it('derives the stored upper-case code instead of a table', () => {
    expect(SIZE_CLASSES.map(sizeClassCode)).toEqual(['LARGE', 'MEDIUM', 'SMALL', 'MICRO']);
    expect(sizeClassCode(null)).toBe('UNKNOWN');
  });
});

describe('size sectors', () => {
  it('names the 16 sectors of the size standard', () => {
    expect(SIZE_SECTORS).toHaveLength(16);
    expect(Object.keys(SIZE_SECTOR_NAMES)).toEqual([...SIZE_SECTORS]);
    expect(SIZE_SECTOR_NAMES.SOFTWARE_IT.zh).toBe('软件和信息技术服务业');
    expect(SizeSectorSchema.safeParse('RETAIL').success).toBe(true);
    expect(isSizeSector('retail')).toBe(false);
  });
});
