import { z } from 'zod';
import { bi, type BilingualText } from './messages';

/**
 * The size class of an enterprise under the size standard (工信部联企业〔2011〕300号, 统计上大中小微型企业划分办法):
 * the one spelling of the platform. The rules language compares it (`size_class() == 'micro'`),
 * procurement declarations store it: never renamed.
 */
export const SIZE_CLASSES = ['large', 'medium', 'small', 'micro'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
export const SizeClassSchema = z.enum(SIZE_CLASSES);

/** The classes 中小企业促进法 第二条 calls 中小企业 (medium, small and micro). */
export const SME_SIZE_CLASSES = ['medium', 'small', 'micro'] as const satisfies readonly SizeClass[];
export type SmeSizeClass = (typeof SME_SIZE_CLASSES)[number];
export const SmeSizeClassSchema = z.enum(SME_SIZE_CLASSES);

export const SIZE_CLASS_NAMES: Readonly<Record<SizeClass, BilingualText>> = {
  large: bi('大型', 'large'),
  medium: bi('中型', 'medium'),
  small: bi('小型', 'small'),
  micro: bi('微型', 'micro'),
};

export const isSizeClass = (value: unknown): value is SizeClass => typeof value === 'string' && (SIZE_CLASSES as readonly string[]).includes(value);
export const isSmallOrMicro = (s: SizeClass): boolean => s === 'small' || s === 'micro';

/** 大型 / large … in words. */
export function sizeClassLabel(s: SizeClass): BilingualText {
  return SIZE_CLASS_NAMES[s];
}

/**
 * The upper-case code some stored records and API answers carry (benefit cases' `size_class`, the
 * publication reach groups), derived here from the one spelling instead of a table per module;
 * `UNKNOWN` where no class was determined.
 */
export type SizeClassCode = Uppercase<SizeClass> | 'UNKNOWN';
export function sizeClassCode(s: SizeClass | null): SizeClassCode {
  return s === null ? 'UNKNOWN' : (s.toUpperCase() as Uppercase<SizeClass>);
}
