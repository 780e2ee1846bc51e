import { bi, isSizeClass, SIZE_CLASS_NAMES, type BilingualText } from '@huiqi/kernel';
import type { Unit } from '../fact-schema';
import { formatValue } from '../format';
import type { Value } from './types';

/**
 * Why a clause of a rule failed or could not be decided, as codes with the values compared (issue
 * 20: reasons as codes): the gaps of an explanation. `traceEval` finds them; this file is the one
 * place that words them ("研发费用占比 2.1%，须不低于 3%"). Operands are named by the rule base's
 * labels; values are formatted by their unit.
 */
export type GapReason =
  /** size_class() in a list: the enterprise's size and the sizes allowed (size-class codes or `unclassified`). */
  | { code: 'GAP_SIZE_NOT_ALLOWED'; size: string; allowed: string[] }
  /** A fixed value looked up in a list fact, e.g. 'TECH_SME' in tags. */
  | { code: 'GAP_NOT_IN_LIST'; list: BilingualText; value: Value; unit: Unit | undefined }
  | { code: 'GAP_NOT_ONE_OF'; operand: BilingualText; value: Value; allowed: Value; unit: Unit | undefined }
  | { code: 'GAP_COMPARISON'; operand: BilingualText; op: string; value: Value; bound: Value; unit: Unit | undefined }
  /** Inputs still needed, by their labels. */
  | { code: 'GAP_MISSING'; needed: BilingualText[] };

const UNCLASSIFIED = bi('不适用划型标准', 'outside the size standard');
/** A value of size_class() in words (the kernel's names; `unclassified` is the rules language's own). */
const sizeWords = (x: string): BilingualText => (isSizeClass(x) ? SIZE_CLASS_NAMES[x] : x === 'unclassified' ? UNCLASSIFIED : { zh: x, en: x });

const OP_WORDS: Record<string, BilingualText> = {
  '>=': bi('不低于', 'at least'),
  '>': bi('高于', 'more than'),
  '<=': bi('不超过', 'at most'),
  '<': bi('低于', 'less than'),
  '==': bi('为', 'equal to'),
  '!=': bi('不为', 'other than'),
};

export function gapText(g: GapReason): BilingualText {
  switch (g.code) {
    case 'GAP_SIZE_NOT_ALLOWED': {
      const got = sizeWords(g.size);
      const wanted = g.allowed.map(sizeWords);
      return bi(`企业规模为${got.zh}，须为${wanted.map((w) => w.zh).join('、')}`, `enterprise size is ${got.en}, must be ${wanted.map((w) => w.en).join(' or ')}`);
    }
    case 'GAP_NOT_IN_LIST':
      return bi(`${g.list.zh}中没有「${formatValue(g.value, g.unit, 'zh')}」`, `${g.list.en} do not include ${formatValue(g.value, g.unit, 'en')}`);
    case 'GAP_NOT_ONE_OF':
      return bi(
        `${g.operand.zh}为 ${formatValue(g.value, g.unit, 'zh')}，须为 ${formatValue(g.allowed, g.unit, 'zh')} 之一`,
        `${g.operand.en} is ${formatValue(g.value, g.unit, 'en')}, must be one of ${formatValue(g.allowed, g.unit, 'en')}`,
      );
    case 'GAP_COMPARISON': {
      const op = OP_WORDS[g.op]!;
      return bi(
        `${g.operand.zh} ${formatValue(g.value, g.unit, 'zh')}，须${op.zh} ${formatValue(g.bound, g.unit, 'zh')}`,
        `${g.operand.en} ${formatValue(g.value, g.unit, 'en')}, must be ${op.en} ${formatValue(g.bound, g.unit, 'en')}`,
      );
    }
    case 'GAP_MISSING':
      return bi(`缺少：${g.needed.map((l) => l.zh).join('、')}`, `missing: ${g.needed.map((l) => l.en).join(', ')}`);
  }
}
