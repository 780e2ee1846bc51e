import { bi, type BilingualText } from '@huiqi/kernel';

/** The topics an official tags a policy with (publication form's suggestions), in words. */
export const POLICY_TOPIC_LABELS: Readonly<Record<string, BilingualText>> = {
  RND: bi('研发创新', 'R&D and innovation'),
  DIGITAL: bi('数字化转型', 'digital transformation'),
  FINANCING: bi('融资支持', 'financing'),
  TALENT: bi('人才', 'talent'),
  TAX: bi('税费优惠', 'tax and fee relief'),
  EXPORT: bi('开拓市场', 'markets and export'),
  GREEN: bi('绿色低碳', 'green and low-carbon'),
  EMPLOYMENT: bi('稳岗就业', 'employment'),
};

/**
 * A topic code in words. A code the vocabulary does not know (officials may type their own) is
 * shown in lower case as typed, never as an upper-case code.
 */
export function topicLabel(code: string): BilingualText {
  if (Object.hasOwn(POLICY_TOPIC_LABELS, code)) return POLICY_TOPIC_LABELS[code]!;
  const typed = code.toLowerCase().replace(/_/g, ' ');
  return bi(typed, typed);
}
